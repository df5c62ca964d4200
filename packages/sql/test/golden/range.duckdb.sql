CREATE TABLE "applicants" (
  "applicant" BIGINT NOT NULL,
  "company.investment" DECIMAL(24, 4) NOT NULL,
  "company.national" BOOLEAN,
  "company.floor" DECIMAL(24, 4),
  "company.ceiling" DECIMAL(24, 4) NOT NULL
);

CREATE TABLE "applicants_projects" (
  "applicant" BIGINT NOT NULL,
  "position" INTEGER NOT NULL,
  "id" VARCHAR NOT NULL,
  "amount" DECIMAL(24, 4) NOT NULL,
  "fast" BOOLEAN NOT NULL
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
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.investment" AS "f.company.investment"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c0_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.investment" >= CAST(10000000 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST(CAST(1000000 AS DECIMAL(7, 0)) AS DECIMAL(7, 0)) AS "_x1",
      0 AS "_lk1",
      CAST(CAST(400000 AS DECIMAL(6, 0)) AS DECIMAL(6, 0)) AS "_lx1"
    FROM
      "c0_in" AS "t"
  ),
  "c0_2" AS (
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
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                    )
                  ) AS DECIMAL(9, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
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
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                            )
                          ) AS DECIMAL(9, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(10, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(11, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                  )
                ) AS DECIMAL(9, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                        )
                      ) AS DECIMAL(9, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
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
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(8, 0)
                          )
                        ) AS DECIMAL(9, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(10, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(11, 0)
          )
        END AS DECIMAL(11, 0)
      ) AS "_x2",
      "t"."_lk1" AS "_lk2",
      CAST(
        CASE
          WHEN "t"."_lx1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    )
                  ) AS DECIMAL(8, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                            )
                          ) AS DECIMAL(8, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(9, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                  )
                ) AS DECIMAL(8, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        )
                      ) AS DECIMAL(8, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(9, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
          )
        END AS DECIMAL(10, 0)
      ) AS "_lx2"
    FROM
      "c0_1" AS "t"
  ),
  "c0" AS (
    SELECT
      "t"."applicant" AS "applicant",
      0 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      CASE
        WHEN ("t"."_k2" = 0)
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
        AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount",
      CAST(
        CASE
          WHEN "t"."_lk2" = 0 THEN CASE
            WHEN CAST("t"."_lx2" AS DECIMAL(11, 0)) < "t"."_x2" THEN CAST("t"."_lx2" AS DECIMAL(11, 0))
            ELSE "t"."_x2"
          END
          ELSE CAST(0 AS DECIMAL(1, 0))
        END AS DECIMAL(11, 0)
      ) AS "low"
    FROM
      "c0_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
          AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
            AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
            ELSE "t"."_k2"
          END = 0
        )
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
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
      "i"."amount" AS "i.amount",
      "i"."fast" AS "i.fast"
    FROM
      "facts" AS "f"
      INNER JOIN "applicants_projects" AS "i" ON "i"."applicant" = "f"."applicant"
    WHERE
      "f"."_in_force"
  ),
  "c1_1" AS (
    SELECT
      "t".*,
      0 AS "_k1",
      CAST(
        CAST(
          CAST(0.125 AS DECIMAL(3, 3)) * "t"."i.amount" AS DECIMAL(27, 7)
        ) AS DECIMAL(27, 7)
      ) AS "_x1",
      0 AS "_lk1",
      CAST(
        CAST(
          CAST(0.055 AS DECIMAL(3, 3)) * "t"."i.amount" AS DECIMAL(27, 7)
        ) AS DECIMAL(27, 7)
      ) AS "_lx1"
    FROM
      "c1_in" AS "t"
  ),
  "c1_2" AS (
    SELECT
      "t".*,
      "t"."_k1" AS "_k2",
      CAST(
        CASE
          WHEN "t"."_x1" > CAST(600000 AS DECIMAL(27, 7)) THEN CAST(600000 AS DECIMAL(27, 7))
          ELSE "t"."_x1"
        END AS DECIMAL(27, 7)
      ) AS "_x2",
      "t"."_lk1" AS "_lk2",
      CAST(
        CASE
          WHEN "t"."_lx1" > CAST(600000 AS DECIMAL(27, 7)) THEN CAST(600000 AS DECIMAL(27, 7))
          ELSE "t"."_lx1"
        END AS DECIMAL(27, 7)
      ) AS "_lx2"
    FROM
      "c1_1" AS "t"
  ),
  "c1_3" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."_k2" <> 0 THEN "t"."_k2"
        ELSE CASE
          WHEN "t"."i.fast" THEN 0
          ELSE 0
        END
      END AS "_k3",
      CAST(
        CASE
          WHEN "t"."i.fast" THEN CAST(
            "t"."_x2" * CAST(
              CAST(1 AS DECIMAL(1, 0)) + CAST(0.2 AS DECIMAL(1, 1)) AS DECIMAL(3, 1)
            ) AS DECIMAL(30, 8)
          )
          ELSE CAST("t"."_x2" AS DECIMAL(30, 8))
        END AS DECIMAL(30, 8)
      ) AS "_x3",
      CASE
        WHEN "t"."_lk2" <> 0 THEN "t"."_lk2"
        ELSE CASE
          WHEN "t"."i.fast" THEN 0
          ELSE 0
        END
      END AS "_lk3",
      CAST(
        CASE
          WHEN "t"."i.fast" THEN CAST(
            "t"."_lx2" * CAST(
              CAST(1 AS DECIMAL(1, 0)) + CAST(0.2 AS DECIMAL(1, 1)) AS DECIMAL(3, 1)
            ) AS DECIMAL(30, 8)
          )
          ELSE CAST("t"."_lx2" AS DECIMAL(30, 8))
        END AS DECIMAL(30, 8)
      ) AS "_lx3"
    FROM
      "c1_2" AS "t"
  ),
  "c1_4" AS (
    SELECT
      "t".*,
      "t"."_k3" AS "_k4",
      CAST(
        CASE
          WHEN "t"."_x3" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(9, 8)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                            )
                          ) AS DECIMAL(24, 0)
                        ) AS DECIMAL(9, 8)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                            )
                          ) AS DECIMAL(24, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(25, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(9, 8)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(9, 8)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
          )
        END AS DECIMAL(26, 0)
      ) AS "_x4",
      "t"."_lk3" AS "_lk4",
      CAST(
        CASE
          WHEN "t"."_lx3" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(9, 8)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                            )
                          ) AS DECIMAL(24, 0)
                        ) AS DECIMAL(9, 8)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                            )
                          ) AS DECIMAL(24, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(25, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                        )
                      ) AS DECIMAL(24, 0)
                    ) AS DECIMAL(9, 8)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ) AS DECIMAL(9, 8)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx3") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(31, 8)
                          )
                        ) AS DECIMAL(24, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
          )
        END AS DECIMAL(26, 0)
      ) AS "_lx4"
    FROM
      "c1_3" AS "t"
  ),
  "c1" AS (
    SELECT
      "t"."applicant" AS "applicant",
      1 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      CASE
        WHEN ("t"."_k4" = 0)
        AND ("t"."_x4" > CAST(0 AS DECIMAL(1, 0)))
        AND ("t"."_lk4" <> 0) THEN "t"."_lk4"
        ELSE "t"."_k4"
      END AS "code",
      "t"."_x4" AS "amount",
      CAST(
        CASE
          WHEN "t"."_lk4" = 0 THEN CASE
            WHEN "t"."_lx4" < "t"."_x4" THEN "t"."_lx4"
            ELSE "t"."_x4"
          END
          ELSE CAST(0 AS DECIMAL(1, 0))
        END AS DECIMAL(26, 0)
      ) AS "low"
    FROM
      "c1_4" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k4" = 0)
          AND ("t"."_x4" > CAST(0 AS DECIMAL(1, 0)))
          AND ("t"."_lk4" <> 0) THEN "t"."_lk4"
          ELSE "t"."_k4"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k4" = 0)
            AND ("t"."_x4" > CAST(0 AS DECIMAL(1, 0)))
            AND ("t"."_lk4" <> 0) THEN "t"."_lk4"
            ELSE "t"."_k4"
          END = 0
        )
        AND ("t"."_x4" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c2_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.national" AS "f.company.national",
      "f"."company.floor" AS "f.company.floor"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c2_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN CASE
          WHEN "t"."f.company.national" IS NULL THEN 1
          ELSE 0
        END = 0 THEN CASE
          WHEN "t"."f.company.national" THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN "t"."f.company.national" IS NULL THEN 1
          ELSE 0
        END
      END AS "_k1",
      CAST(CAST(800000 AS DECIMAL(6, 0)) AS DECIMAL(6, 0)) AS "_x1",
      CASE
        WHEN "t"."f.company.floor" IS NULL THEN 1
        ELSE 0
      END AS "_lk1",
      CAST("t"."f.company.floor" AS DECIMAL(24, 4)) AS "_lx1"
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
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    )
                  ) AS DECIMAL(8, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                            )
                          ) AS DECIMAL(8, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(9, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                  )
                ) AS DECIMAL(8, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        )
                      ) AS DECIMAL(8, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(9, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
          )
        END AS DECIMAL(10, 0)
      ) AS "_x2",
      "t"."_lk1" AS "_lk2",
      CAST(
        CASE
          WHEN "t"."_lx1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(5, 4)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                            )
                          ) AS DECIMAL(22, 0)
                        ) AS DECIMAL(5, 4)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
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
                    ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(5, 4)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(5, 4)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
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
      ) AS "_lx2"
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
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
        AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount",
      CAST(
        CASE
          WHEN "t"."_lk2" = 0 THEN CASE
            WHEN "t"."_lx2" < CAST("t"."_x2" AS DECIMAL(24, 0)) THEN "t"."_lx2"
            ELSE CAST("t"."_x2" AS DECIMAL(24, 0))
          END
          ELSE CAST(0 AS DECIMAL(1, 0))
        END AS DECIMAL(24, 0)
      ) AS "low"
    FROM
      "c2_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
          AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
            AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
            ELSE "t"."_k2"
          END = 0
        )
        AND ("t"."_x2" <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  "c3_in" AS (
    SELECT
      "f"."applicant" AS "applicant",
      0 AS "position",
      CAST(NULL AS VARCHAR) AS "item",
      "f"."company.ceiling" AS "f.company.ceiling",
      "f"."company.investment" AS "f.company.investment"
    FROM
      "facts" AS "f"
    WHERE
      "f"."_in_force"
  ),
  "c3_1" AS (
    SELECT
      "t".*,
      CASE
        WHEN "t"."f.company.investment" >= CAST(2000000 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS "_k1",
      CAST("t"."f.company.ceiling" AS DECIMAL(24, 4)) AS "_x1",
      0 AS "_lk1",
      CAST(CAST(300000 AS DECIMAL(6, 0)) AS DECIMAL(6, 0)) AS "_lx1"
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
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(5, 4)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                            )
                          ) AS DECIMAL(22, 0)
                        ) AS DECIMAL(5, 4)
                      ) = CAST(0.5 AS DECIMAL(1, 1))
                    )
                    AND (
                      MOD(
                        CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
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
                    ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(5, 4)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                          )
                        ) AS DECIMAL(22, 0)
                      ) AS DECIMAL(5, 4)
                    ) = CAST(0.5 AS DECIMAL(1, 1))
                  )
                  AND (
                    MOD(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_x1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
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
      ) AS "_x2",
      "t"."_lk1" AS "_lk2",
      CAST(
        CASE
          WHEN "t"."_lx1" < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    )
                  ) AS DECIMAL(8, 0)
                ) + CASE
                  WHEN (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ) AS DECIMAL(1, 0)
                    ) > CAST(0.5 AS DECIMAL(1, 1))
                  )
                  OR (
                    (
                      CAST(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                              ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                            )
                          ) AS DECIMAL(8, 0)
                        ),
                        CAST(2 AS DECIMAL(1, 0))
                      ) = 1
                    )
                  ) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(9, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                  )
                ) AS DECIMAL(8, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                        )
                      ) AS DECIMAL(8, 0)
                    ) AS DECIMAL(1, 0)
                  ) > CAST(0.5 AS DECIMAL(1, 1))
                )
                OR (
                  (
                    CAST(
                      CAST(
                        ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
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
                            ABS("t"."_lx1") * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(7, 0)
                          )
                        ) AS DECIMAL(8, 0)
                      ),
                      CAST(2 AS DECIMAL(1, 0))
                    ) = 1
                  )
                ) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(9, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(10, 0)
          )
        END AS DECIMAL(10, 0)
      ) AS "_lx2"
    FROM
      "c3_1" AS "t"
  ),
  "c3" AS (
    SELECT
      "t"."applicant" AS "applicant",
      3 AS "clause",
      "t"."position" AS "position",
      "t"."item" AS "item",
      CASE
        WHEN ("t"."_k2" = 0)
        AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
        AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
        ELSE "t"."_k2"
      END AS "code",
      "t"."_x2" AS "amount",
      CAST(
        CASE
          WHEN "t"."_lk2" = 0 THEN CASE
            WHEN CAST("t"."_lx2" AS DECIMAL(24, 0)) < "t"."_x2" THEN CAST("t"."_lx2" AS DECIMAL(24, 0))
            ELSE "t"."_x2"
          END
          ELSE CAST(0 AS DECIMAL(1, 0))
        END AS DECIMAL(24, 0)
      ) AS "low"
    FROM
      "c3_2" AS "t"
    WHERE
      (
        CASE
          WHEN ("t"."_k2" = 0)
          AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
          AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
          ELSE "t"."_k2"
        END <> 1
      )
      AND NOT (
        (
          CASE
            WHEN ("t"."_k2" = 0)
            AND ("t"."_x2" > CAST(0 AS DECIMAL(1, 0)))
            AND ("t"."_lk2" <> 0) THEN "t"."_lk2"
            ELSE "t"."_k2"
          END = 0
        )
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
      CAST("t"."amount" AS DECIMAL(26, 0)) AS "amount",
      CAST("t"."low" AS DECIMAL(26, 0)) AS "low"
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
      CAST("t"."amount" AS DECIMAL(26, 0)) AS "amount",
      CAST("t"."low" AS DECIMAL(26, 0)) AS "low"
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
      CAST("t"."amount" AS DECIMAL(26, 0)) AS "amount",
      CAST("t"."low" AS DECIMAL(26, 0)) AS "low"
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
      CAST("t"."amount" AS DECIMAL(26, 0)) AS "amount",
      CAST("t"."low" AS DECIMAL(26, 0)) AS "low"
    FROM
      "c3" AS "t"
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
        AND ("t"."clause" = 1) THEN CASE
          WHEN CAST(
            CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
          ) <= CAST(0 AS DECIMAL(1, 0)) THEN 1
          ELSE 0
        END
        ELSE "t"."code"
      END AS "code",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND ("t"."clause" = 1) THEN CASE
            WHEN CAST(
              CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
            ) <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
            WHEN CAST("t"."amount" AS DECIMAL(33, 0)) <= CAST(
              CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
            ) THEN CAST("t"."amount" AS DECIMAL(33, 0))
            ELSE CAST(
              CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
            )
          END
          ELSE "t"."amount"
        END AS DECIMAL(26, 0)
      ) AS "amount",
      CAST(
        CASE
          WHEN ("t"."code" = 0)
          AND ("t"."clause" = 1) THEN CASE
            WHEN "t"."low" > CASE
              WHEN CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              ) <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
              WHEN CAST("t"."amount" AS DECIMAL(33, 0)) <= CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              ) THEN CAST("t"."amount" AS DECIMAL(33, 0))
              ELSE CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              )
            END THEN CASE
              WHEN CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              ) <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
              WHEN CAST("t"."amount" AS DECIMAL(33, 0)) <= CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              ) THEN CAST("t"."amount" AS DECIMAL(33, 0))
              ELSE CAST(
                CAST(1500000 AS DECIMAL(7, 0)) - "t"."_before" AS DECIMAL(33, 0)
              )
            END
            ELSE "t"."low"
          END
          ELSE "t"."low"
        END AS DECIMAL(26, 0)
      ) AS "low"
    FROM
      (
        SELECT
          "t".*,
          CAST(
            COALESCE(
              SUM(
                CASE
                  WHEN ("t"."code" = 0)
                  AND ("t"."clause" = 1) THEN "t"."amount"
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
            ) AS DECIMAL(32, 0)
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
          WHEN "t"."clause" IN (0, 1, 2, 3) THEN CAST("t"."low" AS DECIMAL(28, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS "total",
      SUM(CAST("t"."amount" AS DECIMAL(28, 2))) AS "up_to_total"
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
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS DECIMAL(38, 2)) AS "range_min"
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
      WHEN "t"."clause" = 0 THEN 3
      WHEN "t"."clause" = 1 THEN 3
      WHEN "t"."clause" = 2 THEN 3
      WHEN "t"."clause" = 3 THEN 3
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'fixed'
      WHEN "t"."clause" = 1 THEN 'rated'
      WHEN "t"."clause" = 2 THEN 'raised'
      WHEN "t"."clause" = 3 THEN 'open'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(
    CAST("t"."amount" AS DECIMAL(28, 2)) AS DECIMAL(38, 2)
  ) AS "amount",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'range'
      WHEN "t"."clause" = 1 THEN 'range'
      WHEN "t"."clause" = 2 THEN 'range'
      WHEN "t"."clause" = 3 THEN 'range'
    END AS VARCHAR
  ) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN CAST("t"."low" AS DECIMAL(28, 2))
      WHEN "t"."clause" = 1 THEN CAST("t"."low" AS DECIMAL(28, 2))
      WHEN "t"."clause" = 2 THEN CAST("t"."low" AS DECIMAL(28, 2))
      WHEN "t"."clause" = 3 THEN CAST("t"."low" AS DECIMAL(28, 2))
    END AS DECIMAL(38, 2)
  ) AS "range_min"
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
      WHEN "t"."clause" = 0 THEN 3
      WHEN "t"."clause" = 1 THEN 3
      WHEN "t"."clause" = 2 THEN 3
      WHEN "t"."clause" = 3 THEN 3
    END AS INTEGER
  ) AS "article",
  CAST(
    CASE
      WHEN "t"."clause" = 0 THEN 'fixed'
      WHEN "t"."clause" = 1 THEN 'rated'
      WHEN "t"."clause" = 2 THEN 'raised'
      WHEN "t"."clause" = 3 THEN 'open'
    END AS VARCHAR
  ) AS "clause",
  CAST("t"."item" AS VARCHAR) AS "item",
  CAST(NULL AS DECIMAL(38, 2)) AS "amount",
  CAST(NULL AS VARCHAR) AS "basis",
  CAST(NULL AS VARCHAR) AS "reason",
  CAST(NULL AS VARCHAR) AS "payer",
  CAST(NULL AS VARCHAR) AS "share",
  CAST(NULL AS DECIMAL(38, 2)) AS "range_min"
FROM
  "items_1" AS "t"
WHERE
  "t"."code" >= 2
ORDER BY
  "applicant",
  "seq",
  "part";
