CREATE TABLE "applicants" ("applicant" BIGINT, "applicationDate" DATE);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT,
  "position" INTEGER,
  "id" VARCHAR,
  "investment" DECIMAL(24, 4),
  "started" DATE,
  "completed" DATE,
  "firstShare" DECIMAL(12, 8)
);

WITH
  "facts" AS (
    SELECT
      "a".*,
      CASE
        WHEN ("a"."applicationDate" >= DATE '2020-01-01')
        AND ("a"."applicationDate" <= DATE '2030-12-31') THEN TRUE
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
      "i"."investment" AS "i.investment",
      "i"."started" AS "i.started",
      "i"."completed" AS "i.completed"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c0_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.077 AS DECIMAL(3, 3)) * "t"."i.investment" AS DECIMAL(27, 7)
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
          WHEN "t"."_x1" > CAST(2000000 AS DECIMAL(27, 7)) THEN CAST(2000000 AS DECIMAL(27, 7))
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
                      ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(8, 7)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                            )
                          ) AS DECIMAL(22, 0)
                        ) AS DECIMAL(8, 7)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                            )
                          ) AS DECIMAL(22, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(23, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(8, 7)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(8, 7)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x2") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(23, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
          )
        END AS DECIMAL(24, 0)
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
  "c0_pay" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."position" AS "position",
      CAST(
        CASE
          WHEN "t"."f.applicationDate" >= DATE '2026-01-01' THEN CAST(0.45 AS DECIMAL(3, 3))
          ELSE CAST(0.333 AS DECIMAL(3, 3))
        END AS DECIMAL(3, 3)
      ) AS "_pay_share_0",
      TRIM(
        TRAILING '.'
        FROM
          TRIM(
            TRAILING '0'
            FROM
              CAST(
                CAST(
                  CASE
                    WHEN "t"."f.applicationDate" >= DATE '2026-01-01' THEN CAST(0.45 AS DECIMAL(3, 3))
                    ELSE CAST(0.333 AS DECIMAL(3, 3))
                  END AS DECIMAL(4, 3)
                ) AS VARCHAR
              )
          )
      ) AS "_pay_text_0",
      CAST("t"."i.started" AS DATE) AS "_pay_due_0",
      CASE
        WHEN "t"."i.started" IS NULL THEN 'awaiting'
        WHEN "t"."i.started" <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_0",
      CAST(CAST(0.333 AS DECIMAL(3, 3)) AS DECIMAL(3, 3)) AS "_pay_share_1",
      '0.333' AS "_pay_text_1",
      CAST(DATE_ADD('month', 12, "t"."i.started") AS DATE) AS "_pay_due_1",
      CASE
        WHEN DATE_ADD('month', 12, "t"."i.started") IS NULL THEN 'awaiting'
        WHEN DATE_ADD('month', 12, "t"."i.started") <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_1",
      CAST(
        CAST(
          CAST(
            CAST(1 AS DECIMAL(1, 0)) - CASE
              WHEN "t"."f.applicationDate" >= DATE '2026-01-01' THEN CAST(0.45 AS DECIMAL(3, 3))
              ELSE CAST(0.333 AS DECIMAL(3, 3))
            END AS DECIMAL(5, 3)
          ) - CAST(0.333 AS DECIMAL(3, 3)) AS DECIMAL(6, 3)
        ) AS DECIMAL(6, 3)
      ) AS "_pay_share_2",
      TRIM(
        TRAILING '.'
        FROM
          TRIM(
            TRAILING '0'
            FROM
              CAST(
                CAST(
                  CAST(
                    CAST(
                      CAST(1 AS DECIMAL(1, 0)) - CASE
                        WHEN "t"."f.applicationDate" >= DATE '2026-01-01' THEN CAST(0.45 AS DECIMAL(3, 3))
                        ELSE CAST(0.333 AS DECIMAL(3, 3))
                      END AS DECIMAL(5, 3)
                    ) - CAST(0.333 AS DECIMAL(3, 3)) AS DECIMAL(6, 3)
                  ) AS DECIMAL(6, 3)
                ) AS VARCHAR
              )
          )
      ) AS "_pay_text_2",
      CAST(
        CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END AS DATE
      ) AS "_pay_due_2",
      CASE
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END IS NULL THEN 'awaiting'
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_2"
    FROM
      "c0_3" AS "t"
  ),
  "c1_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."investment" AS "i.investment",
      "i"."firstShare" AS "i.firstShare",
      "i"."completed" AS "i.completed"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c1_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."i.investment" >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(
        CAST(
          CAST(0.013 AS DECIMAL(3, 3)) * "t"."i.investment" AS DECIMAL(27, 7)
        ) AS DECIMAL(27, 7)
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
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(8, 7)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                            )
                          ) AS DECIMAL(22, 0)
                        ) AS DECIMAL(8, 7)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                            )
                          ) AS DECIMAL(22, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(23, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(8, 7)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(8, 7)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                          )
                        ) AS DECIMAL(22, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(23, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
          )
        END AS DECIMAL(24, 0)
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
      CASE
        WHEN ("t"."_k2" = 0)
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN CASE
          WHEN CASE
            WHEN "t"."i.firstShare" IS NULL THEN 1
            ELSE 0
          END <> 0 THEN CASE
            WHEN "t"."i.firstShare" IS NULL THEN 1
            ELSE 0
          END
          WHEN CASE
            WHEN CAST(
              CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
            ) IS NULL THEN 1
            ELSE 0
          END <> 0 THEN CASE
            WHEN CAST(
              CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
            ) IS NULL THEN 1
            ELSE 0
          END
          ELSE "t"."_k2"
        END
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c1_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN CASE
            WHEN CASE
              WHEN "t"."i.firstShare" IS NULL THEN 1
              ELSE 0
            END <> 0 THEN CASE
              WHEN "t"."i.firstShare" IS NULL THEN 1
              ELSE 0
            END
            WHEN CASE
              WHEN CAST(
                CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
              ) IS NULL THEN 1
              ELSE 0
            END <> 0 THEN CASE
              WHEN CAST(
                CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
              ) IS NULL THEN 1
              ELSE 0
            END
            ELSE "t"."_k2"
          END
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN CASE
              WHEN CASE
                WHEN "t"."i.firstShare" IS NULL THEN 1
                ELSE 0
              END <> 0 THEN CASE
                WHEN "t"."i.firstShare" IS NULL THEN 1
                ELSE 0
              END
              WHEN CASE
                WHEN CAST(
                  CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
                ) IS NULL THEN 1
                ELSE 0
              END <> 0 THEN CASE
                WHEN CAST(
                  CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
                ) IS NULL THEN 1
                ELSE 0
              END
              ELSE "t"."_k2"
            END
            ELSE "t"."_k2"
          END = 0
        )
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c1_pay" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."position" AS "position",
      CAST(
        CASE
          WHEN CASE
            WHEN "t"."i.firstShare" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.firstShare"
          ELSE NULL
        END AS DECIMAL(12, 8)
      ) AS "_pay_share_0",
      CASE
        WHEN CASE
          WHEN "t"."i.firstShare" IS NULL THEN 1
          ELSE 0
        END = 0 THEN TRIM(
          TRAILING '.'
          FROM
            TRIM(
              TRAILING '0'
              FROM
                CAST(
                  CAST("t"."i.firstShare" AS DECIMAL(12, 8)) AS VARCHAR
                )
            )
        )
        ELSE NULL
      END AS "_pay_text_0",
      CAST(
        CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END AS DATE
      ) AS "_pay_due_0",
      CASE
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END IS NULL THEN 'awaiting'
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_0",
      CAST(
        CASE
          WHEN CASE
            WHEN CAST(
              CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CAST(
            CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
          )
          ELSE NULL
        END AS DECIMAL(13, 8)
      ) AS "_pay_share_1",
      CASE
        WHEN CASE
          WHEN CAST(
            CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
          ) IS NULL THEN 1
          ELSE 0
        END = 0 THEN TRIM(
          TRAILING '.'
          FROM
            TRIM(
              TRAILING '0'
              FROM
                CAST(
                  CAST(
                    CAST(
                      CAST(1 AS DECIMAL(1, 0)) - "t"."i.firstShare" AS DECIMAL(13, 8)
                    ) AS DECIMAL(13, 8)
                  ) AS VARCHAR
                )
            )
        )
        ELSE NULL
      END AS "_pay_text_1",
      CAST(
        CASE
          WHEN CASE
            WHEN DATE_ADD('month', 6, "t"."i.completed") IS NULL THEN 1
            ELSE 0
          END = 0 THEN DATE_ADD('month', 6, "t"."i.completed")
          ELSE NULL
        END AS DATE
      ) AS "_pay_due_1",
      CASE
        WHEN CASE
          WHEN CASE
            WHEN DATE_ADD('month', 6, "t"."i.completed") IS NULL THEN 1
            ELSE 0
          END = 0 THEN DATE_ADD('month', 6, "t"."i.completed")
          ELSE NULL
        END IS NULL THEN 'awaiting'
        WHEN CASE
          WHEN CASE
            WHEN DATE_ADD('month', 6, "t"."i.completed") IS NULL THEN 1
            ELSE 0
          END = 0 THEN DATE_ADD('month', 6, "t"."i.completed")
          ELSE NULL
        END <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_1"
    FROM
      "c1_2" AS "t"
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
      "i"."investment" AS "i.investment",
      "i"."started" AS "i.started",
      "i"."completed" AS "i.completed"
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
        WHEN "t"."i.investment" >= CAST(5000000 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(10000 AS DECIMAL(5, 0)) AS DECIMAL(5, 0)) AS "_x1"
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
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                    )
                  ) AS DECIMAL(7, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                          )
                        ) AS DECIMAL(7, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                            )
                          ) AS DECIMAL(7, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                            )
                          ) AS DECIMAL(7, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(8, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(9, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                  )
                ) AS DECIMAL(7, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                        )
                      ) AS DECIMAL(7, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                          )
                        ) AS DECIMAL(7, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(6, 0)
                          )
                        ) AS DECIMAL(7, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(8, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(9, 0)
          )
        END AS DECIMAL(9, 0)
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
      CASE
        WHEN ("t"."_k2" = 0)
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN 2
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c2_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN 2
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN 2
            ELSE "t"."_k2"
          END = 0
        )
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c2_pay" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."position" AS "position",
      CAST(NULL AS DECIMAL(1, 0)) AS "_pay_share_0",
      NULL AS "_pay_text_0",
      CAST("t"."i.started" AS DATE) AS "_pay_due_0",
      CASE
        WHEN "t"."i.started" IS NULL THEN 'awaiting'
        WHEN "t"."i.started" <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_0",
      CAST(NULL AS DECIMAL(2, 0)) AS "_pay_share_1",
      NULL AS "_pay_text_1",
      CAST(
        CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END AS DATE
      ) AS "_pay_due_1",
      CASE
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END IS NULL THEN 'awaiting'
        WHEN CASE
          WHEN CASE
            WHEN "t"."i.completed" IS NULL THEN 1
            ELSE 0
          END = 0 THEN "t"."i.completed"
          ELSE NULL
        END <= "t"."f.applicationDate" THEN 'payable'
        ELSE 'scheduled'
      END AS "_pay_status_1"
    FROM
      "c2_2" AS "t"
  ),
  "items_0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(24, 0)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(24, 0)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(24, 0)) AS "amount"
    FROM
      "c2" AS "t"
  ),
  "items_1" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."code" = 0)
        AND "t"."clause" IN (0, 1, 2) THEN CASE
          WHEN CAST(
            CAST(3000000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(31, 0)
          ) <= CAST(0 AS DECIMAL(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND "t"."clause" IN (0, 1, 2) THEN CASE
            WHEN CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(31, 0)
            ) <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
            WHEN CAST("t"."amount" AS DECIMAL(31, 0)) <= CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(31, 0)
            ) THEN CAST("t"."amount" AS DECIMAL(31, 0))
            ELSE CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(31, 0)
            )
          END
          ELSE "t"."amount"
        END AS DECIMAL(24, 0)
      ) AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CAST(
            COALESCE(
              SUM(
                CASE
                  WHEN ("t"."code" = 0)
                  AND "t"."clause" IN (0, 1, 2) THEN "t"."amount"
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END
              ) OVER (
                PARTITION BY
                  "t"."applicant"
                ORDER BY
                  "t"."clause",
                  "t"."position" ROWS BETWEEN UNBOUNDED PRECEDING
                  AND 1 PRECEDING
              ),
              CAST(0 AS DECIMAL(1, 0))
            ) AS DECIMAL(30, 0)
          ) AS "_before"
        FROM
          "items_0" AS "t"
      ) AS "t"
      INNER JOIN "facts" AS "f" ON "f"."applicant" = "t"."applicant"
  ),
  "totals" AS (
    SELECT
      "t"."applicant" AS "applicant",
      SUM(
        CASE
          WHEN "t"."clause" IN (0, 1, 2) THEN CAST("t"."amount" AS DECIMAL(26, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."amount" AS DECIMAL(26, 2))) AS "up_to_total"
    FROM
      "items_1" AS "t"
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
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "facts" AS "t"
  LEFT JOIN "totals" AS "s" ON "s"."applicant" = "t"."applicant"
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
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'thirds'
      WHEN "t"."clause" = 1 THEN 'known'
      WHEN "t"."clause" = 2 THEN 'pendingShare'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(
    CAST("t"."amount" AS DECIMAL(26, 2)) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'exact'
      WHEN "t"."clause" = 1 THEN 'exact'
      WHEN "t"."clause" = 2 THEN 'exact'
    END AS VARCHAR
  ) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."code" = 0
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
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'thirds'
      WHEN "t"."clause" = 1 THEN 'known'
      WHEN "t"."clause" = 2 THEN 'pendingShare'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(
    CASE
      WHEN "t"."code" = 2 THEN '比例待定'
    END AS VARCHAR
  ) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."code" >= 2
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('funding' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN "t"."clause" = 0 THEN CAST(
          CAST(
            CAST(
              CAST(
                (
                  CAST(
                    CAST(
                      CAST(
                        "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                    ) AS DECIMAL(26, 0)
                  ) - MOD(
                    CAST(
                      CAST(
                        CAST(
                          "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) AS DECIMAL(26, 0)
                    ),
                    CAST(3 AS DECIMAL(1, 0))
                  )
                ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
              ) + CASE
                WHEN (
                  (
                    CAST(2 AS DECIMAL(1, 0)) * (
                      CAST(
                        CAST(
                          CAST(
                            "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) AS DECIMAL(26, 0)
                      ) - (
                        CAST(
                          (
                            CAST(
                              CAST(
                                CAST(
                                  "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) AS DECIMAL(26, 0)
                            ) - MOD(
                              CAST(
                                CAST(
                                  CAST(
                                    "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) AS DECIMAL(26, 0)
                              ),
                              CAST(3 AS DECIMAL(1, 0))
                            )
                          ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                        ) * CAST(3 AS DECIMAL(1, 0))
                      )
                    )
                  ) > CAST(3 AS DECIMAL(1, 0))
                )
                OR (
                  (
                    (
                      CAST(2 AS DECIMAL(1, 0)) * (
                        CAST(
                          CAST(
                            CAST(
                              "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) AS DECIMAL(26, 0)
                        ) - (
                          CAST(
                            (
                              CAST(
                                CAST(
                                  CAST(
                                    "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) AS DECIMAL(26, 0)
                              ) - MOD(
                                CAST(
                                  CAST(
                                    CAST(
                                      "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) AS DECIMAL(26, 0)
                                ),
                                CAST(3 AS DECIMAL(1, 0))
                              )
                            ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                          ) * CAST(3 AS DECIMAL(1, 0))
                        )
                      )
                    ) = CAST(3 AS DECIMAL(1, 0))
                  )
                  AND (
                    MOD(
                      CAST(
                        (
                          CAST(
                            CAST(
                              CAST(
                                "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) AS DECIMAL(26, 0)
                          ) - MOD(
                            CAST(
                              CAST(
                                CAST(
                                  "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) AS DECIMAL(26, 0)
                            ),
                            CAST(3 AS DECIMAL(1, 0))
                          )
                        ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(27, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
          ) AS DECIMAL(25, 0)
        )
      END AS DECIMAL(27, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'province'
    END AS VARCHAR
  ) AS "payer",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN '1/3'
    END AS VARCHAR
  ) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."clause" IN (0)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('funding' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'province'
    END AS VARCHAR
  ) AS "payer",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN '1/3'
    END AS VARCHAR
  ) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."clause" IN (0)
  AND ("t"."code" >= 2)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('funding' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(2 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN "t"."clause" = 0 THEN CAST(
          CAST(
            "t"."amount" - CAST(
              CAST(0 AS DECIMAL(1, 0)) + CAST(
                CAST(
                  CAST(
                    (
                      CAST(
                        CAST(
                          CAST(
                            "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) AS DECIMAL(26, 0)
                      ) - MOD(
                        CAST(
                          CAST(
                            CAST(
                              "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) AS DECIMAL(26, 0)
                        ),
                        CAST(3 AS DECIMAL(1, 0))
                      )
                    ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                  ) + CASE
                    WHEN (
                      (
                        CAST(2 AS DECIMAL(1, 0)) * (
                          CAST(
                            CAST(
                              CAST(
                                "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) AS DECIMAL(26, 0)
                          ) - (
                            CAST(
                              (
                                CAST(
                                  CAST(
                                    CAST(
                                      "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) AS DECIMAL(26, 0)
                                ) - MOD(
                                  CAST(
                                    CAST(
                                      CAST(
                                        "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                    ) AS DECIMAL(26, 0)
                                  ),
                                  CAST(3 AS DECIMAL(1, 0))
                                )
                              ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                            ) * CAST(3 AS DECIMAL(1, 0))
                          )
                        )
                      ) > CAST(3 AS DECIMAL(1, 0))
                    )
                    OR (
                      (
                        (
                          CAST(2 AS DECIMAL(1, 0)) * (
                            CAST(
                              CAST(
                                CAST(
                                  "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) AS DECIMAL(26, 0)
                            ) - (
                              CAST(
                                (
                                  CAST(
                                    CAST(
                                      CAST(
                                        "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                    ) AS DECIMAL(26, 0)
                                  ) - MOD(
                                    CAST(
                                      CAST(
                                        CAST(
                                          "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                      ) AS DECIMAL(26, 0)
                                    ),
                                    CAST(3 AS DECIMAL(1, 0))
                                  )
                                ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                              ) * CAST(3 AS DECIMAL(1, 0))
                            )
                          )
                        ) = CAST(3 AS DECIMAL(1, 0))
                      )
                      AND (
                        MOD(
                          CAST(
                            (
                              CAST(
                                CAST(
                                  CAST(
                                    "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) AS DECIMAL(26, 0)
                              ) - MOD(
                                CAST(
                                  CAST(
                                    CAST(
                                      "t"."amount" * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
                                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) AS DECIMAL(26, 0)
                                ),
                                CAST(3 AS DECIMAL(1, 0))
                              )
                            ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                          ),
                          CAST(2 AS DECIMAL(1, 0))
                        ) = 1
                      )
                    ) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(27, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
              ) AS DECIMAL(29, 0)
            ) AS DECIMAL(30, 0)
          ) AS DECIMAL(25, 0)
        )
      END AS DECIMAL(27, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'city'
    END AS VARCHAR
  ) AS "payer",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN '2/3'
    END AS VARCHAR
  ) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."clause" IN (0)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('funding' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(2 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'city'
    END AS VARCHAR
  ) AS "payer",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN '2/3'
    END AS VARCHAR
  ) AS "share",
  CAST(NULL AS VARCHAR) AS "milestone",
  CAST(NULL AS DATE) AS "due",
  CAST(NULL AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
WHERE
  "t"."clause" IN (0)
  AND ("t"."code" >= 2)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1001 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN CAST(
          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
        ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
          CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                  )
                ) AS DECIMAL(26, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ) AS DECIMAL(4, 3)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          )
                        ) AS DECIMAL(26, 0)
                      ) AS DECIMAL(4, 3)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          )
                        ) AS DECIMAL(26, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(27, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
          )
        )
        ELSE CAST(
          CAST(
            CAST(
              FLOOR(
                CAST(
                  ABS(
                    CAST(
                      "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                    )
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                )
              ) AS DECIMAL(26, 0)
            ) + CASE
              WHEN (
                CAST(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      )
                    ) AS DECIMAL(26, 0)
                  ) AS DECIMAL(4, 3)
                ) > CAST(0.5 AS DECIMAL(1, 1))
              )
              OR (
                (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ) AS DECIMAL(4, 3)
                  ) = CAST(0.5 AS DECIMAL(1, 1))
                )
                AND (
                  MOD(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ),
                    CAST(2 AS DECIMAL(1, 0))
                  ) = 1
                )
              ) THEN CAST(1 AS DECIMAL(1, 0))
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(27, 0)
          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
        )
      END AS DECIMAL(30, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_0" AS VARCHAR) AS "share",
  CAST('开工' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_0" AS DATE) AS "due",
  CAST("p"."_pay_status_0" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c0_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 0)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1002 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN CAST(
          "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
        ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
          CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                  )
                ) AS DECIMAL(26, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ) AS DECIMAL(4, 3)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          )
                        ) AS DECIMAL(26, 0)
                      ) AS DECIMAL(4, 3)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          )
                        ) AS DECIMAL(26, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(27, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
          )
        )
        ELSE CAST(
          CAST(
            CAST(
              FLOOR(
                CAST(
                  ABS(
                    CAST(
                      "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                    )
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                )
              ) AS DECIMAL(26, 0)
            ) + CASE
              WHEN (
                CAST(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      )
                    ) AS DECIMAL(26, 0)
                  ) AS DECIMAL(4, 3)
                ) > CAST(0.5 AS DECIMAL(1, 1))
              )
              OR (
                (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ) AS DECIMAL(4, 3)
                  ) = CAST(0.5 AS DECIMAL(1, 1))
                )
                AND (
                  MOD(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ),
                    CAST(2 AS DECIMAL(1, 0))
                  ) = 1
                )
              ) THEN CAST(1 AS DECIMAL(1, 0))
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(27, 0)
          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
        )
      END AS DECIMAL(30, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_1" AS VARCHAR) AS "share",
  CAST('次年' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_1" AS DATE) AS "due",
  CAST("p"."_pay_status_1" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c0_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 0)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1003 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CAST(
        "t"."amount" - CAST(
          CAST(
            CAST(0 AS DECIMAL(1, 0)) + CASE
              WHEN CAST(
                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
              ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
                CAST(
                  CAST(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        )
                      ) AS DECIMAL(26, 0)
                    ) + CASE
                      WHEN (
                        CAST(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                              )
                            ) AS DECIMAL(26, 0)
                          ) AS DECIMAL(4, 3)
                        ) > CAST(0.5 AS DECIMAL(1, 1))
                      )
                      OR (
                        (
                          CAST(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                            ) - CAST(
                              FLOOR(
                                CAST(
                                  ABS(
                                    CAST(
                                      "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                    )
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                                )
                              ) AS DECIMAL(26, 0)
                            ) AS DECIMAL(4, 3)
                          ) = CAST(0.5 AS DECIMAL(1, 1))
                        )
                        AND (
                          MOD(
                            CAST(
                              FLOOR(
                                CAST(
                                  ABS(
                                    CAST(
                                      "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                    )
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                                )
                              ) AS DECIMAL(26, 0)
                            ),
                            CAST(2 AS DECIMAL(1, 0))
                          ) = 1
                        )
                      ) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(27, 0)
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
                )
              )
              ELSE CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      )
                    ) AS DECIMAL(26, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                            )
                          ) AS DECIMAL(26, 0)
                        ) AS DECIMAL(4, 3)
                      ) > CAST(0.5 AS DECIMAL(1, 1))
                    )
                    OR (
                      (
                        CAST(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                              )
                            ) AS DECIMAL(26, 0)
                          ) AS DECIMAL(4, 3)
                        ) = CAST(0.5 AS DECIMAL(1, 1))
                      )
                      AND (
                        MOD(
                          CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(27, 3)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                              )
                            ) AS DECIMAL(26, 0)
                          ),
                          CAST(2 AS DECIMAL(1, 0))
                        ) = 1
                      )
                    ) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(27, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
              )
            END AS DECIMAL(29, 0)
          ) + CASE
            WHEN CAST(
              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
            ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      )
                    ) AS DECIMAL(26, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                            )
                          ) AS DECIMAL(26, 0)
                        ) AS DECIMAL(4, 3)
                      ) > CAST(0.5 AS DECIMAL(1, 1))
                    )
                    OR (
                      (
                        CAST(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                              )
                            ) AS DECIMAL(26, 0)
                          ) AS DECIMAL(4, 3)
                        ) = CAST(0.5 AS DECIMAL(1, 1))
                      )
                      AND (
                        MOD(
                          CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                              )
                            ) AS DECIMAL(26, 0)
                          ),
                          CAST(2 AS DECIMAL(1, 0))
                        ) = 1
                      )
                    ) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(27, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
              )
            )
            ELSE CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                    )
                  ) AS DECIMAL(26, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                          )
                        ) AS DECIMAL(26, 0)
                      ) AS DECIMAL(4, 3)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                            )
                          ) AS DECIMAL(26, 0)
                        ) AS DECIMAL(4, 3)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_1" AS DECIMAL(27, 3)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 3)
                            )
                          ) AS DECIMAL(26, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(27, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 0)
            )
          END AS DECIMAL(30, 0)
        ) AS DECIMAL(31, 0)
      ) AS DECIMAL(33, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_2" AS VARCHAR) AS "share",
  CAST('竣工' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_2" AS DATE) AS "due",
  CAST("p"."_pay_status_2" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c0_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 0)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1001 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN CAST(
          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
        ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
          CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                  )
                ) AS DECIMAL(30, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                        )
                      ) AS DECIMAL(30, 0)
                    ) AS DECIMAL(9, 8)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                          )
                        ) AS DECIMAL(30, 0)
                      ) AS DECIMAL(9, 8)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                          )
                        ) AS DECIMAL(30, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(31, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(32, 0)
          )
        )
        ELSE CAST(
          CAST(
            CAST(
              FLOOR(
                CAST(
                  ABS(
                    CAST(
                      "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                    )
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                )
              ) AS DECIMAL(30, 0)
            ) + CASE
              WHEN (
                CAST(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                      )
                    ) AS DECIMAL(30, 0)
                  ) AS DECIMAL(9, 8)
                ) > CAST(0.5 AS DECIMAL(1, 1))
              )
              OR (
                (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                        )
                      ) AS DECIMAL(30, 0)
                    ) AS DECIMAL(9, 8)
                  ) = CAST(0.5 AS DECIMAL(1, 1))
                )
                AND (
                  MOD(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                        )
                      ) AS DECIMAL(30, 0)
                    ),
                    CAST(2 AS DECIMAL(1, 0))
                  ) = 1
                )
              ) THEN CAST(1 AS DECIMAL(1, 0))
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(31, 0)
          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(32, 0)
        )
      END AS DECIMAL(34, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_0" AS VARCHAR) AS "share",
  CAST('竣工' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_0" AS DATE) AS "due",
  CAST("p"."_pay_status_0" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c1_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 1)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1002 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CAST(
        "t"."amount" - CAST(
          CAST(0 AS DECIMAL(1, 0)) + CASE
            WHEN CAST(
              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
            ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                      )
                    ) AS DECIMAL(30, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                            )
                          ) AS DECIMAL(30, 0)
                        ) AS DECIMAL(9, 8)
                      ) > CAST(0.5 AS DECIMAL(1, 1))
                    )
                    OR (
                      (
                        CAST(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                              )
                            ) AS DECIMAL(30, 0)
                          ) AS DECIMAL(9, 8)
                        ) = CAST(0.5 AS DECIMAL(1, 1))
                      )
                      AND (
                        MOD(
                          CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                              )
                            ) AS DECIMAL(30, 0)
                          ),
                          CAST(2 AS DECIMAL(1, 0))
                        ) = 1
                      )
                    ) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(31, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(32, 0)
              )
            )
            ELSE CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                    )
                  ) AS DECIMAL(30, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                          )
                        ) AS DECIMAL(30, 0)
                      ) AS DECIMAL(9, 8)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                            )
                          ) AS DECIMAL(30, 0)
                        ) AS DECIMAL(9, 8)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(36, 8)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(37, 8)
                            )
                          ) AS DECIMAL(30, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(31, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(32, 0)
            )
          END AS DECIMAL(33, 0)
        ) AS DECIMAL(34, 0)
      ) AS DECIMAL(36, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_1" AS VARCHAR) AS "share",
  CAST('半年后' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_1" AS DATE) AS "due",
  CAST("p"."_pay_status_1" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c1_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 1)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1001 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CASE
        WHEN CAST(
          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
        ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
          CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                  )
                ) AS DECIMAL(27, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        )
                      ) AS DECIMAL(27, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          )
                        ) AS DECIMAL(27, 0)
                      ) AS DECIMAL(1, 0)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          )
                        ) AS DECIMAL(27, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
          )
        )
        ELSE CAST(
          CAST(
            CAST(
              FLOOR(
                CAST(
                  ABS(
                    CAST(
                      "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                    )
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                )
              ) AS DECIMAL(27, 0)
            ) + CASE
              WHEN (
                CAST(
                  CAST(
                    ABS(
                      CAST(
                        "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                      )
                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      )
                    ) AS DECIMAL(27, 0)
                  ) AS DECIMAL(1, 0)
                ) > CAST(0.5 AS DECIMAL(1, 1))
              )
              OR (
                (
                  CAST(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        )
                      ) AS DECIMAL(27, 0)
                    ) AS DECIMAL(1, 0)
                  ) = CAST(0.5 AS DECIMAL(1, 1))
                )
                AND (
                  MOD(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        )
                      ) AS DECIMAL(27, 0)
                    ),
                    CAST(2 AS DECIMAL(1, 0))
                  ) = 1
                )
              ) THEN CAST(1 AS DECIMAL(1, 0))
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(28, 0)
          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
        )
      END AS DECIMAL(31, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_0" AS VARCHAR) AS "share",
  CAST('开工' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_0" AS DATE) AS "due",
  CAST("p"."_pay_status_0" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c2_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 2)
  AND ("t"."code" = 0)
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('instalment' AS VARCHAR) AS "kind",
  CAST(
    1 + (CAST("t"."phase" AS BIGINT) * 1000000000000) + (CAST("t"."clause" AS BIGINT) * 1000000000) + CAST("t"."position" AS BIGINT) AS BIGINT
  ) AS "seq",
  CAST(1002 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS DECIMAL(38, 2)) AS "total",
  CAST(NULL AS DECIMAL(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(NULL AS VARCHAR) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(
    CAST(
      CAST(
        "t"."amount" - CAST(
          CAST(0 AS DECIMAL(1, 0)) + CASE
            WHEN CAST(
              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
            ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      )
                    ) AS DECIMAL(27, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            )
                          ) AS DECIMAL(27, 0)
                        ) AS DECIMAL(1, 0)
                      ) > CAST(0.5 AS DECIMAL(1, 1))
                    )
                    OR (
                      (
                        CAST(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              )
                            ) AS DECIMAL(27, 0)
                          ) AS DECIMAL(1, 0)
                        ) = CAST(0.5 AS DECIMAL(1, 1))
                      )
                      AND (
                        MOD(
                          CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              )
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(2 AS DECIMAL(1, 0))
                        ) = 1
                      )
                    ) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(28, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
              )
            )
            ELSE CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(
                        CAST(
                          "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                    )
                  ) AS DECIMAL(27, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS(
                          CAST(
                            "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          )
                        ) AS DECIMAL(27, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS(
                            CAST(
                              "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            )
                          ) AS DECIMAL(27, 0)
                        ) AS DECIMAL(1, 0)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  "t"."amount" * "p"."_pay_share_0" AS DECIMAL(25, 0)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            )
                          ) AS DECIMAL(27, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(28, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
            )
          END AS DECIMAL(30, 0)
        ) AS DECIMAL(31, 0)
      ) AS DECIMAL(33, 2)
    ) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST("p"."_pay_text_1" AS VARCHAR) AS "share",
  CAST('竣工' AS VARCHAR) AS "milestone",
  CAST("p"."_pay_due_1" AS DATE) AS "due",
  CAST("p"."_pay_status_1" AS VARCHAR) AS "status"
FROM
  "items_1" AS "t"
  INNER JOIN "c2_pay" AS "p" ON ("p"."applicant" = "t"."applicant")
  AND ("p"."position" = "t"."position")
WHERE
  ("t"."clause" = 2)
  AND ("t"."code" = 0)
ORDER BY
  "applicant",
  "seq",
  "part";
