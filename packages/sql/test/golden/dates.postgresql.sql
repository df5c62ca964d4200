CREATE TABLE "applicants" (
  "applicant" BIGINT NOT NULL,
  "applicationDate" DATE NOT NULL,
  "registered" DATE NOT NULL,
  "term" NUMERIC(2, 0) NOT NULL,
  "grace" NUMERIC(2, 0)
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "id" TEXT NOT NULL,
  "started" DATE NOT NULL,
  "days" NUMERIC(3, 0) NOT NULL
);

WITH
  "facts" AS (
    SELECT
      "a".*,
      CASE
        WHEN ("a"."applicationDate" >= DATE '2025-01-01')
        AND ("a"."applicationDate" <= DATE '2028-12-31') THEN TRUE
        ELSE FALSE
      END AS "_in_force"
    FROM
      "applicants" AS "a"
  ),
  "c0_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS TEXT) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."term" AS "f.term",
      "f"."registered" AS "f.registered"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c0_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CAST(
          "t"."f.registered" + (CAST("t"."f.term" AS INTEGER) * 12) * INTERVAL '1 month' AS DATE
        ) >= "t"."f.applicationDate" THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(10000 AS NUMERIC(5, 0)) AS NUMERIC(5, 0)) AS "_x1"
    FROM
      "c0_in" AS "t"
  ),
  "c0_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                    )
                  ) AS NUMERIC(9, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                        )
                      ) AS NUMERIC(9, 0)
                    ) AS NUMERIC(1, 0)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(10, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(12, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                  )
                ) AS NUMERIC(9, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(8, 0)
                      )
                    ) AS NUMERIC(9, 0)
                  ) AS NUMERIC(1, 0)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(10, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(12, 2)
          )
        END AS NUMERIC(12, 2)
      ) AS "_x2"
    FROM
      "c0_1" AS "t"
  ),
  "c0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      0 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c0_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c1_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS TEXT) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."grace" AS "f.grace",
      "f"."registered" AS "f.registered"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c1_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN (
              CAST(
                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
              ) < CAST(
                "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
              )
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN CAST(
              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
            ) < CAST(
              "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
            ) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              CAST(
                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
              ) < CAST(
                "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
              )
            ) IS NULL THEN 1
            ELSE 0
          END
        END <> 0 THEN CASE
          WHEN CASE
            WHEN (
              CAST(
                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
              ) < CAST(
                "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
              )
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN CAST(
              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
            ) < CAST(
              "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
            ) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              CAST(
                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * -1) * INTERVAL '1 month' AS DATE
              ) < CAST(
                "t"."f.applicationDate" + INTERVAL '-12 months' AS DATE
              )
            ) IS NULL THEN 1
            ELSE 0
          END
        END
        ELSE CASE
          WHEN CAST(
            CAST(2000 AS NUMERIC(4, 0)) * CAST(
              CASE
                WHEN "t"."f.applicationDate" < CAST(
                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                ) THEN - (
                  (
                    (
                      (
                        EXTRACT(
                          YEAR
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                              ELSE "t"."f.applicationDate"
                            END
                        ) - EXTRACT(
                          YEAR
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN "t"."f.applicationDate"
                              ELSE CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                            END
                        )
                      ) * 12
                    ) + (
                      EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END
                      ) - EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN "t"."f.applicationDate"
                            ELSE CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                          END
                      )
                    )
                  ) - CASE
                    WHEN (
                      (
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < CAST(
                                    "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                  ) THEN CAST(
                                    "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                  )
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < CAST(
                                    "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                  ) THEN "t"."f.applicationDate"
                                  ELSE CAST(
                                    "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                  )
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN "t"."f.applicationDate"
                                ELSE CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                              END
                          )
                        )
                      ) > 0
                    )
                    AND (
                      EXTRACT(
                        DAY
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN "t"."f.applicationDate"
                            ELSE CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                          END
                      ) > EXTRACT(
                        DAY
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END
                      )
                    )
                    AND NOT (
                      EXTRACT(
                        DAY
                        FROM
                          CAST(
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                              ELSE "t"."f.applicationDate"
                            END + INTERVAL '1 days' AS DATE
                          )
                      ) = 1
                    ) THEN 1
                    ELSE 0
                  END
                )
                ELSE (
                  (
                    (
                      EXTRACT(
                        YEAR
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END
                      ) - EXTRACT(
                        YEAR
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN "t"."f.applicationDate"
                            ELSE CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                          END
                      )
                    ) * 12
                  ) + (
                    EXTRACT(
                      MONTH
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END
                    ) - EXTRACT(
                      MONTH
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN "t"."f.applicationDate"
                          ELSE CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                        END
                    )
                  )
                ) - CASE
                  WHEN (
                    (
                      (
                        (
                          EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN "t"."f.applicationDate"
                                ELSE CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                              END
                          )
                        ) * 12
                      ) + (
                        EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                              ELSE "t"."f.applicationDate"
                            END
                        ) - EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN "t"."f.applicationDate"
                              ELSE CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                            END
                        )
                      )
                    ) > 0
                  )
                  AND (
                    EXTRACT(
                      DAY
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN "t"."f.applicationDate"
                          ELSE CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                        END
                    ) > EXTRACT(
                      DAY
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END
                    )
                  )
                  AND NOT (
                    EXTRACT(
                      DAY
                      FROM
                        CAST(
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END + INTERVAL '1 days' AS DATE
                        )
                    ) = 1
                  ) THEN 1
                  ELSE 0
                END
              END AS NUMERIC(9, 0)
            ) AS NUMERIC(13, 0)
          ) IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CAST(
          CAST(2000 AS NUMERIC(4, 0)) * CAST(
            CASE
              WHEN "t"."f.applicationDate" < CAST(
                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
              ) THEN - (
                (
                  (
                    (
                      EXTRACT(
                        YEAR
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END
                      ) - EXTRACT(
                        YEAR
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN "t"."f.applicationDate"
                            ELSE CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                          END
                      )
                    ) * 12
                  ) + (
                    EXTRACT(
                      MONTH
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END
                    ) - EXTRACT(
                      MONTH
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN "t"."f.applicationDate"
                          ELSE CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                        END
                    )
                  )
                ) - CASE
                  WHEN (
                    (
                      (
                        (
                          EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                ) THEN "t"."f.applicationDate"
                                ELSE CAST(
                                  "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                                )
                              END
                          )
                        ) * 12
                      ) + (
                        EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                              ELSE "t"."f.applicationDate"
                            END
                        ) - EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN "t"."f.applicationDate"
                              ELSE CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                            END
                        )
                      )
                    ) > 0
                  )
                  AND (
                    EXTRACT(
                      DAY
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN "t"."f.applicationDate"
                          ELSE CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                        END
                    ) > EXTRACT(
                      DAY
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END
                    )
                  )
                  AND NOT (
                    EXTRACT(
                      DAY
                      FROM
                        CAST(
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END + INTERVAL '1 days' AS DATE
                        )
                    ) = 1
                  ) THEN 1
                  ELSE 0
                END
              )
              ELSE (
                (
                  (
                    EXTRACT(
                      YEAR
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END
                    ) - EXTRACT(
                      YEAR
                      FROM
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN "t"."f.applicationDate"
                          ELSE CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                        END
                    )
                  ) * 12
                ) + (
                  EXTRACT(
                    MONTH
                    FROM
                      CASE
                        WHEN "t"."f.applicationDate" < CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        ) THEN CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        )
                        ELSE "t"."f.applicationDate"
                      END
                  ) - EXTRACT(
                    MONTH
                    FROM
                      CASE
                        WHEN "t"."f.applicationDate" < CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        ) THEN "t"."f.applicationDate"
                        ELSE CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        )
                      END
                  )
                )
              ) - CASE
                WHEN (
                  (
                    (
                      (
                        EXTRACT(
                          YEAR
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                              ELSE "t"."f.applicationDate"
                            END
                        ) - EXTRACT(
                          YEAR
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              ) THEN "t"."f.applicationDate"
                              ELSE CAST(
                                "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                              )
                            END
                        )
                      ) * 12
                    ) + (
                      EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                            ELSE "t"."f.applicationDate"
                          END
                      ) - EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            ) THEN "t"."f.applicationDate"
                            ELSE CAST(
                              "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                            )
                          END
                      )
                    )
                  ) > 0
                )
                AND (
                  EXTRACT(
                    DAY
                    FROM
                      CASE
                        WHEN "t"."f.applicationDate" < CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        ) THEN "t"."f.applicationDate"
                        ELSE CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        )
                      END
                  ) > EXTRACT(
                    DAY
                    FROM
                      CASE
                        WHEN "t"."f.applicationDate" < CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        ) THEN CAST(
                          "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                        )
                        ELSE "t"."f.applicationDate"
                      END
                  )
                )
                AND NOT (
                  EXTRACT(
                    DAY
                    FROM
                      CAST(
                        CASE
                          WHEN "t"."f.applicationDate" < CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          ) THEN CAST(
                            "t"."f.registered" + (CAST("t"."f.grace" AS INTEGER) * 1) * INTERVAL '1 month' AS DATE
                          )
                          ELSE "t"."f.applicationDate"
                        END + INTERVAL '1 days' AS DATE
                      )
                  ) = 1
                ) THEN 1
                ELSE 0
              END
            END AS NUMERIC(9, 0)
          ) AS NUMERIC(13, 0)
        ) AS NUMERIC(13, 0)
      ) AS "_x1"
    FROM
      "c1_in" AS "t"
  ),
  "c1_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                    )
                  ) AS NUMERIC(17, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                        )
                      ) AS NUMERIC(17, 0)
                    ) AS NUMERIC(1, 0)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(18, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(20, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                  )
                ) AS NUMERIC(17, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(16, 0)
                      )
                    ) AS NUMERIC(17, 0)
                  ) AS NUMERIC(1, 0)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(18, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(20, 2)
          )
        END AS NUMERIC(20, 2)
      ) AS "_x2"
    FROM
      "c1_1" AS "t"
  ),
  "c1" AS (
    SELECT
      "t"."applicant" AS "applicant",
      1 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c1_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c2_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS TEXT)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."days" AS "i.days",
      "i"."started" AS "i.started"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c2_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CAST(
          "t"."i.started" + (CAST("t"."i.days" AS INTEGER) * 1) * INTERVAL '1 day' AS DATE
        ) <= "t"."f.applicationDate" THEN 0
        ELSE 1
      END AS "_k1",
      CAST(
        CAST(
          CAST(100 AS NUMERIC(3, 0)) * CAST(
            (
              "t"."f.applicationDate" - CAST(
                "t"."i.started" + (CAST("t"."i.days" AS INTEGER) * 1) * INTERVAL '1 day' AS DATE
              )
            ) AS NUMERIC(9, 0)
          ) AS NUMERIC(12, 0)
        ) AS NUMERIC(12, 0)
      ) AS "_x1"
    FROM
      "c2_in" AS "t"
  ),
  "c2_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" > CAST(50000 AS NUMERIC(12, 0)) THEN CAST(50000 AS NUMERIC(12, 0))
          ELSE "t"."_x1"
        END AS NUMERIC(12, 0)
      ) AS "_x2"
    FROM
      "c2_1" AS "t"
  ),
  "c2_3" AS (
    SELECT
      "t".*,
      "t"."_k2" AS "_k3",
      CAST(
        CASE
          WHEN "t"."_x2" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                    )
                  ) AS NUMERIC(16, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                        )
                      ) AS NUMERIC(16, 0)
                    ) AS NUMERIC(1, 0)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(17, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(19, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                  )
                ) AS NUMERIC(16, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(15, 0)
                      )
                    ) AS NUMERIC(16, 0)
                  ) AS NUMERIC(1, 0)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(17, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(19, 2)
          )
        END AS NUMERIC(19, 2)
      ) AS "_x3"
    FROM
      "c2_2" AS "t"
  ),
  "c2" AS (
    SELECT
      "t"."applicant" AS "applicant",
      2 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c2_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "items_0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS NUMERIC(20, 2)) AS "amount"
    FROM
      "c0" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS NUMERIC(20, 2)) AS "amount"
    FROM
      "c1" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS NUMERIC(20, 2)) AS "amount"
    FROM
      "c2" AS "t"
  ),
  "totals" AS (
    SELECT
      "t"."applicant" AS "applicant",
      SUM(
        CASE
          WHEN "t"."clause" IN (0, 1, 2) THEN CAST("t"."amount" AS NUMERIC(20, 2))
          ELSE CAST(0 AS NUMERIC(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."amount" AS NUMERIC(20, 2))) AS "up_to_total"
    FROM
      "items_0" AS "t"
    WHERE
      "t"."code" = 0
    GROUP BY
      "t"."applicant"
  )
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('result' AS TEXT) AS "kind",
  CAST(0 AS BIGINT) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST("t"."_in_force" AS BOOLEAN) AS "in_force",
  CAST("t"."applicationDate" AS DATE) AS "application_date",
  CAST(
    COALESCE("s"."total", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(38, 2)
  ) AS "total",
  CAST(
    COALESCE("s"."up_to_total", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(38, 2)
  ) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS TEXT) AS "clause",
  CAST(NULL AS TEXT) AS "item",
  CAST(NULL AS NUMERIC(38, 2)) AS "amount",
  CAST(NULL AS TEXT) AS "basis",
  CAST(NULL AS TEXT) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "facts" AS "t"
  LEFT JOIN "totals" AS "s" ON "s"."applicant" = "t"."applicant"
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('award' AS TEXT) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS NUMERIC(38, 2)) AS "total",
  CAST(NULL AS NUMERIC(38, 2)) AS "up_to_total",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'inTerm'
      WHEN "t"."clause" = 1 THEN 'graced'
      WHEN "t"."clause" = 2 THEN 'onTime'
    END AS TEXT
  ) AS "clause",
  CAST("t"."item" AS TEXT) AS "item",
  CAST(
    CAST("t"."amount" AS NUMERIC(20, 2)) AS NUMERIC(38, 2)
  ) AS "amount",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'exact'
      WHEN "t"."clause" = 1 THEN 'exact'
      WHEN "t"."clause" = 2 THEN 'exact'
    END AS TEXT
  ) AS "basis",
  CAST(NULL AS TEXT) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "items_0" AS "t"
WHERE
  "t"."code" = 0
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('pending' AS TEXT) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS NUMERIC(38, 2)) AS "total",
  CAST(NULL AS NUMERIC(38, 2)) AS "up_to_total",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'inTerm'
      WHEN "t"."clause" = 1 THEN 'graced'
      WHEN "t"."clause" = 2 THEN 'onTime'
    END AS TEXT
  ) AS "clause",
  CAST("t"."item" AS TEXT) AS "item",
  CAST(NULL AS NUMERIC(38, 2)) AS "amount",
  CAST(NULL AS TEXT) AS "basis",
  CAST(NULL AS TEXT) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "items_0" AS "t"
WHERE
  "t"."code" >= 2
ORDER BY
  "applicant",
  "seq",
  "part";
