CREATE TABLE "applicants" (
  "applicant" BIGINT NOT NULL,
  "company.interest" DECIMAL(24, 4) NOT NULL,
  "company.equipment" DECIMAL(24, 4)
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "id" VARCHAR NOT NULL,
  "invest" DECIMAL(24, 4) NOT NULL,
  "kind" VARCHAR NOT NULL
);

CREATE TABLE "applicants_entries" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "id" VARCHAR NOT NULL,
  "project" VARCHAR NOT NULL,
  "level" VARCHAR NOT NULL,
  "score" DECIMAL(3, 0) NOT NULL,
  "year" DECIMAL(4, 0)
);

WITH
  "facts" AS (
    SELECT
      "a".*,
      TRUE AS "_in_force"
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
      "i"."invest" AS "i.invest"
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
          CAST(0.1 AS DECIMAL(1, 1)) * "t"."i.invest" AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
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
          WHEN "t"."_x1" > CAST(500000 AS DECIMAL(25, 5)) THEN CAST(500000 AS DECIMAL(25, 5))
          ELSE "t"."_x1"
        END AS DECIMAL(25, 5)
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
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(6, 5)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "i"."kind" AS "i.kind"
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
        WHEN "t"."i.kind" = 'a' THEN 0
        WHEN "t"."i.kind" = 'b' THEN 0
        ELSE 0
      END AS "_k1",
      CAST(
        CASE
          WHEN "t"."i.kind" = 'a' THEN CAST(100000 AS DECIMAL(6, 0))
          WHEN "t"."i.kind" = 'b' THEN CAST(500000 AS DECIMAL(6, 0))
          ELSE CAST(50000 AS DECIMAL(6, 0))
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
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                        )
                      ) AS DECIMAL(10, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                      )
                    ) AS DECIMAL(10, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
      "i"."invest" AS "i.invest"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c2_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.02 AS DECIMAL(2, 2)) * "t"."i.invest" AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
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
          WHEN "t"."_x1" > CAST(100000 AS DECIMAL(26, 6)) THEN CAST(100000 AS DECIMAL(26, 6))
          ELSE "t"."_x1"
        END AS DECIMAL(26, 6)
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
          WHEN "t"."_x2" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(7, 6)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(7, 6)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
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
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c3_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.equipment" AS "f.company.equipment"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c3_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.equipment" IS NULL THEN 1
        ELSE 0
      END AS "_k1",
      CAST(
        CAST(
          CAST(0.1 AS DECIMAL(1, 1)) * "t"."f.company.equipment" AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
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
          WHEN "t"."_x1" > CAST(200000 AS DECIMAL(25, 5)) THEN CAST(200000 AS DECIMAL(25, 5))
          ELSE "t"."_x1"
        END AS DECIMAL(25, 5)
      ) AS "_x2"
    FROM
      "c3_1" AS "t"
  ),
  "c3_3" AS (
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
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(6, 5)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS "_x3"
    FROM
      "c3_2" AS "t"
  ),
  "c3" AS (
    SELECT
      "t"."applicant" AS "applicant",
      3 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c3_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c4_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.interest" AS "f.company.interest"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c4_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.5 AS DECIMAL(1, 1)) * "t"."f.company.interest" AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS "_x1"
    FROM
      "c4_in" AS "t"
  ),
  "c4_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" > CAST(200000 AS DECIMAL(25, 5)) THEN CAST(200000 AS DECIMAL(25, 5))
          ELSE "t"."_x1"
        END AS DECIMAL(25, 5)
      ) AS "_x2"
    FROM
      "c4_1" AS "t"
  ),
  "c4_3" AS (
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
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(6, 5)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS "_x3"
    FROM
      "c4_2" AS "t"
  ),
  "c4" AS (
    SELECT
      "t"."applicant" AS "applicant",
      4 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c4_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c5_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.interest" AS "f.company.interest"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c5_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.interest" > CAST(0 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(200000 AS DECIMAL(6, 0)) AS DECIMAL(6, 0)) AS "_x1"
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
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    )
                  ) AS DECIMAL(10, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                        )
                      ) AS DECIMAL(10, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                      )
                    ) AS DECIMAL(10, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(11, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(13, 2)
          )
        END AS DECIMAL(13, 2)
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
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "i"."level" AS "i.level",
      "i"."project" AS "i.project"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_entries" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c6_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."i.level" = 'national' THEN 0
        WHEN "t"."i.level" = 'province' THEN 0
        ELSE 0
      END AS "_k1",
      CAST(
        CASE
          WHEN "t"."i.level" = 'national' THEN CAST(200000 AS DECIMAL(6, 0))
          WHEN "t"."i.level" = 'province' THEN CAST(100000 AS DECIMAL(6, 0))
          ELSE CAST(50000 AS DECIMAL(6, 0))
        END AS DECIMAL(6, 0)
      ) AS "_x1"
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
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    )
                  ) AS DECIMAL(10, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                        )
                      ) AS DECIMAL(10, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(9, 0)
                      )
                    ) AS DECIMAL(10, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(11, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(13, 2)
          )
        END AS DECIMAL(13, 2)
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
  "c6_one" AS (
    SELECT
      "t"."applicant" AS "applicant",
      6 AS "clause",
      "t"."position" AS "position",
      "t"."i.project" AS "_one"
    FROM
      "c6_2" AS "t"
  ),
  "c7_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "i"."score" AS "i.score",
      "i"."year" AS "i.year"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_entries" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c7_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(2000 AS DECIMAL(4, 0)) * "t"."i.score" AS DECIMAL(7, 0)
        ) AS DECIMAL(7, 0)
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
          WHEN "t"."_x1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                    )
                  ) AS DECIMAL(11, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                        )
                      ) AS DECIMAL(11, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(12, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(14, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                  )
                ) AS DECIMAL(11, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                      )
                    ) AS DECIMAL(11, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(12, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(14, 2)
          )
        END AS DECIMAL(14, 2)
      ) AS "_x2"
    FROM
      "c7_1" AS "t"
  ),
  "c7" AS (
    SELECT
      "t"."applicant" AS "applicant",
      7 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      CASE
        WHEN ("t"."_k2" = 0)
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
        AND (
          CASE
            WHEN "t"."i.year" IS NULL THEN 1
            ELSE 0
          END < 0
        ) THEN CASE
          WHEN "t"."i.year" IS NULL THEN 1
          ELSE 0
        END
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c7_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
          AND (
            CASE
              WHEN "t"."i.year" IS NULL THEN 1
              ELSE 0
            END < 0
          ) THEN CASE
            WHEN "t"."i.year" IS NULL THEN 1
            ELSE 0
          END
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
            AND (
              CASE
                WHEN "t"."i.year" IS NULL THEN 1
                ELSE 0
              END < 0
            ) THEN CASE
              WHEN "t"."i.year" IS NULL THEN 1
              ELSE 0
            END
            ELSE "t"."_k2"
          END = 0
        )
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c7_one" AS (
    SELECT
      "t"."applicant" AS "applicant",
      7 AS "clause",
      "t"."position" AS "position",
      CASE
        WHEN CASE
          WHEN "t"."i.year" IS NULL THEN 1
          ELSE 0
        END = 0 THEN CAST(CAST("t"."i.year" AS DECIMAL(4, 0)) AS VARCHAR)
        ELSE NULL
      END AS "_one"
    FROM
      "c7_2" AS "t"
  ),
  "c9_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      "i"."invest" AS "i.invest"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c9_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.01 AS DECIMAL(2, 2)) * "t"."i.invest" AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
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
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(7, 6)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(7, 6)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
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
  "c8_aw9" AS (
    SELECT
      "t".*
    FROM
      (
        SELECT
          "t"."applicant" AS "applicant",
          "t"."item" AS "item",
          CAST(
            CASE
              WHEN ("t"."_k2" = 0)
              AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0))) THEN "t"."_x2"
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(27, 2)
          ) AS "v",
          CASE
            WHEN "t"."_k2" >= 2 THEN "t"."_k2"
            ELSE 0
          END AS "k",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "t"."item"
            ORDER BY
              "t"."position" DESC
          ) AS "_last"
        FROM
          "c9_2" AS "t"
      ) AS "t"
    WHERE
      "t"."_last" = 1
  ),
  "c8_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS VARCHAR)
      END AS "item",
      CAST(
        COALESCE("aw9"."v", CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(27, 2)
      ) AS "aw9.v",
      COALESCE("aw9"."k", 0) AS "aw9.k"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
      LEFT JOIN "c8_aw9" AS "aw9" ON ("aw9"."applicant" = "f"."applicant")
      AND (
        "aw9"."item" = CASE
          WHEN "i"."id" IS NOT NULL
          AND ("i"."id" <> '') THEN "i"."id"
          ELSE '#' || CAST("i"."position" AS VARCHAR)
        END
      )
    WHERE
      "f"."_in_force"
  ),
  "c8_1" AS (
    SELECT
      "t".*,
      "t"."aw9.k" AS "_k1",
      CAST(
        CAST(
          CAST(1 AS DECIMAL(1, 0)) * "t"."aw9.v" AS DECIMAL(28, 2)
        ) AS DECIMAL(28, 2)
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
          WHEN "t"."_x1" > CAST(30000 AS DECIMAL(28, 2)) THEN CAST(30000 AS DECIMAL(28, 2))
          ELSE "t"."_x1"
        END AS DECIMAL(28, 2)
      ) AS "_x2"
    FROM
      "c8_1" AS "t"
  ),
  "c8_3" AS (
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
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                    )
                  ) AS DECIMAL(30, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                        )
                      ) AS DECIMAL(30, 0)
                    ) AS DECIMAL(3, 2)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(31, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(33, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                  )
                ) AS DECIMAL(30, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 2)
                      )
                    ) AS DECIMAL(30, 0)
                  ) AS DECIMAL(3, 2)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(31, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(33, 2)
          )
        END AS DECIMAL(33, 2)
      ) AS "_x3"
    FROM
      "c8_2" AS "t"
  ),
  "c8" AS (
    SELECT
      "t"."applicant" AS "applicant",
      8 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c8_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS DECIMAL(1, 0)))
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
    FROM
      "c9" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      0 AS "phase",
      "t"."code" AS "code",
      CAST("t"."amount" AS DECIMAL(33, 2)) AS "amount"
    FROM
      "c8" AS "t"
  ),
  "excluded_1" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."_rank" > 1) THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CASE
            WHEN ("t"."code" = 0)
            AND "t"."clause" IN (0, 1) THEN 1
            ELSE 0
          END AS "_cand",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "t"."item",
              CASE
                WHEN ("t"."code" = 0)
                AND "t"."clause" IN (0, 1) THEN 1
                ELSE 0
              END
            ORDER BY
              "t"."amount" DESC,
              "t"."clause",
              "t"."position"
          ) AS "_rank"
        FROM
          "items_0" AS "t"
      ) AS "t"
  ),
  "excluded_2" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."clause" <> "t"."_best") THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          FIRST_VALUE ("t"."clause") OVER (
            PARTITION BY
              "t"."applicant",
              "t"."_cand"
            ORDER BY
              "t"."_sum" DESC,
              CASE
                WHEN "t"."clause" = 3 THEN 0
                WHEN "t"."clause" = 2 THEN 1
                ELSE NULL
              END
          ) AS "_best"
        FROM
          (
            SELECT
              "t".*,
              CASE
                WHEN ("t"."code" = 0)
                AND "t"."clause" IN (3, 2) THEN 1
                ELSE 0
              END AS "_cand",
              CAST(
                SUM(
                  CASE
                    WHEN CASE
                      WHEN ("t"."code" = 0)
                      AND "t"."clause" IN (3, 2) THEN 1
                      ELSE 0
                    END = 1 THEN "t"."amount"
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END
                ) OVER (
                  PARTITION BY
                    "t"."applicant",
                    "t"."clause"
                ) AS DECIMAL(38, 2)
              ) AS "_sum"
            FROM
              "excluded_1" AS "t"
          ) AS "t"
      ) AS "t"
  ),
  "excluded_3" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."clause" <> "t"."_best") THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          FIRST_VALUE ("t"."clause") OVER (
            PARTITION BY
              "t"."applicant",
              "t"."_cand"
            ORDER BY
              "t"."_sum" DESC,
              CASE
                WHEN "t"."clause" = 4 THEN 0
                WHEN "t"."clause" = 5 THEN 1
                ELSE NULL
              END
          ) AS "_best"
        FROM
          (
            SELECT
              "t".*,
              CASE
                WHEN ("t"."code" = 0)
                AND "t"."clause" IN (4, 5) THEN 1
                ELSE 0
              END AS "_cand",
              CAST(
                SUM(
                  CASE
                    WHEN CASE
                      WHEN ("t"."code" = 0)
                      AND "t"."clause" IN (4, 5) THEN 1
                      ELSE 0
                    END = 1 THEN "t"."amount"
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END
                ) OVER (
                  PARTITION BY
                    "t"."applicant",
                    "t"."clause"
                ) AS DECIMAL(38, 2)
              ) AS "_sum"
            FROM
              "excluded_2" AS "t"
          ) AS "t"
      ) AS "t"
  ),
  "excluded_4" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."_rank" > 1) THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CASE
            WHEN ("t"."code" = 0)
            AND ("t"."clause" = 6)
            AND "o"."_one" IS NOT NULL THEN 1
            ELSE 0
          END AS "_cand",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "o"."_one",
              CASE
                WHEN ("t"."code" = 0)
                AND ("t"."clause" = 6)
                AND "o"."_one" IS NOT NULL THEN 1
                ELSE 0
              END
            ORDER BY
              "t"."amount" DESC,
              "t"."position"
          ) AS "_rank"
        FROM
          "excluded_3" AS "t"
          LEFT JOIN "c6_one" AS "o" ON ("t"."clause" = 6)
          AND ("o"."applicant" = "t"."applicant")
          AND ("o"."position" = "t"."position")
      ) AS "t"
  ),
  "excluded_5" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."_rank" > 1) THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CASE
            WHEN ("t"."code" = 0)
            AND ("t"."clause" = 7)
            AND "o"."_one" IS NOT NULL THEN 1
            ELSE 0
          END AS "_cand",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "o"."_one",
              CASE
                WHEN ("t"."code" = 0)
                AND ("t"."clause" = 7)
                AND "o"."_one" IS NOT NULL THEN 1
                ELSE 0
              END
            ORDER BY
              "t"."amount" DESC,
              "t"."position"
          ) AS "_rank"
        FROM
          "excluded_4" AS "t"
          LEFT JOIN "c7_one" AS "o" ON ("t"."clause" = 7)
          AND ("o"."applicant" = "t"."applicant")
          AND ("o"."position" = "t"."position")
      ) AS "t"
  ),
  "excluded_6" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."_rank" > 1) THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CASE
            WHEN ("t"."code" = 0)
            AND "t"."clause" IN (6, 7) THEN 1
            ELSE 0
          END AS "_cand",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "t"."item",
              CASE
                WHEN ("t"."code" = 0)
                AND "t"."clause" IN (6, 7) THEN 1
                ELSE 0
              END
            ORDER BY
              "t"."amount" DESC,
              "t"."clause",
              "t"."position"
          ) AS "_rank"
        FROM
          "excluded_5" AS "t"
      ) AS "t"
  ),
  "excluded_7" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."_cand" = 1)
        AND ("t"."_rank" > 1) THEN 1
        ELSE "t"."code"
      END AS "code",
      "t"."amount" AS "amount"
    FROM
      (
        SELECT
          "t".*,
          CASE
            WHEN ("t"."code" = 0)
            AND "t"."clause" IN (8, 9) THEN 1
            ELSE 0
          END AS "_cand",
          ROW_NUMBER() OVER (
            PARTITION BY
              "t"."applicant",
              "t"."item",
              CASE
                WHEN ("t"."code" = 0)
                AND "t"."clause" IN (8, 9) THEN 1
                ELSE 0
              END
            ORDER BY
              "t"."amount" DESC,
              CASE
                WHEN "t"."clause" = 8 THEN 9
                WHEN "t"."clause" = 9 THEN 8
                ELSE NULL
              END,
              "t"."position"
          ) AS "_rank"
        FROM
          "excluded_6" AS "t"
      ) AS "t"
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
        AND "t"."clause" IN (0, 1) THEN CASE
          WHEN NOT (
            ABS("t"."_before") < CAST(
              100000000000000000000000000000000000 AS DECIMAL(36, 0)
            )
          ) THEN -1
          WHEN CASE
            WHEN ABS("t"."_before") < CAST(
              100000000000000000000000000000000000 AS DECIMAL(36, 0)
            ) THEN CAST(
              CAST(550000 AS DECIMAL(6, 0)) - CAST("t"."_before" AS DECIMAL(37, 2)) AS DECIMAL(38, 2)
            )
          END <= CAST(0 AS DECIMAL(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND "t"."clause" IN (0, 1) THEN CASE
            WHEN CASE
              WHEN ABS("t"."_before") < CAST(
                100000000000000000000000000000000000 AS DECIMAL(36, 0)
              ) THEN CAST(
                CAST(550000 AS DECIMAL(6, 0)) - CAST("t"."_before" AS DECIMAL(37, 2)) AS DECIMAL(38, 2)
              )
            END <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
            WHEN CAST("t"."amount" AS DECIMAL(38, 2)) <= CASE
              WHEN ABS("t"."_before") < CAST(
                100000000000000000000000000000000000 AS DECIMAL(36, 0)
              ) THEN CAST(
                CAST(550000 AS DECIMAL(6, 0)) - CAST("t"."_before" AS DECIMAL(37, 2)) AS DECIMAL(38, 2)
              )
            END THEN CAST("t"."amount" AS DECIMAL(38, 2))
            ELSE CASE
              WHEN ABS("t"."_before") < CAST(
                100000000000000000000000000000000000 AS DECIMAL(36, 0)
              ) THEN CAST(
                CAST(550000 AS DECIMAL(6, 0)) - CAST("t"."_before" AS DECIMAL(37, 2)) AS DECIMAL(38, 2)
              )
            END
          END
          ELSE "t"."amount"
        END AS DECIMAL(33, 2)
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
                  AND "t"."clause" IN (0, 1) THEN "t"."amount"
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
            ) AS DECIMAL(38, 2)
          ) AS "_before"
        FROM
          "excluded_7" AS "t"
      ) AS "t"
      INNER JOIN "facts" AS "f" ON "f"."applicant" = "t"."applicant"
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
          "items_1" AS "t"
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
          WHEN "t"."clause" IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) THEN CAST("t"."amount" AS DECIMAL(33, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."amount" AS DECIMAL(33, 2))) AS "up_to_total"
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
  CAST(NULL AS DATE) AS "application_date",
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
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 4
      WHEN "t"."clause" = 3 THEN 4
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 5
      WHEN "t"."clause" = 7 THEN 5
      WHEN "t"."clause" = 8 THEN 6
      WHEN "t"."clause" = 9 THEN 6
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'byInvest'
      WHEN "t"."clause" = 1 THEN 'byKind'
      WHEN "t"."clause" = 2 THEN 'rated'
      WHEN "t"."clause" = 3 THEN 'equipment'
      WHEN "t"."clause" = 4 THEN 'interest'
      WHEN "t"."clause" = 5 THEN 'flat'
      WHEN "t"."clause" = 6 THEN 'contest'
      WHEN "t"."clause" = 7 THEN 'scored'
      WHEN "t"."clause" = 8 THEN 'matched'
      WHEN "t"."clause" = 9 THEN 'base'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(
    CAST("t"."amount" AS DECIMAL(33, 2)) AS DECIMAL(38, 2)
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
  "items_1" AS "t"
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
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 4
      WHEN "t"."clause" = 3 THEN 4
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 5
      WHEN "t"."clause" = 7 THEN 5
      WHEN "t"."clause" = 8 THEN 6
      WHEN "t"."clause" = 9 THEN 6
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'byInvest'
      WHEN "t"."clause" = 1 THEN 'byKind'
      WHEN "t"."clause" = 2 THEN 'rated'
      WHEN "t"."clause" = 3 THEN 'equipment'
      WHEN "t"."clause" = 4 THEN 'interest'
      WHEN "t"."clause" = 5 THEN 'flat'
      WHEN "t"."clause" = 6 THEN 'contest'
      WHEN "t"."clause" = 7 THEN 'scored'
      WHEN "t"."clause" = 8 THEN 'matched'
      WHEN "t"."clause" = 9 THEN 'base'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share"
FROM
  "items_1" AS "t"
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
        WHEN "t"."clause" = 0 THEN 'art2.byInvest'
        WHEN "t"."clause" = 1 THEN 'art2.byKind'
        WHEN "t"."clause" = 2 THEN 'art4.rated'
        WHEN "t"."clause" = 3 THEN 'art4.equipment'
        WHEN "t"."clause" = 4 THEN 'art3.interest'
        WHEN "t"."clause" = 5 THEN 'art3.flat'
        WHEN "t"."clause" = 6 THEN 'art5.contest'
        WHEN "t"."clause" = 7 THEN 'art5.scored'
        WHEN "t"."clause" = 8 THEN 'art6.matched'
        WHEN "t"."clause" = 9 THEN 'art6.base'
      END
      ELSE ''
    END AS VARCHAR
  ) AS "clause",
  CAST(NULL AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(
    CASE
      WHEN "t"."code" = -1 THEN 'an amount exceeds the 38 digits that SQL decimals hold exactly'
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
