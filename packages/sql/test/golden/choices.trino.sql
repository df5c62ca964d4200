CREATE TABLE "applicants" (
  "applicant" BIGINT,
  "applicationDate" DATE,
  "registered" DATE,
  "revenue" DECIMAL(24, 4),
  "best" DECIMAL(24, 4),
  "level" VARCHAR,
  "grade" DECIMAL(1, 0)
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT,
  "position" INTEGER,
  "id" VARCHAR,
  "kind" VARCHAR,
  "invest" DECIMAL(24, 4),
  "change" DECIMAL(26, 6),
  "local" BOOLEAN
);

WITH
  "facts" AS (
    SELECT
      "a".*,
      CASE
        WHEN ("a"."applicationDate" >= DATE '2026-01-01')
        AND ("a"."applicationDate" <= DATE '2027-12-31') THEN TRUE
        ELSE FALSE
      END AS "_in_force"
    FROM
      "applicants" AS "a"
  ),
  "c0_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."local" AS "i.local",
      "i"."invest" AS "i.invest",
      "i"."kind" AS "i.kind"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c0_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN "t"."i.invest" > CAST(0 AS DECIMAL(24, 4)) THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN "t"."i.invest" > CAST(0 AS DECIMAL(24, 4)) THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN CASE
            WHEN "t"."i.local" IS NULL THEN NULL
            WHEN "t"."i.local" = TRUE THEN CAST(0.125 AS DECIMAL(3, 3))
            ELSE CAST(0.05 AS DECIMAL(3, 3))
          END IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CAST(
          CASE
            WHEN "t"."i.local" IS NULL THEN NULL
            WHEN "t"."i.local" = TRUE THEN CAST(0.125 AS DECIMAL(3, 3))
            ELSE CAST(0.05 AS DECIMAL(3, 3))
          END * "t"."i.invest" AS DECIMAL(27, 7)
        ) AS DECIMAL(27, 7)
      ) AS "_x1"
    FROM
      "c0_in" AS "t"
  ),
  "c0_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" > CAST(
            CASE
              WHEN "t"."i.kind" = 'build' THEN CAST(3000000 AS DECIMAL(7, 0))
              WHEN "t"."i.kind" = 'buy' THEN CAST(800000 AS DECIMAL(7, 0))
              WHEN "t"."i.kind" = 'rent' THEN CAST(800000 AS DECIMAL(7, 0))
            END AS DECIMAL(27, 7)
          ) THEN CAST(
            CASE
              WHEN "t"."i.kind" = 'build' THEN CAST(3000000 AS DECIMAL(7, 0))
              WHEN "t"."i.kind" = 'buy' THEN CAST(800000 AS DECIMAL(7, 0))
              WHEN "t"."i.kind" = 'rent' THEN CAST(800000 AS DECIMAL(7, 0))
            END AS DECIMAL(27, 7)
          )
          ELSE "t"."_x1"
        END AS DECIMAL(27, 7)
      ) AS "_x2"
    FROM
      "c0_1" AS "t"
  ),
  "c0_3" AS (
    SELECT
      "t".*,
      "t"."_k2" AS "_k3",
      CAST(
        CASE
          WHEN "t"."_x2" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(8, 7)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                            )
                          ) AS DECIMAL(24, 0)
                        ) AS DECIMAL(8, 7)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                            )
                          ) AS DECIMAL(24, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(25, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(8, 7)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(8, 7)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 7)
                          )
                        ) AS DECIMAL(24, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS "_x3"
    FROM
      "c0_2" AS "t"
  ),
  "c0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      0 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c0_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c1_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."grade" AS "f.grade"
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
          WHEN "t"."f.grade" IS NULL THEN 1
          ELSE 0
        END <> 0 THEN CASE
          WHEN "t"."f.grade" IS NULL THEN 1
          ELSE 0
        END
        ELSE CASE
          WHEN "t"."f.grade" = CAST(1 AS DECIMAL(1, 0)) THEN 0
          WHEN "t"."f.grade" = CAST(2 AS DECIMAL(1, 0)) THEN 0
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CASE
          WHEN "t"."f.grade" = CAST(1 AS DECIMAL(1, 0)) THEN CAST(100000 AS DECIMAL(6, 0))
          WHEN "t"."f.grade" = CAST(2 AS DECIMAL(1, 0)) THEN CAST(50000 AS DECIMAL(6, 0))
          ELSE CAST(10000 AS DECIMAL(6, 0))
        END AS DECIMAL(6, 0)
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
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    )
                  ) AS DECIMAL(10, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                          )
                        ) AS DECIMAL(10, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                            )
                          ) AS DECIMAL(10, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                            )
                          ) AS DECIMAL(10, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(11, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(13, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                  )
                ) AS DECIMAL(10, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                        )
                      ) AS DECIMAL(10, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                          )
                        ) AS DECIMAL(10, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                          )
                        ) AS DECIMAL(10, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(11, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(13, 2)
          )
        END AS DECIMAL(13, 2)
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
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c2_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."change" AS "i.change"
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
        WHEN (
          CAST(FLOOR("t"."i.change") AS DECIMAL(21, 0)) <> - (CAST(FLOOR(- ("t"."i.change")) AS DECIMAL(21, 0)))
        )
        OR ("t"."i.change" >= CAST(2 AS DECIMAL(26, 6))) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(
        CAST(
          CAST(1000 AS DECIMAL(4, 0)) * CAST(
            CAST(
              CAST(FLOOR("t"."i.change") AS DECIMAL(21, 0)) + - (
                CAST(
                  FLOOR(
                    - (
                      CAST(
                        "t"."i.change" * CAST(0.25 AS DECIMAL(2, 2)) AS DECIMAL(28, 8)
                      )
                    )
                  ) AS DECIMAL(21, 0)
                )
              ) AS DECIMAL(22, 0)
            ) + CAST(10 AS DECIMAL(2, 0)) AS DECIMAL(23, 0)
          ) AS DECIMAL(27, 0)
        ) AS DECIMAL(27, 0)
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
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                    )
                  ) AS DECIMAL(31, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                            )
                          ) AS DECIMAL(31, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                            )
                          ) AS DECIMAL(31, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(32, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(34, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                  )
                ) AS DECIMAL(31, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                        )
                      ) AS DECIMAL(31, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(32, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(34, 2)
          )
        END AS DECIMAL(34, 2)
      ) AS "_x2"
    FROM
      "c2_1" AS "t"
  ),
  "c2" AS (
    SELECT
      "t"."applicant" AS "applicant",
      2 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c2_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c3_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."registered" AS "f.registered",
      "f"."level" AS "f.level"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c3_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN (
              "t"."f.registered" IS NOT NULL
              AND (
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) >= CAST(2020 AS DECIMAL(4, 0))
              )
              AND (
                CAST(
                  CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.applicationDate"
                    ) AS DECIMAL(4, 0)
                  ) - CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.registered"
                    ) AS DECIMAL(4, 0)
                  ) AS DECIMAL(5, 0)
                ) <= CAST(3 AS DECIMAL(5, 0))
              )
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN "t"."f.registered" IS NOT NULL
            AND (
              CAST(
                EXTRACT(
                  YEAR
                  FROM
                    "t"."f.registered"
                ) AS DECIMAL(4, 0)
              ) >= CAST(2020 AS DECIMAL(4, 0))
            )
            AND (
              CAST(
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.applicationDate"
                  ) AS DECIMAL(4, 0)
                ) - CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) AS DECIMAL(5, 0)
              ) <= CAST(3 AS DECIMAL(5, 0))
            ) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              "t"."f.registered" IS NOT NULL
              AND (
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) >= CAST(2020 AS DECIMAL(4, 0))
              )
              AND (
                CAST(
                  CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.applicationDate"
                    ) AS DECIMAL(4, 0)
                  ) - CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.registered"
                    ) AS DECIMAL(4, 0)
                  ) AS DECIMAL(5, 0)
                ) <= CAST(3 AS DECIMAL(5, 0))
              )
            ) IS NULL THEN 1
            ELSE 0
          END
        END <> 0 THEN CASE
          WHEN CASE
            WHEN (
              "t"."f.registered" IS NOT NULL
              AND (
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) >= CAST(2020 AS DECIMAL(4, 0))
              )
              AND (
                CAST(
                  CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.applicationDate"
                    ) AS DECIMAL(4, 0)
                  ) - CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.registered"
                    ) AS DECIMAL(4, 0)
                  ) AS DECIMAL(5, 0)
                ) <= CAST(3 AS DECIMAL(5, 0))
              )
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN "t"."f.registered" IS NOT NULL
            AND (
              CAST(
                EXTRACT(
                  YEAR
                  FROM
                    "t"."f.registered"
                ) AS DECIMAL(4, 0)
              ) >= CAST(2020 AS DECIMAL(4, 0))
            )
            AND (
              CAST(
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.applicationDate"
                  ) AS DECIMAL(4, 0)
                ) - CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) AS DECIMAL(5, 0)
              ) <= CAST(3 AS DECIMAL(5, 0))
            ) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              "t"."f.registered" IS NOT NULL
              AND (
                CAST(
                  EXTRACT(
                    YEAR
                    FROM
                      "t"."f.registered"
                  ) AS DECIMAL(4, 0)
                ) >= CAST(2020 AS DECIMAL(4, 0))
              )
              AND (
                CAST(
                  CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.applicationDate"
                    ) AS DECIMAL(4, 0)
                  ) - CAST(
                    EXTRACT(
                      YEAR
                      FROM
                        "t"."f.registered"
                    ) AS DECIMAL(4, 0)
                  ) AS DECIMAL(5, 0)
                ) <= CAST(3 AS DECIMAL(5, 0))
              )
            ) IS NULL THEN 1
            ELSE 0
          END
        END
        ELSE CASE
          WHEN CASE
            WHEN (
              CAST(
                EXTRACT(
                  YEAR
                  FROM
                    "t"."f.registered"
                ) AS DECIMAL(4, 0)
              ) = CAST(2024 AS DECIMAL(4, 0))
            ) IS NULL THEN NULL
            WHEN (
              CAST(
                EXTRACT(
                  YEAR
                  FROM
                    "t"."f.registered"
                ) AS DECIMAL(4, 0)
              ) = CAST(2024 AS DECIMAL(4, 0))
            ) = TRUE THEN CAST(80000 AS DECIMAL(5, 0))
            ELSE CASE
              WHEN ("t"."f.level" = 'national') = TRUE THEN CAST(60000 AS DECIMAL(5, 0))
              ELSE CAST(30000 AS DECIMAL(5, 0))
            END
          END IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CASE
          WHEN (
            CAST(
              EXTRACT(
                YEAR
                FROM
                  "t"."f.registered"
              ) AS DECIMAL(4, 0)
            ) = CAST(2024 AS DECIMAL(4, 0))
          ) IS NULL THEN NULL
          WHEN (
            CAST(
              EXTRACT(
                YEAR
                FROM
                  "t"."f.registered"
              ) AS DECIMAL(4, 0)
            ) = CAST(2024 AS DECIMAL(4, 0))
          ) = TRUE THEN CAST(80000 AS DECIMAL(5, 0))
          ELSE CASE
            WHEN ("t"."f.level" = 'national') = TRUE THEN CAST(60000 AS DECIMAL(5, 0))
            ELSE CAST(30000 AS DECIMAL(5, 0))
          END
        END AS DECIMAL(5, 0)
      ) AS "_x1"
    FROM
      "c3_in" AS "t"
  ),
  "c3_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    )
                  ) AS DECIMAL(9, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                            )
                          ) AS DECIMAL(9, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                            )
                          ) AS DECIMAL(9, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(10, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(12, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                  )
                ) AS DECIMAL(9, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                        )
                      ) AS DECIMAL(9, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(10, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(12, 2)
          )
        END AS DECIMAL(12, 2)
      ) AS "_x2"
    FROM
      "c3_1" AS "t"
  ),
  "c3" AS (
    SELECT
      "t"."applicant" AS "applicant",
      3 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c3_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c4_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."registered" AS "f.registered"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c4_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN (
            "t"."f.registered" IS NOT NULL
            AND (
              DATE_ADD('month', 24, "t"."f.registered") >= "t"."f.applicationDate"
            )
            AND (
              DATE_ADD('day', -10, "t"."f.registered") < DATE_ADD('month', 1, DATE '2025-03-01')
            )
            AND (
              DATE_ADD('month', 13, "t"."f.registered") <> DATE '2025-02-28'
            )
          ) IS NULL THEN 1
          ELSE 0
        END = 0 THEN CASE
          WHEN "t"."f.registered" IS NOT NULL
          AND (
            DATE_ADD('month', 24, "t"."f.registered") >= "t"."f.applicationDate"
          )
          AND (
            DATE_ADD('day', -10, "t"."f.registered") < DATE_ADD('month', 1, DATE '2025-03-01')
          )
          AND (
            DATE_ADD('month', 13, "t"."f.registered") <> DATE '2025-02-28'
          ) THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN (
            "t"."f.registered" IS NOT NULL
            AND (
              DATE_ADD('month', 24, "t"."f.registered") >= "t"."f.applicationDate"
            )
            AND (
              DATE_ADD('day', -10, "t"."f.registered") < DATE_ADD('month', 1, DATE '2025-03-01')
            )
            AND (
              DATE_ADD('month', 13, "t"."f.registered") <> DATE '2025-02-28'
            )
          ) IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(CAST(10000 AS DECIMAL(5, 0)) AS DECIMAL(5, 0)) AS "_x1"
    FROM
      "c4_in" AS "t"
  ),
  "c4_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    )
                  ) AS DECIMAL(9, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                            )
                          ) AS DECIMAL(9, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                            )
                          ) AS DECIMAL(9, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(10, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(12, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                  )
                ) AS DECIMAL(9, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                        )
                      ) AS DECIMAL(9, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(10, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(12, 2)
          )
        END AS DECIMAL(12, 2)
      ) AS "_x2"
    FROM
      "c4_1" AS "t"
  ),
  "c4" AS (
    SELECT
      "t"."applicant" AS "applicant",
      4 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c4_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c5_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."registered" AS "f.registered"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c5_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN "t"."f.registered" IS NOT NULL THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN "t"."f.registered" IS NOT NULL THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN CAST(
            CAST(
              CAST(
                CAST(100 AS DECIMAL(3, 0)) * CAST(
                  CASE
                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN - (
                      CAST(
                        (
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) - MOD(
                            (
                              (
                                EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                      ELSE "t"."f.applicationDate"
                                    END
                                ) - EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                      ELSE "t"."f.registered"
                                    END
                                )
                              ) * 12
                            ) + (
                              EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ),
                            12
                          )
                        ) / 12 AS DECIMAL(38, 0)
                      ) - CASE
                        WHEN (
                          (
                            (
                              (
                                EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                      ELSE "t"."f.applicationDate"
                                    END
                                ) - EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                      ELSE "t"."f.registered"
                                    END
                                )
                              ) * 12
                            ) + (
                              EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            )
                          ) >= 12
                        )
                        AND (
                          MOD(
                            (
                              (
                                EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                      ELSE "t"."f.applicationDate"
                                    END
                                ) - EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                      ELSE "t"."f.registered"
                                    END
                                )
                              ) * 12
                            ) + (
                              EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ),
                            12
                          ) = 0
                        )
                        AND (
                          EXTRACT(
                            DAY
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          ) > EXTRACT(
                            DAY
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          )
                        )
                        AND NOT (
                          EXTRACT(
                            DAY
                            FROM
                              DATE_ADD(
                                'day',
                                1,
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                              )
                          ) = 1
                        ) THEN 1
                        ELSE 0
                      END
                    )
                    ELSE CAST(
                      (
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        ) - MOD(
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ),
                          12
                        )
                      ) / 12 AS DECIMAL(38, 0)
                    ) - CASE
                      WHEN (
                        (
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          )
                        ) >= 12
                      )
                      AND (
                        MOD(
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ),
                          12
                        ) = 0
                      )
                      AND (
                        EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        ) > EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        )
                      )
                      AND NOT (
                        EXTRACT(
                          DAY
                          FROM
                            DATE_ADD(
                              'day',
                              1,
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                            )
                        ) = 1
                      ) THEN 1
                      ELSE 0
                    END
                  END AS DECIMAL(9, 0)
                ) AS DECIMAL(12, 0)
              ) + CAST(
                CAST(10 AS DECIMAL(2, 0)) * CAST(
                  CASE
                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN - (
                      (
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
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
                                      WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                      ELSE "t"."f.registered"
                                    END
                                ) - EXTRACT(
                                  YEAR
                                  FROM
                                    CASE
                                      WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                      ELSE "t"."f.applicationDate"
                                    END
                                )
                              ) * 12
                            ) + (
                              EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              ) - EXTRACT(
                                MONTH
                                FROM
                                  CASE
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
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
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) > EXTRACT(
                            DAY
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        )
                        AND NOT (
                          EXTRACT(
                            DAY
                            FROM
                              DATE_ADD(
                                'day',
                                1,
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
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
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          ) - EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          )
                        ) * 12
                      ) + (
                        EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        ) - EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
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
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
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
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        ) > EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        )
                      )
                      AND NOT (
                        EXTRACT(
                          DAY
                          FROM
                            DATE_ADD(
                              'day',
                              1,
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                            )
                        ) = 1
                      ) THEN 1
                      ELSE 0
                    END
                  END AS DECIMAL(9, 0)
                ) AS DECIMAL(11, 0)
              ) AS DECIMAL(13, 0)
            ) + CAST(
              CAST(1 AS DECIMAL(1, 0)) * CAST(
                DATE_DIFF(
                  'day',
                  "t"."f.registered",
                  "t"."f.applicationDate"
                ) AS DECIMAL(9, 0)
              ) AS DECIMAL(10, 0)
            ) AS DECIMAL(14, 0)
          ) IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CAST(
          CAST(
            CAST(
              CAST(100 AS DECIMAL(3, 0)) * CAST(
                CASE
                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN - (
                    CAST(
                      (
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        ) - MOD(
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ),
                          12
                        )
                      ) / 12 AS DECIMAL(38, 0)
                    ) - CASE
                      WHEN (
                        (
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          )
                        ) >= 12
                      )
                      AND (
                        MOD(
                          (
                            (
                              EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ),
                          12
                        ) = 0
                      )
                      AND (
                        EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        ) > EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        )
                      )
                      AND NOT (
                        EXTRACT(
                          DAY
                          FROM
                            DATE_ADD(
                              'day',
                              1,
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                            )
                        ) = 1
                      ) THEN 1
                      ELSE 0
                    END
                  )
                  ELSE CAST(
                    (
                      (
                        (
                          EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        ) * 12
                      ) + (
                        EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        ) - EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        )
                      ) - MOD(
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        ),
                        12
                      )
                    ) / 12 AS DECIMAL(38, 0)
                  ) - CASE
                    WHEN (
                      (
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        )
                      ) >= 12
                    )
                    AND (
                      MOD(
                        (
                          (
                            EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          )
                        ),
                        12
                      ) = 0
                    )
                    AND (
                      EXTRACT(
                        DAY
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.applicationDate"
                            ELSE "t"."f.registered"
                          END
                      ) > EXTRACT(
                        DAY
                        FROM
                          CASE
                            WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                            ELSE "t"."f.applicationDate"
                          END
                      )
                    )
                    AND NOT (
                      EXTRACT(
                        DAY
                        FROM
                          DATE_ADD(
                            'day',
                            1,
                            CASE
                              WHEN "t"."f.applicationDate" < "t"."f.registered" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                          )
                      ) = 1
                    ) THEN 1
                    ELSE 0
                  END
                END AS DECIMAL(9, 0)
              ) AS DECIMAL(12, 0)
            ) + CAST(
              CAST(10 AS DECIMAL(2, 0)) * CAST(
                CASE
                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN - (
                    (
                      (
                        (
                          EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          ) - EXTRACT(
                            YEAR
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
                              END
                          )
                        ) * 12
                      ) + (
                        EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        ) - EXTRACT(
                          MONTH
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
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
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                    ELSE "t"."f.registered"
                                  END
                              ) - EXTRACT(
                                YEAR
                                FROM
                                  CASE
                                    WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                    ELSE "t"."f.applicationDate"
                                  END
                              )
                            ) * 12
                          ) + (
                            EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            ) - EXTRACT(
                              MONTH
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
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
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        ) > EXTRACT(
                          DAY
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        )
                      )
                      AND NOT (
                        EXTRACT(
                          DAY
                          FROM
                            DATE_ADD(
                              'day',
                              1,
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
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
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                        ) - EXTRACT(
                          YEAR
                          FROM
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                              ELSE "t"."f.applicationDate"
                            END
                        )
                      ) * 12
                    ) + (
                      EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                            ELSE "t"."f.registered"
                          END
                      ) - EXTRACT(
                        MONTH
                        FROM
                          CASE
                            WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                            ELSE "t"."f.applicationDate"
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
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                  ELSE "t"."f.registered"
                                END
                            ) - EXTRACT(
                              YEAR
                              FROM
                                CASE
                                  WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                  ELSE "t"."f.applicationDate"
                                END
                            )
                          ) * 12
                        ) + (
                          EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                                ELSE "t"."f.registered"
                              END
                          ) - EXTRACT(
                            MONTH
                            FROM
                              CASE
                                WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                                ELSE "t"."f.applicationDate"
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
                            WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.registered"
                            ELSE "t"."f.applicationDate"
                          END
                      ) > EXTRACT(
                        DAY
                        FROM
                          CASE
                            WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                            ELSE "t"."f.registered"
                          END
                      )
                    )
                    AND NOT (
                      EXTRACT(
                        DAY
                        FROM
                          DATE_ADD(
                            'day',
                            1,
                            CASE
                              WHEN "t"."f.registered" < "t"."f.applicationDate" THEN "t"."f.applicationDate"
                              ELSE "t"."f.registered"
                            END
                          )
                      ) = 1
                    ) THEN 1
                    ELSE 0
                  END
                END AS DECIMAL(9, 0)
              ) AS DECIMAL(11, 0)
            ) AS DECIMAL(13, 0)
          ) + CAST(
            CAST(1 AS DECIMAL(1, 0)) * CAST(
              DATE_DIFF(
                'day',
                "t"."f.registered",
                "t"."f.applicationDate"
              ) AS DECIMAL(9, 0)
            ) AS DECIMAL(10, 0)
          ) AS DECIMAL(14, 0)
        ) AS DECIMAL(14, 0)
      ) AS "_x1"
    FROM
      "c5_in" AS "t"
  ),
  "c5_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                    )
                  ) AS DECIMAL(18, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                          )
                        ) AS DECIMAL(18, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                            )
                          ) AS DECIMAL(18, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                            )
                          ) AS DECIMAL(18, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(19, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(21, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                  )
                ) AS DECIMAL(18, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                        )
                      ) AS DECIMAL(18, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                          )
                        ) AS DECIMAL(18, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(17, 0)
                          )
                        ) AS DECIMAL(18, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(19, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(21, 2)
          )
        END AS DECIMAL(21, 2)
      ) AS "_x2"
    FROM
      "c5_1" AS "t"
  ),
  "c5" AS (
    SELECT
      "t"."applicant" AS "applicant",
      5 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c5_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c6_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c6_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN DATE_ADD('month', -3, "t"."f.applicationDate") <= DATE '2026-02-28' THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(2000 AS DECIMAL(4, 0)) AS DECIMAL(4, 0)) AS "_x1"
    FROM
      "c6_in" AS "t"
  ),
  "c6_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                    )
                  ) AS DECIMAL(8, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                            )
                          ) AS DECIMAL(8, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                            )
                          ) AS DECIMAL(8, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(9, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(11, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                  )
                ) AS DECIMAL(8, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                        )
                      ) AS DECIMAL(8, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(9, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(11, 2)
          )
        END AS DECIMAL(11, 2)
      ) AS "_x2"
    FROM
      "c6_1" AS "t"
  ),
  "c6" AS (
    SELECT
      "t"."applicant" AS "applicant",
      6 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c6_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c7_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."revenue" AS "f.revenue"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c7_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(2500 AS DECIMAL(4, 0)) * CASE
            WHEN CAST(
              FLOOR(
                CAST(
                  "t"."f.revenue" * CAST(0.000001 AS DECIMAL(6, 6)) AS DECIMAL(30, 10)
                )
              ) AS DECIMAL(21, 0)
            ) < CAST(0 AS DECIMAL(21, 0)) THEN CAST(0 AS DECIMAL(21, 0))
            ELSE CAST(
              FLOOR(
                CAST(
                  "t"."f.revenue" * CAST(0.000001 AS DECIMAL(6, 6)) AS DECIMAL(30, 10)
                )
              ) AS DECIMAL(21, 0)
            )
          END AS DECIMAL(25, 0)
        ) AS DECIMAL(25, 0)
      ) AS "_x1"
    FROM
      "c7_in" AS "t"
  ),
  "c7_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" > CAST(500000 AS DECIMAL(25, 0)) THEN CAST(500000 AS DECIMAL(25, 0))
          ELSE "t"."_x1"
        END AS DECIMAL(25, 0)
      ) AS "_x2"
    FROM
      "c7_1" AS "t"
  ),
  "c7_3" AS (
    SELECT
      "t".*,
      "t"."_k2" AS "_k3",
      CAST(
        CASE
          WHEN "t"."_x2" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                    )
                  ) AS DECIMAL(29, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                          )
                        ) AS DECIMAL(29, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                            )
                          ) AS DECIMAL(29, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                            )
                          ) AS DECIMAL(29, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(30, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(32, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                  )
                ) AS DECIMAL(29, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                        )
                      ) AS DECIMAL(29, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                          )
                        ) AS DECIMAL(29, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 0)
                          )
                        ) AS DECIMAL(29, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(30, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(32, 2)
          )
        END AS DECIMAL(32, 2)
      ) AS "_x3"
    FROM
      "c7_2" AS "t"
  ),
  "c7" AS (
    SELECT
      "t"."applicant" AS "applicant",
      7 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c7_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c8_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."revenue" AS "f.revenue",
      "f"."best" AS "f.best"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c8_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CAST(
          CAST(10000 AS DECIMAL(5, 0)) * CASE
            WHEN CAST(
              CAST(
                FLOOR(
                  CAST(
                    "t"."f.revenue" * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) - CAST(
                FLOOR(
                  CAST(
                    CASE
                      WHEN "t"."f.best" IS NULL
                      OR CAST(10000000 AS DECIMAL(24, 4)) IS NULL THEN NULL
                      WHEN CAST(10000000 AS DECIMAL(24, 4)) > "t"."f.best" THEN CAST(10000000 AS DECIMAL(24, 4))
                      ELSE "t"."f.best"
                    END * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) AS DECIMAL(22, 0)
            ) < CAST(0 AS DECIMAL(22, 0)) THEN CAST(0 AS DECIMAL(22, 0))
            ELSE CAST(
              CAST(
                FLOOR(
                  CAST(
                    "t"."f.revenue" * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) - CAST(
                FLOOR(
                  CAST(
                    CASE
                      WHEN "t"."f.best" IS NULL
                      OR CAST(10000000 AS DECIMAL(24, 4)) IS NULL THEN NULL
                      WHEN CAST(10000000 AS DECIMAL(24, 4)) > "t"."f.best" THEN CAST(10000000 AS DECIMAL(24, 4))
                      ELSE "t"."f.best"
                    END * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) AS DECIMAL(22, 0)
            )
          END AS DECIMAL(27, 0)
        ) IS NULL THEN 1
        ELSE 0
      END AS "_k1",
      CAST(
        CAST(
          CAST(10000 AS DECIMAL(5, 0)) * CASE
            WHEN CAST(
              CAST(
                FLOOR(
                  CAST(
                    "t"."f.revenue" * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) - CAST(
                FLOOR(
                  CAST(
                    CASE
                      WHEN "t"."f.best" IS NULL
                      OR CAST(10000000 AS DECIMAL(24, 4)) IS NULL THEN NULL
                      WHEN CAST(10000000 AS DECIMAL(24, 4)) > "t"."f.best" THEN CAST(10000000 AS DECIMAL(24, 4))
                      ELSE "t"."f.best"
                    END * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) AS DECIMAL(22, 0)
            ) < CAST(0 AS DECIMAL(22, 0)) THEN CAST(0 AS DECIMAL(22, 0))
            ELSE CAST(
              CAST(
                FLOOR(
                  CAST(
                    "t"."f.revenue" * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) - CAST(
                FLOOR(
                  CAST(
                    CASE
                      WHEN "t"."f.best" IS NULL
                      OR CAST(10000000 AS DECIMAL(24, 4)) IS NULL THEN NULL
                      WHEN CAST(10000000 AS DECIMAL(24, 4)) > "t"."f.best" THEN CAST(10000000 AS DECIMAL(24, 4))
                      ELSE "t"."f.best"
                    END * CAST(0.0000002 AS DECIMAL(7, 7)) AS DECIMAL(31, 11)
                  )
                ) AS DECIMAL(21, 0)
              ) AS DECIMAL(22, 0)
            )
          END AS DECIMAL(27, 0)
        ) AS DECIMAL(27, 0)
      ) AS "_x1"
    FROM
      "c8_in" AS "t"
  ),
  "c8_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                    )
                  ) AS DECIMAL(31, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                            )
                          ) AS DECIMAL(31, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                            )
                          ) AS DECIMAL(31, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(32, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(34, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                  )
                ) AS DECIMAL(31, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                        )
                      ) AS DECIMAL(31, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 0)
                          )
                        ) AS DECIMAL(31, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(32, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(34, 2)
          )
        END AS DECIMAL(34, 2)
      ) AS "_x2"
    FROM
      "c8_1" AS "t"
  ),
  "c8" AS (
    SELECT
      "t"."applicant" AS "applicant",
      8 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c8_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c9_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."revenue" AS "f.revenue",
      "f"."best" AS "f.best"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c9_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN "t"."f.best" IS NULL THEN 1
          ELSE 0
        END <> 0 THEN CASE
          WHEN "t"."f.best" IS NULL THEN 1
          ELSE 0
        END
        WHEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(10000000 AS DECIMAL(24, 4))
          )
          OR (
            "t"."f.revenue" >= CAST(50000000 AS DECIMAL(24, 4))
          )
          OR (
            "t"."f.revenue" >= CAST(200000000 AS DECIMAL(24, 4))
          ) THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(10000000 AS DECIMAL(24, 4))
          )
          OR (
            "t"."f.revenue" >= CAST(50000000 AS DECIMAL(24, 4))
          )
          OR (
            "t"."f.revenue" >= CAST(200000000 AS DECIMAL(24, 4))
          ) THEN 0
          ELSE 1
        END
        WHEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(10000000 AS DECIMAL(24, 4))
          )
          AND NOT ("t"."f.best" >= CAST(10000000 AS DECIMAL(24, 4))) THEN 0
          ELSE 0
        END <> 0 THEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(10000000 AS DECIMAL(24, 4))
          )
          AND NOT ("t"."f.best" >= CAST(10000000 AS DECIMAL(24, 4))) THEN 0
          ELSE 0
        END
        WHEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(50000000 AS DECIMAL(24, 4))
          )
          AND NOT ("t"."f.best" >= CAST(50000000 AS DECIMAL(24, 4))) THEN 0
          ELSE 0
        END <> 0 THEN CASE
          WHEN (
            "t"."f.revenue" >= CAST(50000000 AS DECIMAL(24, 4))
          )
          AND NOT ("t"."f.best" >= CAST(50000000 AS DECIMAL(24, 4))) THEN 0
          ELSE 0
        END
        ELSE CASE
          WHEN (
            "t"."f.revenue" >= CAST(200000000 AS DECIMAL(24, 4))
          )
          AND NOT ("t"."f.best" >= CAST(200000000 AS DECIMAL(24, 4))) THEN 0
          ELSE 0
        END
      END AS "_k1",
      CAST(
        CAST(
          CAST(
            CASE
              WHEN (
                "t"."f.revenue" >= CAST(10000000 AS DECIMAL(24, 4))
              )
              AND NOT ("t"."f.best" >= CAST(10000000 AS DECIMAL(24, 4))) THEN CAST(50000 AS DECIMAL(6, 0))
              ELSE CAST(0 AS DECIMAL(6, 0))
            END + CASE
              WHEN (
                "t"."f.revenue" >= CAST(50000000 AS DECIMAL(24, 4))
              )
              AND NOT ("t"."f.best" >= CAST(50000000 AS DECIMAL(24, 4))) THEN CAST(200000 AS DECIMAL(6, 0))
              ELSE CAST(0 AS DECIMAL(6, 0))
            END AS DECIMAL(7, 0)
          ) + CASE
            WHEN (
              "t"."f.revenue" >= CAST(200000000 AS DECIMAL(24, 4))
            )
            AND NOT ("t"."f.best" >= CAST(200000000 AS DECIMAL(24, 4))) THEN CAST(10000 AS DECIMAL(6, 0))
            ELSE CAST(0 AS DECIMAL(6, 0))
          END AS DECIMAL(8, 0)
        ) AS DECIMAL(8, 0)
      ) AS "_x1"
    FROM
      "c9_in" AS "t"
  ),
  "c9_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    )
                  ) AS DECIMAL(12, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                          )
                        ) AS DECIMAL(12, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                            )
                          ) AS DECIMAL(12, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                            )
                          ) AS DECIMAL(12, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(13, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(15, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  )
                ) AS DECIMAL(12, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                        )
                      ) AS DECIMAL(12, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                          )
                        ) AS DECIMAL(12, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                          )
                        ) AS DECIMAL(12, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(13, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(15, 2)
          )
        END AS DECIMAL(15, 2)
      ) AS "_x2"
    FROM
      "c9_1" AS "t"
  ),
  "c9" AS (
    SELECT
      "t"."applicant" AS "applicant",
      9 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c9_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
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
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c2" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c3" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c4" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c5" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c6" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c7" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c8" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(34, 2)) AS "amount"
    FROM
      "c9" AS "t"
  ),
  "failed" AS (
    SELECT
      "t".*
    FROM
      (
        SELECT
          "t".*,
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant"
            ORDER BY
              "t"."phase",
              "t"."clause",
              "t"."position"
          ) AS "_rank"
        FROM
          "items_0" AS "t"
        WHERE
          "t"."code" < 0
      ) AS "t"
    WHERE
      "t"."_rank" = 1
  ),
  "totals" AS (
    SELECT
      "t"."applicant" AS "applicant",
      SUM(
        CASE
          WHEN "t"."clause" IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) THEN CAST("t"."amount" AS DECIMAL(34, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."amount" AS DECIMAL(34, 2))) AS "up_to_total"
    FROM
      "items_0" AS "t"
    WHERE
      "t"."code" = 0
    GROUP BY
      "t"."applicant"
  )
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('result' AS VARCHAR) AS "kind",
  CAST(0 AS BIGINT) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST("t"."_in_force" AS BOOLEAN) AS "in_force",
  CAST("t"."applicationDate" AS DATE) AS "application_date",
  CAST(
    COALESCE("s"."total", CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(38, 2)
  ) AS "total",
  CAST(
    COALESCE("s"."up_to_total", CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(38, 2)
  ) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share"
FROM
  "facts" AS "t"
  LEFT JOIN "totals" AS "s" ON "s"."applicant" = "t"."applicant"
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  "x"."applicant" IS NULL
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('award' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 1
      WHEN "t"."clause" = 1 THEN 1
      WHEN "t"."clause" = 2 THEN 1
      WHEN "t"."clause" = 3 THEN 1
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 3
      WHEN "t"."clause" = 7 THEN 2
      WHEN "t"."clause" = 8 THEN 2
      WHEN "t"."clause" = 9 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'chosen'
      WHEN "t"."clause" = 1 THEN 'graded'
      WHEN "t"."clause" = 2 THEN 'rounded'
      WHEN "t"."clause" = 3 THEN 'byYear'
      WHEN "t"."clause" = 4 THEN 'recent'
      WHEN "t"."clause" = 5 THEN 'age'
      WHEN "t"."clause" = 6 THEN 'quarter'
      WHEN "t"."clause" = 7 THEN 'perStep'
      WHEN "t"."clause" = 8 THEN 'newSteps'
      WHEN "t"."clause" = 9 THEN 'firstTiers'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(
    CAST("t"."amount" AS DECIMAL(34, 2)) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'exact'
      WHEN "t"."clause" = 1 THEN 'exact'
      WHEN "t"."clause" = 2 THEN 'exact'
      WHEN "t"."clause" = 3 THEN 'exact'
      WHEN "t"."clause" = 4 THEN 'exact'
      WHEN "t"."clause" = 5 THEN 'exact'
      WHEN "t"."clause" = 6 THEN 'exact'
      WHEN "t"."clause" = 7 THEN 'exact'
      WHEN "t"."clause" = 8 THEN 'exact'
      WHEN "t"."clause" = 9 THEN 'exact'
    END AS VARCHAR
  ) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share"
FROM
  "items_0" AS "t"
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  ("t"."code" = 0)
  AND "x"."applicant" IS NULL
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('pending' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 1
      WHEN "t"."clause" = 1 THEN 1
      WHEN "t"."clause" = 2 THEN 1
      WHEN "t"."clause" = 3 THEN 1
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 3
      WHEN "t"."clause" = 7 THEN 2
      WHEN "t"."clause" = 8 THEN 2
      WHEN "t"."clause" = 9 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'chosen'
      WHEN "t"."clause" = 1 THEN 'graded'
      WHEN "t"."clause" = 2 THEN 'rounded'
      WHEN "t"."clause" = 3 THEN 'byYear'
      WHEN "t"."clause" = 4 THEN 'recent'
      WHEN "t"."clause" = 5 THEN 'age'
      WHEN "t"."clause" = 6 THEN 'quarter'
      WHEN "t"."clause" = 7 THEN 'perStep'
      WHEN "t"."clause" = 8 THEN 'newSteps'
      WHEN "t"."clause" = 9 THEN 'firstTiers'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share"
FROM
  "items_0" AS "t"
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  ("t"."code" >= 2)
  AND "x"."applicant" IS NULL
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('error' AS VARCHAR) AS "kind",
  CAST(0 AS BIGINT) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(
    CASE
      WHEN "t"."phase" = 0 THEN CASE
        WHEN "t"."clause" = 0 THEN 'art1.chosen'
        WHEN "t"."clause" = 1 THEN 'art1.graded'
        WHEN "t"."clause" = 2 THEN 'art1.rounded'
        WHEN "t"."clause" = 3 THEN 'art1.byYear'
        WHEN "t"."clause" = 4 THEN 'art3.recent'
        WHEN "t"."clause" = 5 THEN 'art3.age'
        WHEN "t"."clause" = 6 THEN 'art3.quarter'
        WHEN "t"."clause" = 7 THEN 'art2.perStep'
        WHEN "t"."clause" = 8 THEN 'art2.newSteps'
        WHEN "t"."clause" = 9 THEN 'art2.firstTiers'
      END
      ELSE ''
    END AS VARCHAR
  ) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(
    CASE
      WHEN "t"."code" = -1 THEN 'division by zero in `p.change / 4`'
    END AS VARCHAR
  ) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share"
FROM
  "failed" AS "t"
ORDER BY
  "applicant",
  "seq",
  "part";
