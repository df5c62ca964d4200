CREATE TABLE "applicants" (
  "applicant" BIGINT,
  "company.name" VARCHAR,
  "company.registered" DATE,
  "company.score" DECIMAL(1, 0)
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT,
  "position" INTEGER,
  "id" VARCHAR,
  "amount" DECIMAL(24, 4),
  "score" DECIMAL(2, 0),
  "kind" VARCHAR
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
      "i"."amount" AS "i.amount",
      "i"."score" AS "i.score",
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
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.1 AS DECIMAL(1, 1)) * "t"."i.amount" AS DECIMAL(25, 5)
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
  "c0_sel" AS (
    SELECT
      "t"."applicant" AS "applicant",
      0 AS "clause",
      "t"."position" AS "position",
      CASE
        WHEN CASE
          WHEN "t"."i.score" IS NULL THEN 1
          ELSE 0
        END = 0 THEN CAST(CAST("t"."i.score" AS DECIMAL(2, 0)) AS VARCHAR)
        ELSE NULL
      END AS "_sel_by",
      CASE
        WHEN CASE
          WHEN "t"."i.score" IS NULL THEN 1
          ELSE 0
        END = 0 THEN CAST("t"."i.score" AS DECIMAL(2, 0))
        ELSE NULL
      END AS "_sel_num",
      CASE
        WHEN CASE
          WHEN "t"."i.kind" IS NULL THEN 1
          ELSE 0
        END = 0 THEN "t"."i.kind"
        ELSE NULL
      END AS "_sel_per"
    FROM
      "c0_3" AS "t"
  ),
  "c1_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.registered" AS "f.company.registered"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c1_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(CAST(20000 AS DECIMAL(5, 0)) AS DECIMAL(5, 0)) AS "_x1"
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
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    )
                  ) AS DECIMAL(9, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                        )
                      ) AS DECIMAL(9, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(8, 0)
                      )
                    ) AS DECIMAL(9, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(10, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(12, 2)
          )
        END AS DECIMAL(12, 2)
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
  "c1_sel" AS (
    SELECT
      "t"."applicant" AS "applicant",
      1 AS "clause",
      "t"."position" AS "position",
      CASE
        WHEN CASE
          WHEN "t"."f.company.registered" IS NULL THEN 1
          ELSE 0
        END = 0 THEN CAST("t"."f.company.registered" AS VARCHAR)
        ELSE NULL
      END AS "_sel_by",
      NULL AS "_sel_num",
      CAST(NULL AS VARCHAR) AS "_sel_per"
    FROM
      "c1_2" AS "t"
  ),
  "c2_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.score" AS "f.company.score",
      "f"."company.name" AS "f.company.name"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c2_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.score" >= CAST(2 AS DECIMAL(1, 0)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(300000 AS DECIMAL(6, 0)) AS DECIMAL(6, 0)) AS "_x1"
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
  "c2_sel" AS (
    SELECT
      "t"."applicant" AS "applicant",
      2 AS "clause",
      "t"."position" AS "position",
      "t"."f.company.name" AS "_sel_by",
      NULL AS "_sel_num",
      CAST(NULL AS VARCHAR) AS "_sel_per"
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
      CAST("t"."amount" AS DECIMAL(27, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(27, 2)) AS "amount"
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
      CAST("t"."amount" AS DECIMAL(27, 2)) AS "amount"
    FROM
      "c2" AS "t"
  ),
  "sel_keys" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      CAST("t"."_sel_by" AS VARCHAR) AS "_sel_by",
      CAST("t"."_sel_num" AS DECIMAL(2, 0)) AS "_sel_num",
      CAST("t"."_sel_per" AS VARCHAR) AS "_sel_per"
    FROM
      "c0_sel" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      CAST("t"."_sel_by" AS VARCHAR) AS "_sel_by",
      CAST(NULL AS DECIMAL(2, 0)) AS "_sel_num",
      CAST("t"."_sel_per" AS VARCHAR) AS "_sel_per"
    FROM
      "c1_sel" AS "t"
    UNION ALL
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      CAST("t"."_sel_by" AS VARCHAR) AS "_sel_by",
      CAST(NULL AS DECIMAL(2, 0)) AS "_sel_num",
      CAST("t"."_sel_per" AS VARCHAR) AS "_sel_per"
    FROM
      "c2_sel" AS "t"
  ),
  "sel_ranked" AS (
    SELECT
      "t".*,
      "k"."_sel_by" AS "_sel_by",
      "k"."_sel_per" AS "_sel_per",
      CASE
        WHEN ("t"."code" = 0)
        AND "t"."clause" IN (0, 1, 2)
        AND "k"."_sel_by" IS NOT NULL
        AND (
          NOT ("t"."clause" IN (0))
          OR "k"."_sel_per" IS NOT NULL
        ) THEN 1
        ELSE 0
      END AS "_cand",
      ROW_NUMBER() OVER (
        PARTITION BY
          CASE
            WHEN ("t"."code" = 0)
            AND "t"."clause" IN (0, 1, 2)
            AND "k"."_sel_by" IS NOT NULL
            AND (
              NOT ("t"."clause" IN (0))
              OR "k"."_sel_per" IS NOT NULL
            ) THEN 1
            ELSE 0
          END,
          "t"."clause",
          "k"."_sel_per"
        ORDER BY
          CASE
            WHEN "t"."clause" IN (0) THEN "k"."_sel_num"
          END DESC,
          CASE
            WHEN "t"."clause" IN (1, 2) THEN "k"."_sel_by"
          END,
          "t"."applicant",
          "t"."position"
      ) AS "_rank",
      COUNT(1) OVER (
        PARTITION BY
          CASE
            WHEN ("t"."code" = 0)
            AND "t"."clause" IN (0, 1, 2)
            AND "k"."_sel_by" IS NOT NULL
            AND (
              NOT ("t"."clause" IN (0))
              OR "k"."_sel_per" IS NOT NULL
            ) THEN 1
            ELSE 0
          END,
          "t"."clause",
          "k"."_sel_per"
      ) AS "_of"
    FROM
      "items_0" AS "t"
      LEFT JOIN "sel_keys" AS "k" ON ("k"."applicant" = "t"."applicant")
      AND ("k"."clause" = "t"."clause")
      AND ("k"."position" = "t"."position")
  ),
  "sel_nth" AS (
    SELECT
      "t".*,
      MAX(
        CASE
          WHEN "t"."_rank" = CASE
            WHEN "t"."clause" = 0 THEN 3
            WHEN "t"."clause" = 1 THEN 5
            WHEN "t"."clause" = 2 THEN 4
          END THEN "t"."_sel_by"
        END
      ) OVER (
        PARTITION BY
          "t"."_cand",
          "t"."clause",
          "t"."_sel_per"
      ) AS "_nth"
    FROM
      "sel_ranked" AS "t"
  ),
  "selected" AS (
    SELECT
      "t".*,
      CASE
        WHEN NOT (
          ("t"."code" = 0)
          AND "t"."clause" IN (0, 1, 2)
        ) THEN NULL
        WHEN ("t"."_cand" = 1)
        AND (
          "t"."_rank" <= CASE
            WHEN "t"."clause" = 0 THEN 3
            WHEN "t"."clause" = 1 THEN 5
            WHEN "t"."clause" = 2 THEN 4
          END
        ) THEN 'selected'
        ELSE 'not selected'
      END AS "_status",
      CASE
        WHEN ("t"."code" = 0)
        AND "t"."clause" IN (0, 1, 2) THEN CASE
          WHEN "t"."clause" = 0 THEN CASE
            WHEN NOT ("t"."_cand" = 1) THEN 'not selected: `' || CASE
              WHEN "t"."_sel_by" IS NULL THEN 'p.score'
              ELSE 'p.kind'
            END || '` not given, ' || 'top 3 by `p.score` descending per `p.kind`'
            WHEN ("t"."_cand" = 1)
            AND (
              "t"."_rank" <= CASE
                WHEN "t"."clause" = 0 THEN 3
                WHEN "t"."clause" = 1 THEN 5
                WHEN "t"."clause" = 2 THEN 4
              END
            ) THEN 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ' in `p.kind` ' || "t"."_sel_per" || ', ' || 'top 3 by `p.score` descending per `p.kind`'
            ELSE 'not selected: ' || 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ' in `p.kind` ' || "t"."_sel_per" || ', ' || 'top 3 by `p.score` descending per `p.kind`' || CASE
              WHEN "t"."_sel_by" = "t"."_nth" THEN '; tied with rank 3, which comes earlier in the input'
              ELSE ''
            END
          END
          WHEN "t"."clause" = 1 THEN CASE
            WHEN NOT ("t"."_cand" = 1) THEN 'not selected: `' || 'company.registered' || '` not given, ' || 'first 5 by `company.registered` ascending'
            WHEN ("t"."_cand" = 1)
            AND (
              "t"."_rank" <= CASE
                WHEN "t"."clause" = 0 THEN 3
                WHEN "t"."clause" = 1 THEN 5
                WHEN "t"."clause" = 2 THEN 4
              END
            ) THEN 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ', ' || 'first 5 by `company.registered` ascending'
            ELSE 'not selected: ' || 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ', ' || 'first 5 by `company.registered` ascending' || CASE
              WHEN "t"."_sel_by" = "t"."_nth" THEN '; tied with rank 5, which comes earlier in the input'
              ELSE ''
            END
          END
          WHEN "t"."clause" = 2 THEN CASE
            WHEN NOT ("t"."_cand" = 1) THEN 'not selected: `' || 'company.name' || '` not given, ' || 'top 4 by `company.name` ascending'
            WHEN ("t"."_cand" = 1)
            AND (
              "t"."_rank" <= CASE
                WHEN "t"."clause" = 0 THEN 3
                WHEN "t"."clause" = 1 THEN 5
                WHEN "t"."clause" = 2 THEN 4
              END
            ) THEN 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ', ' || 'top 4 by `company.name` ascending'
            ELSE 'not selected: ' || 'rank ' || CAST("t"."_rank" AS VARCHAR) || ' of ' || CAST("t"."_of" AS VARCHAR) || ', ' || 'top 4 by `company.name` ascending' || CASE
              WHEN "t"."_sel_by" = "t"."_nth" THEN '; tied with rank 4, which comes earlier in the input'
              ELSE ''
            END
          END
        END
        ELSE NULL
      END AS "_reason",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND "t"."clause" IN (0, 1, 2)
          AND NOT (
            ("t"."_cand" = 1)
            AND (
              "t"."_rank" <= CASE
                WHEN "t"."clause" = 0 THEN 3
                WHEN "t"."clause" = 1 THEN 5
                WHEN "t"."clause" = 2 THEN 4
              END
            )
          ) THEN CAST(0 AS DECIMAL(1, 0))
          ELSE "t"."amount"
        END AS DECIMAL(27, 2)
      ) AS "_paid"
    FROM
      "sel_nth" AS "t"
  ),
  "totals" AS (
    SELECT
      "t"."applicant" AS "applicant",
      SUM(
        CASE
          WHEN "t"."clause" IN (0, 1) THEN CAST("t"."_paid" AS DECIMAL(27, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."_paid" AS DECIMAL(27, 2))) AS "up_to_total"
    FROM
      "selected" AS "t"
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
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS VARCHAR) AS "selection_rule",
  CAST(NULL AS VARCHAR) AS "selection_by",
  CAST(NULL AS VARCHAR) AS "selection_per",
  CAST(NULL AS VARCHAR) AS "population_status",
  CAST(NULL AS VARCHAR) AS "population_reason",
  CAST(NULL AS BIGINT) AS "population_rank",
  CAST(NULL AS BIGINT) AS "population_of",
  CAST(NULL AS DECIMAL(38, 2)) AS "computed"
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
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'best'
      WHEN "t"."clause" = 1 THEN 'early'
      WHEN "t"."clause" = 2 THEN 'named'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(
    CAST("t"."_paid" AS DECIMAL(27, 2)) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'exact'
      WHEN "t"."clause" = 1 THEN 'exact'
      WHEN "t"."clause" = 2 THEN 'up-to'
    END AS VARCHAR
  ) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'top 3 by p.score descending per p.kind (每类不超过3个)'
      WHEN "t"."clause" = 1 THEN 'first 5 by company.registered ascending (前5家)'
      WHEN "t"."clause" = 2 THEN 'top 4 by company.name ascending'
    END AS VARCHAR
  ) AS "selection_rule",
  CAST(
    CASE
      WHEN "t"."_status" IS NOT NULL THEN COALESCE("t"."_sel_by", 'not given')
    END AS VARCHAR
  ) AS "selection_by",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN CASE
        WHEN "t"."_status" IS NOT NULL THEN COALESCE("t"."_sel_per", 'not given')
      END
    END AS VARCHAR
  ) AS "selection_per",
  CAST("t"."_status" AS VARCHAR) AS "population_status",
  CAST("t"."_reason" AS VARCHAR) AS "population_reason",
  CAST(
    CASE
      WHEN "t"."_status" IS NOT NULL
      AND ("t"."_cand" = 1) THEN "t"."_rank"
    END AS BIGINT
  ) AS "population_rank",
  CAST(
    CASE
      WHEN "t"."_status" IS NOT NULL
      AND ("t"."_cand" = 1) THEN "t"."_of"
    END AS BIGINT
  ) AS "population_of",
  CAST(
    CASE
      WHEN "t"."_status" IS NOT NULL THEN CAST("t"."amount" AS DECIMAL(27, 2))
    END AS DECIMAL(38, 2)
  ) AS "computed"
FROM
  "selected" AS "t"
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
      WHEN "t"."clause" = 0 THEN 2
      WHEN "t"."clause" = 1 THEN 2
      WHEN "t"."clause" = 2 THEN 2
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'best'
      WHEN "t"."clause" = 1 THEN 'early'
      WHEN "t"."clause" = 2 THEN 'named'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS VARCHAR) AS "selection_rule",
  CAST(NULL AS VARCHAR) AS "selection_by",
  CAST(NULL AS VARCHAR) AS "selection_per",
  CAST(NULL AS VARCHAR) AS "population_status",
  CAST(NULL AS VARCHAR) AS "population_reason",
  CAST(NULL AS BIGINT) AS "population_rank",
  CAST(NULL AS BIGINT) AS "population_of",
  CAST(NULL AS DECIMAL(38, 2)) AS "computed"
FROM
  "selected" AS "t"
WHERE
  "t"."code" >= 2
ORDER BY
  "applicant",
  "seq",
  "part";
