CREATE TABLE "applicants" (
  "applicant" BIGINT NOT NULL,
  "applicationDate" DATE NOT NULL,
  "company.investment" NUMERIC(24, 4) NOT NULL,
  "company.certified" BOOLEAN NOT NULL
);

CREATE TABLE "applicants_awarded" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "clause" TEXT NOT NULL,
  "item" TEXT,
  "date" DATE NOT NULL,
  "amount" NUMERIC(24, 4) NOT NULL
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "id" TEXT NOT NULL,
  "cost" NUMERIC(24, 4) NOT NULL,
  "kind" TEXT NOT NULL,
  "national" BOOLEAN NOT NULL
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
        ELSE '#' || CAST("i"."position" AS TEXT)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."cost" AS "i.cost",
      "i"."national" AS "i.national",
      "h"."h.all" AS "h.all",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          "h"."item" AS "item",
          CAST(SUM("h"."amount") AS NUMERIC(30, 4)) AS "h.all",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'capped')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant",
          "h"."item"
      ) AS "h" ON ("h"."applicant" = "f"."applicant")
      AND (
        "h"."item" = CASE
          WHEN "i"."id" IS NOT NULL
          AND ("i"."id" <> '') THEN "i"."id"
          ELSE '#' || CAST("i"."position" AS TEXT)
        END
      )
    WHERE
      "f"."_in_force"
  ),
  "c0_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.1 AS NUMERIC(1, 1)) * "t"."i.cost" AS NUMERIC(25, 5)
        ) AS NUMERIC(25, 5)
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
          WHEN "t"."_x1" > CAST(800000 AS NUMERIC(25, 5)) THEN CAST(800000 AS NUMERIC(25, 5))
          ELSE "t"."_x1"
        END AS NUMERIC(25, 5)
      ) AS "_x2"
    FROM
      "c0_1" AS "t"
  ),
  "c0_3" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."_k2" <> 0 THEN "t"."_k2"
        ELSE CASE
          WHEN "t"."i.national" THEN 0
          ELSE 0
        END
      END AS "_k3",
      CAST(
        CASE
          WHEN "t"."i.national" THEN CAST(
            "t"."_x2" * CAST(
              CAST(1 AS NUMERIC(1, 0)) + CAST(0.2 AS NUMERIC(1, 1)) AS NUMERIC(3, 1)
            ) AS NUMERIC(28, 6)
          )
          ELSE CAST("t"."_x2" AS NUMERIC(28, 6))
        END AS NUMERIC(28, 6)
      ) AS "_x3"
    FROM
      "c0_2" AS "t"
  ),
  "c0_4" AS (
    SELECT
      "t".*,
      "t"."_k3" AS "_k4",
      CAST(
        CASE
          WHEN CAST("t"."_x3" AS NUMERIC(33, 6)) > CASE
            WHEN CAST(
              CAST(
                CAST(1000000 AS NUMERIC(7, 0)) - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            ) < CAST(0 AS NUMERIC(33, 6)) THEN CAST(0 AS NUMERIC(33, 6))
            ELSE CAST(
              CAST(
                CAST(1000000 AS NUMERIC(7, 0)) - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            )
          END THEN CASE
            WHEN CAST(
              CAST(
                CAST(1000000 AS NUMERIC(7, 0)) - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            ) < CAST(0 AS NUMERIC(33, 6)) THEN CAST(0 AS NUMERIC(33, 6))
            ELSE CAST(
              CAST(
                CAST(1000000 AS NUMERIC(7, 0)) - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            )
          END
          ELSE CAST("t"."_x3" AS NUMERIC(33, 6))
        END AS NUMERIC(33, 6)
      ) AS "_x4"
    FROM
      "c0_3" AS "t"
  ),
  "c0_5" AS (
    SELECT
      "t".*,
      "t"."_k4" AS "_k5",
      CAST(
        CASE
          WHEN "t"."_x4" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                    )
                  ) AS NUMERIC(31, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                        )
                      ) AS NUMERIC(31, 0)
                    ) AS NUMERIC(7, 6)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(32, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                  )
                ) AS NUMERIC(31, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x4") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                      )
                    ) AS NUMERIC(31, 0)
                  ) AS NUMERIC(7, 6)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(32, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
          )
        END AS NUMERIC(34, 2)
      ) AS "_x5"
    FROM
      "c0_4" AS "t"
  ),
  "c0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      0 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k5" AS "code",
      "t"."_x5" AS "amount"
    FROM
      "c0_5" AS "t"
    WHERE
      ("t"."_k5" <> 1)
      AND NOT (
        ("t"."_k5" = 0)
        AND ("t"."_x5" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c1_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS TEXT)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."cost" AS "i.cost",
      "h"."h.3" AS "h.3",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          "h"."item" AS "item",
          CAST(
            SUM(
              CASE
                WHEN "h"."date" >= CAST(
                  "f"."applicationDate" + INTERVAL '-36 months' AS DATE
                ) THEN "h"."amount"
                ELSE CAST(0 AS NUMERIC(1, 0))
              END
            ) AS NUMERIC(30, 4)
          ) AS "h.3",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'recent')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant",
          "h"."item"
      ) AS "h" ON ("h"."applicant" = "f"."applicant")
      AND (
        "h"."item" = CASE
          WHEN "i"."id" IS NOT NULL
          AND ("i"."id" <> '') THEN "i"."id"
          ELSE '#' || CAST("i"."position" AS TEXT)
        END
      )
    WHERE
      "f"."_in_force"
  ),
  "c1_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.05 AS NUMERIC(2, 2)) * "t"."i.cost" AS NUMERIC(26, 6)
        ) AS NUMERIC(26, 6)
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
          WHEN CAST("t"."_x1" AS NUMERIC(33, 6)) > CASE
            WHEN CAST(
              CAST(
                CAST(500000 AS NUMERIC(6, 0)) - COALESCE("t"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            ) < CAST(0 AS NUMERIC(33, 6)) THEN CAST(0 AS NUMERIC(33, 6))
            ELSE CAST(
              CAST(
                CAST(500000 AS NUMERIC(6, 0)) - COALESCE("t"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            )
          END THEN CASE
            WHEN CAST(
              CAST(
                CAST(500000 AS NUMERIC(6, 0)) - COALESCE("t"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            ) < CAST(0 AS NUMERIC(33, 6)) THEN CAST(0 AS NUMERIC(33, 6))
            ELSE CAST(
              CAST(
                CAST(500000 AS NUMERIC(6, 0)) - COALESCE("t"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) AS NUMERIC(33, 6)
            )
          END
          ELSE CAST("t"."_x1" AS NUMERIC(33, 6))
        END AS NUMERIC(33, 6)
      ) AS "_x2"
    FROM
      "c1_1" AS "t"
  ),
  "c1_3" AS (
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
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                    )
                  ) AS NUMERIC(31, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                        )
                      ) AS NUMERIC(31, 0)
                    ) AS NUMERIC(7, 6)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(32, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                  )
                ) AS NUMERIC(31, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(36, 6)
                      )
                    ) AS NUMERIC(31, 0)
                  ) AS NUMERIC(7, 6)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(32, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
          )
        END AS NUMERIC(34, 2)
      ) AS "_x3"
    FROM
      "c1_2" AS "t"
  ),
  "c1" AS (
    SELECT
      "t"."applicant" AS "applicant",
      1 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c1_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS NUMERIC(1, 0)))
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
      "i"."kind" AS "i.kind",
      "h"."h.all" AS "h.all",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          "h"."item" AS "item",
          CAST(SUM("h"."amount") AS NUMERIC(30, 4)) AS "h.all",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'promoted')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant",
          "h"."item"
      ) AS "h" ON ("h"."applicant" = "f"."applicant")
      AND (
        "h"."item" = CASE
          WHEN "i"."id" IS NOT NULL
          AND ("i"."id" <> '') THEN "i"."id"
          ELSE '#' || CAST("i"."position" AS TEXT)
        END
      )
    WHERE
      "f"."_in_force"
  ),
  "c2_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."i.kind" = 'a' THEN 0
        WHEN "t"."i.kind" = 'b' THEN 0
        WHEN "t"."i.kind" = 'c' THEN 0
        ELSE 1
      END AS "_k1",
      CAST(
        CASE
          WHEN "t"."i.kind" = 'a' THEN CAST(100000 AS NUMERIC(6, 0))
          WHEN "t"."i.kind" = 'b' THEN CAST(300000 AS NUMERIC(6, 0))
          WHEN "t"."i.kind" = 'c' THEN CAST(600000 AS NUMERIC(6, 0))
        END AS NUMERIC(6, 0)
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
          WHEN CAST(
            "t"."_x1" - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
          ) < CAST(0 AS NUMERIC(31, 4)) THEN CAST(0 AS NUMERIC(31, 4))
          ELSE CAST(
            "t"."_x1" - COALESCE("t"."h.all", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
          )
        END AS NUMERIC(31, 4)
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
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                    )
                  ) AS NUMERIC(31, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                        )
                      ) AS NUMERIC(31, 0)
                    ) AS NUMERIC(5, 4)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(32, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                  )
                ) AS NUMERIC(31, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x2") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(34, 4)
                      )
                    ) AS NUMERIC(31, 0)
                  ) AS NUMERIC(5, 4)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(32, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(34, 2)
          )
        END AS NUMERIC(34, 2)
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
  "c3_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS TEXT) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."company.certified" AS "f.company.certified",
      "h"."h.all" AS "h.all",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          CAST(SUM("h"."amount") AS NUMERIC(30, 4)) AS "h.all",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'certified')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant"
      ) AS "h" ON "h"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c3_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.certified" THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(300000 AS NUMERIC(6, 0)) AS NUMERIC(6, 0)) AS "_x1",
      (
        CASE
          WHEN "t"."f.company.certified" THEN 0
          ELSE 1
        END = 0
      )
      AND (COALESCE("t"."h.n", 0) > 0) AS "_once"
    FROM
      "c3_in" AS "t"
  ),
  "c3_2" AS (
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
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                    )
                  ) AS NUMERIC(10, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                        )
                      ) AS NUMERIC(10, 0)
                    ) AS NUMERIC(1, 0)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(11, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(13, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                  )
                ) AS NUMERIC(10, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(9, 0)
                      )
                    ) AS NUMERIC(10, 0)
                  ) AS NUMERIC(1, 0)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(11, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(13, 2)
          )
        END AS NUMERIC(13, 2)
      ) AS "_x2"
    FROM
      "c3_1" AS "t"
  ),
  "c3_3" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."_once" THEN 0
        ELSE "t"."_k2"
      END AS "_k3",
      CAST(
        CASE
          WHEN "t"."_once" THEN CAST(CAST(0 AS NUMERIC(1, 0)) AS NUMERIC(13, 2))
          ELSE "t"."_x2"
        END AS NUMERIC(13, 2)
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
        AND ("t"."_x3" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c4_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS TEXT)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."national" AS "i.national",
      "h"."h.all" AS "h.all",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          "h"."item" AS "item",
          CAST(SUM("h"."amount") AS NUMERIC(30, 4)) AS "h.all",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'perProject')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant",
          "h"."item"
      ) AS "h" ON ("h"."applicant" = "f"."applicant")
      AND (
        "h"."item" = CASE
          WHEN "i"."id" IS NOT NULL
          AND ("i"."id" <> '') THEN "i"."id"
          ELSE '#' || CAST("i"."position" AS TEXT)
        END
      )
    WHERE
      "f"."_in_force"
  ),
  "c4_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."i.national" THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(50000 AS NUMERIC(5, 0)) AS NUMERIC(5, 0)) AS "_x1",
      (
        CASE
          WHEN "t"."i.national" THEN 0
          ELSE 1
        END = 0
      )
      AND (COALESCE("t"."h.n", 0) > 0) AS "_once"
    FROM
      "c4_in" AS "t"
  ),
  "c4_2" AS (
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
      "c4_1" AS "t"
  ),
  "c4_3" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."_once" THEN 0
        ELSE "t"."_k2"
      END AS "_k3",
      CAST(
        CASE
          WHEN "t"."_once" THEN CAST(CAST(0 AS NUMERIC(1, 0)) AS NUMERIC(12, 2))
          ELSE "t"."_x2"
        END AS NUMERIC(12, 2)
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
        AND ("t"."_x3" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c5_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS TEXT) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."company.certified" AS "f.company.certified",
      "h"."h.all" AS "h.all",
      "h"."h.n" AS "h.n"
    FROM
      "facts" AS "f"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          CAST(SUM("h"."amount") AS NUMERIC(30, 4)) AS "h.all",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'pendingOnce')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant"
      ) AS "h" ON "h"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c5_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN "t"."f.company.certified" THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN "t"."f.company.certified" THEN 0
          ELSE 1
        END
        ELSE 2
      END AS "_k1",
      CAST(NULL AS NUMERIC(1, 0)) AS "_x1",
      (
        CASE
          WHEN "t"."f.company.certified" THEN 0
          ELSE 1
        END = 0
      )
      AND (COALESCE("t"."h.n", 0) > 0) AS "_once"
    FROM
      "c5_in" AS "t"
  ),
  "c5_2" AS (
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
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                    )
                  ) AS NUMERIC(5, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                        )
                      ) AS NUMERIC(5, 0)
                    ) AS NUMERIC(1, 0)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(6, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(8, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                  )
                ) AS NUMERIC(5, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(4, 0)
                      )
                    ) AS NUMERIC(5, 0)
                  ) AS NUMERIC(1, 0)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(6, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(8, 2)
          )
        END AS NUMERIC(8, 2)
      ) AS "_x2"
    FROM
      "c5_1" AS "t"
  ),
  "c5_3" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."_once" THEN 0
        ELSE "t"."_k2"
      END AS "_k3",
      CAST(
        CASE
          WHEN "t"."_once" THEN CAST(CAST(0 AS NUMERIC(1, 0)) AS NUMERIC(8, 2))
          ELSE "t"."_x2"
        END AS NUMERIC(8, 2)
      ) AS "_x3"
    FROM
      "c5_2" AS "t"
  ),
  "c5" AS (
    SELECT
      "t"."applicant" AS "applicant",
      5 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."_k3" AS "code",
      "t"."_x3" AS "amount"
    FROM
      "c5_3" AS "t"
    WHERE
      ("t"."_k3" <> 1)
      AND NOT (
        ("t"."_k3" = 0)
        AND ("t"."_x3" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c6_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS TEXT) AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "f"."company.investment" AS "f.company.investment"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c6_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.2 AS NUMERIC(1, 1)) * "t"."f.company.investment" AS NUMERIC(25, 5)
        ) AS NUMERIC(25, 5)
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
          WHEN "t"."_x1" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                    )
                  ) AS NUMERIC(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                        )
                      ) AS NUMERIC(24, 0)
                    ) AS NUMERIC(6, 5)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(25, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(27, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                  )
                ) AS NUMERIC(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(28, 5)
                      )
                    ) AS NUMERIC(24, 0)
                  ) AS NUMERIC(6, 5)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(25, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(27, 2)
          )
        END AS NUMERIC(27, 2)
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
        AND ("t"."_x2" <= CAST(0 AS NUMERIC(1, 0)))
      )
  ),
  "c7_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      "i"."position" AS "position",
      CASE
        WHEN "i"."id" IS NOT NULL
        AND ("i"."id" <> '') THEN "i"."id"
        ELSE '#' || CAST("i"."position" AS TEXT)
      END AS "item",
      "f"."applicationDate" AS "f.applicationDate",
      "i"."cost" AS "i.cost"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c7_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.02 AS NUMERIC(2, 2)) * "t"."i.cost" AS NUMERIC(26, 6)
        ) AS NUMERIC(26, 6)
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
          WHEN "t"."_x1" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                    )
                  ) AS NUMERIC(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                        )
                      ) AS NUMERIC(24, 0)
                    ) AS NUMERIC(7, 6)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(25, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(27, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                  )
                ) AS NUMERIC(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS("t"."_x1") * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(29, 6)
                      )
                    ) AS NUMERIC(24, 0)
                  ) AS NUMERIC(7, 6)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(25, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(27, 2)
          )
        END AS NUMERIC(27, 2)
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
      "t"."_k2" AS "code",
      "t"."_x2" AS "amount"
    FROM
      "c7_2" AS "t"
    WHERE
      ("t"."_k2" <> 1)
      AND NOT (
        ("t"."_k2" = 0)
        AND ("t"."_x2" <= CAST(0 AS NUMERIC(1, 0)))
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
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
      CAST("t"."amount" AS NUMERIC(34, 2)) AS "amount"
    FROM
      "c7" AS "t"
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
        AND ("t"."clause" = 6) THEN CASE
          WHEN NOT (
            ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            )
          ) THEN -1
          WHEN CASE
            WHEN ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            ) THEN CAST(
              CAST(
                CAST(10000000 AS NUMERIC(8, 0)) - COALESCE("h"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) - CAST("t"."_before" AS NUMERIC(35, 2)) AS NUMERIC(38, 4)
            )
          END <= CAST(0 AS NUMERIC(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND ("t"."clause" = 6) THEN CASE
            WHEN CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(10000000 AS NUMERIC(8, 0)) - COALESCE("h"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(35, 2)) AS NUMERIC(38, 4)
              )
            END <= CAST(0 AS NUMERIC(1, 0)) THEN CAST(0 AS NUMERIC(1, 0))
            WHEN CAST("t"."amount" AS NUMERIC(38, 4)) <= CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(10000000 AS NUMERIC(8, 0)) - COALESCE("h"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(35, 2)) AS NUMERIC(38, 4)
              )
            END THEN CAST("t"."amount" AS NUMERIC(38, 4))
            ELSE CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(10000000 AS NUMERIC(8, 0)) - COALESCE("h"."h.3", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(35, 2)) AS NUMERIC(38, 4)
              )
            END
          END
          ELSE "t"."amount"
        END AS NUMERIC(36, 4)
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
                  AND ("t"."clause" = 6) THEN "t"."amount"
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END
              ) OVER (
                PARTITION BY
                  "t"."applicant"
                ORDER BY
                  "t"."clause",
                  "t"."position" ROWS BETWEEN UNBOUNDED PRECEDING
                  AND 1 PRECEDING
              ),
              CAST(0 AS NUMERIC(1, 0))
            ) AS NUMERIC(38, 2)
          ) AS "_before"
        FROM
          "items_0" AS "t"
      ) AS "t"
      INNER JOIN "facts" AS "f" ON "f"."applicant" = "t"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          CAST(
            SUM(
              CASE
                WHEN "h"."date" >= CAST(
                  "f"."applicationDate" + INTERVAL '-36 months' AS DATE
                ) THEN "h"."amount"
                ELSE CAST(0 AS NUMERIC(1, 0))
              END
            ) AS NUMERIC(30, 4)
          ) AS "h.3",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'equipment')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant"
      ) AS "h" ON "h"."applicant" = "f"."applicant"
  ),
  "items_2" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."code" = 0)
        AND ("t"."clause" = 7) THEN CASE
          WHEN NOT (
            ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            )
          ) THEN -1
          WHEN CASE
            WHEN ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            ) THEN CAST(
              CAST(400000 AS NUMERIC(6, 0)) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
            )
          END <= CAST(0 AS NUMERIC(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND ("t"."clause" = 7) THEN CASE
            WHEN CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(400000 AS NUMERIC(6, 0)) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END <= CAST(0 AS NUMERIC(1, 0)) THEN CAST(0 AS NUMERIC(1, 0))
            WHEN CAST("t"."amount" AS NUMERIC(38, 4)) <= CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(400000 AS NUMERIC(6, 0)) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END THEN CAST("t"."amount" AS NUMERIC(38, 4))
            ELSE CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(400000 AS NUMERIC(6, 0)) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END
          END
          ELSE "t"."amount"
        END AS NUMERIC(36, 4)
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
                  AND ("t"."clause" = 7) THEN "t"."amount"
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END
              ) OVER (
                PARTITION BY
                  "t"."applicant"
                ORDER BY
                  "t"."clause",
                  "t"."position" ROWS BETWEEN UNBOUNDED PRECEDING
                  AND 1 PRECEDING
              ),
              CAST(0 AS NUMERIC(1, 0))
            ) AS NUMERIC(38, 4)
          ) AS "_before"
        FROM
          "items_1" AS "t"
      ) AS "t"
      INNER JOIN "facts" AS "f" ON "f"."applicant" = "t"."applicant"
  ),
  "items_3" AS (
    SELECT
      "t"."applicant" AS "applicant",
      "t"."clause" AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      "t"."phase" AS "phase",
      CASE
        WHEN ("t"."code" = 0)
        AND ("t"."clause" = 7) THEN CASE
          WHEN NOT (
            ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            )
          ) THEN -1
          WHEN CASE
            WHEN ABS("t"."_before") < CAST(
              1000000000000000000000000000000000 AS NUMERIC(34, 0)
            ) THEN CAST(
              CAST(
                CAST(600000 AS NUMERIC(6, 0)) - COALESCE("h"."h.2", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
              ) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
            )
          END <= CAST(0 AS NUMERIC(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND ("t"."clause" = 7) THEN CASE
            WHEN CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(600000 AS NUMERIC(6, 0)) - COALESCE("h"."h.2", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END <= CAST(0 AS NUMERIC(1, 0)) THEN CAST(0 AS NUMERIC(1, 0))
            WHEN CAST("t"."amount" AS NUMERIC(38, 4)) <= CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(600000 AS NUMERIC(6, 0)) - COALESCE("h"."h.2", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END THEN CAST("t"."amount" AS NUMERIC(38, 4))
            ELSE CASE
              WHEN ABS("t"."_before") < CAST(
                1000000000000000000000000000000000 AS NUMERIC(34, 0)
              ) THEN CAST(
                CAST(
                  CAST(600000 AS NUMERIC(6, 0)) - COALESCE("h"."h.2", CAST(0 AS NUMERIC(1, 0))) AS NUMERIC(31, 4)
                ) - CAST("t"."_before" AS NUMERIC(37, 4)) AS NUMERIC(38, 4)
              )
            END
          END
          ELSE "t"."amount"
        END AS NUMERIC(36, 4)
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
                  AND ("t"."clause" = 7) THEN "t"."amount"
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END
              ) OVER (
                PARTITION BY
                  "t"."applicant"
                ORDER BY
                  "t"."clause",
                  "t"."position" ROWS BETWEEN UNBOUNDED PRECEDING
                  AND 1 PRECEDING
              ),
              CAST(0 AS NUMERIC(1, 0))
            ) AS NUMERIC(38, 4)
          ) AS "_before"
        FROM
          "items_2" AS "t"
      ) AS "t"
      INNER JOIN "facts" AS "f" ON "f"."applicant" = "t"."applicant"
      LEFT JOIN (
        SELECT
          "h"."applicant" AS "applicant",
          CAST(
            SUM(
              CASE
                WHEN "h"."date" >= CAST(
                  "f"."applicationDate" + INTERVAL '-24 months' AS DATE
                ) THEN "h"."amount"
                ELSE CAST(0 AS NUMERIC(1, 0))
              END
            ) AS NUMERIC(30, 4)
          ) AS "h.2",
          COUNT(1) AS "h.n"
        FROM
          "applicants_awarded" AS "h"
          INNER JOIN "facts" AS "f" ON "f"."applicant" = "h"."applicant"
        WHERE
          ("h"."clause" = 'fleet')
          AND ("h"."date" <= "f"."applicationDate")
        GROUP BY
          "h"."applicant"
      ) AS "h" ON "h"."applicant" = "f"."applicant"
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
          "items_3" AS "t"
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
          WHEN "t"."clause" IN (0, 1, 2, 3, 4, 5, 6, 7) THEN CASE
            WHEN "t"."amount" < CAST(0 AS NUMERIC(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CASE
                        WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                          CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                        )
                      END
                    ) AS NUMERIC(34, 0)
                  ) + CASE
                    WHEN CAST(
                      CASE
                        WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                          CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                        )
                      END - CAST(
                        FLOOR(
                          CASE
                            WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                              CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                            )
                          END
                        ) AS NUMERIC(34, 0)
                      ) AS NUMERIC(5, 4)
                    ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                    ELSE CAST(0 AS NUMERIC(1, 0))
                  END AS NUMERIC(35, 0)
                ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
              )
            )
            ELSE CAST(
              CAST(
                CAST(
                  FLOOR(
                    CASE
                      WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                        CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                      )
                    END
                  ) AS NUMERIC(34, 0)
                ) + CASE
                  WHEN CAST(
                    CASE
                      WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                        CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                      )
                    END - CAST(
                      FLOOR(
                        CASE
                          WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                            CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                          )
                        END
                      ) AS NUMERIC(34, 0)
                    ) AS NUMERIC(5, 4)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(35, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
            )
          END
          ELSE CAST(0 AS NUMERIC(1, 0))
        END
      ) AS "total",
      SUM(
        CASE
          WHEN "t"."amount" < CAST(0 AS NUMERIC(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CASE
                      WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                        CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                      )
                    END
                  ) AS NUMERIC(34, 0)
                ) + CASE
                  WHEN CAST(
                    CASE
                      WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                        CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                      )
                    END - CAST(
                      FLOOR(
                        CASE
                          WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                            CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                          )
                        END
                      ) AS NUMERIC(34, 0)
                    ) AS NUMERIC(5, 4)
                  ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                  ELSE CAST(0 AS NUMERIC(1, 0))
                END AS NUMERIC(35, 0)
              ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CASE
                    WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                      CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                    )
                  END
                ) AS NUMERIC(34, 0)
              ) + CASE
                WHEN CAST(
                  CASE
                    WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                      CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                    )
                  END - CAST(
                    FLOOR(
                      CASE
                        WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                          CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                        )
                      END
                    ) AS NUMERIC(34, 0)
                  ) AS NUMERIC(5, 4)
                ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
                ELSE CAST(0 AS NUMERIC(1, 0))
              END AS NUMERIC(35, 0)
            ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
          )
        END
      ) AS "up_to_total"
    FROM
      "items_3" AS "t"
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
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  "x"."applicant" IS NULL
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
      WHEN "t"."clause" = 0 THEN 1
      WHEN "t"."clause" = 1 THEN 1
      WHEN "t"."clause" = 2 THEN 2
      WHEN "t"."clause" = 3 THEN 3
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 4
      WHEN "t"."clause" = 7 THEN 4
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'capped'
      WHEN "t"."clause" = 1 THEN 'recent'
      WHEN "t"."clause" = 2 THEN 'promoted'
      WHEN "t"."clause" = 3 THEN 'certified'
      WHEN "t"."clause" = 4 THEN 'perProject'
      WHEN "t"."clause" = 5 THEN 'pendingOnce'
      WHEN "t"."clause" = 6 THEN 'equipment'
      WHEN "t"."clause" = 7 THEN 'fleet'
    END AS TEXT
  ) AS "clause",
  CAST("t"."item" AS TEXT) AS "item",
  CAST(
    CASE
      WHEN "t"."amount" < CAST(0 AS NUMERIC(1, 0)) THEN - (
        CAST(
          CAST(
            CAST(
              FLOOR(
                CASE
                  WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                    CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                  )
                END
              ) AS NUMERIC(34, 0)
            ) + CASE
              WHEN CAST(
                CASE
                  WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                    CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                  )
                END - CAST(
                  FLOOR(
                    CASE
                      WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                        CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                      )
                    END
                  ) AS NUMERIC(34, 0)
                ) AS NUMERIC(5, 4)
              ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
              ELSE CAST(0 AS NUMERIC(1, 0))
            END AS NUMERIC(35, 0)
          ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
        )
      )
      ELSE CAST(
        CAST(
          CAST(
            FLOOR(
              CASE
                WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                  CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                )
              END
            ) AS NUMERIC(34, 0)
          ) + CASE
            WHEN CAST(
              CASE
                WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                  CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                )
              END - CAST(
                FLOOR(
                  CASE
                    WHEN ABS(ABS("t"."amount")) < CAST(1000000000000000000000000000000 AS NUMERIC(31, 0)) THEN CAST(
                      CAST(ABS("t"."amount") AS NUMERIC(34, 4)) * CAST(100 AS NUMERIC(3, 0)) AS NUMERIC(37, 4)
                    )
                  END
                ) AS NUMERIC(34, 0)
              ) AS NUMERIC(5, 4)
            ) >= CAST(0.5 AS NUMERIC(1, 1)) THEN CAST(1 AS NUMERIC(1, 0))
            ELSE CAST(0 AS NUMERIC(1, 0))
          END AS NUMERIC(35, 0)
        ) * CAST(0.01 AS NUMERIC(2, 2)) AS NUMERIC(37, 2)
      )
    END AS NUMERIC(38, 2)
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
    END AS TEXT
  ) AS "basis",
  CAST(NULL AS TEXT) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "items_3" AS "t"
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  ("t"."code" = 0)
  AND "x"."applicant" IS NULL
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
      WHEN "t"."clause" = 0 THEN 1
      WHEN "t"."clause" = 1 THEN 1
      WHEN "t"."clause" = 2 THEN 2
      WHEN "t"."clause" = 3 THEN 3
      WHEN "t"."clause" = 4 THEN 3
      WHEN "t"."clause" = 5 THEN 3
      WHEN "t"."clause" = 6 THEN 4
      WHEN "t"."clause" = 7 THEN 4
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'capped'
      WHEN "t"."clause" = 1 THEN 'recent'
      WHEN "t"."clause" = 2 THEN 'promoted'
      WHEN "t"."clause" = 3 THEN 'certified'
      WHEN "t"."clause" = 4 THEN 'perProject'
      WHEN "t"."clause" = 5 THEN 'pendingOnce'
      WHEN "t"."clause" = 6 THEN 'equipment'
      WHEN "t"."clause" = 7 THEN 'fleet'
    END AS TEXT
  ) AS "clause",
  CAST("t"."item" AS TEXT) AS "item",
  CAST(NULL AS NUMERIC(38, 2)) AS "amount",
  CAST(NULL AS TEXT) AS "basis",
  CAST(
    CASE
      WHEN "t"."code" = 2 THEN '额外奖励：金额由实施细则确定'
    END AS TEXT
  ) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "items_3" AS "t"
  LEFT JOIN "failed" AS "x" ON "x"."applicant" = "t"."applicant"
WHERE
  ("t"."code" >= 2)
  AND "x"."applicant" IS NULL
UNION ALL
SELECT
  CAST("t"."applicant" AS BIGINT) AS "applicant",
  CAST('error' AS TEXT) AS "kind",
  CAST(0 AS BIGINT) AS "seq",
  CAST(0 AS INTEGER) AS "part",
  CAST(NULL AS BOOLEAN) AS "in_force",
  CAST(NULL AS DATE) AS "application_date",
  CAST(NULL AS NUMERIC(38, 2)) AS "total",
  CAST(NULL AS NUMERIC(38, 2)) AS "up_to_total",
  CAST(NULL AS INTEGER) AS "article",
  CAST(
    CASE
      WHEN "t"."phase" = 0 THEN CASE
        WHEN "t"."clause" = 0 THEN 'art1.capped'
        WHEN "t"."clause" = 1 THEN 'art1.recent'
        WHEN "t"."clause" = 2 THEN 'art2.promoted'
        WHEN "t"."clause" = 3 THEN 'art3.certified'
        WHEN "t"."clause" = 4 THEN 'art3.perProject'
        WHEN "t"."clause" = 5 THEN 'art3.pendingOnce'
        WHEN "t"."clause" = 6 THEN 'art4.equipment'
        WHEN "t"."clause" = 7 THEN 'art4.fleet'
      END
      ELSE ''
    END AS TEXT
  ) AS "clause",
  CAST(NULL AS TEXT) AS "item",
  CAST(NULL AS NUMERIC(38, 2)) AS "amount",
  CAST(NULL AS TEXT) AS "basis",
  CAST(
    CASE
      WHEN "t"."code" = -1 THEN 'an amount exceeds the 38 digits that SQL decimals hold exactly'
    END AS TEXT
  ) AS "reason",
  CAST(NULL AS TEXT) AS "payer",
  CAST(NULL AS TEXT) AS "share"
FROM
  "failed" AS "t"
ORDER BY
  "applicant",
  "seq",
  "part";
