CREATE TABLE `applicants` (
  `applicant` BIGINT,
  `company.revenue` DECIMAL(24, 4),
  `company.audited` BOOLEAN
) USING parquet;

CREATE TABLE `applicants_projects` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `invest` DECIMAL(24, 4),
  `national` BOOLEAN
) USING parquet;

WITH
  `facts` AS (
    SELECT
      `a`.*,
      TRUE AS `_in_force`
    FROM
      `applicants` AS `a`
  ),
  `c1_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `i`.`invest` AS `i.invest`,
      `i`.`national` AS `i.national`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c1_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END < 0 THEN CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END
          WHEN (
            CASE
              WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
              ELSE 2
            END = 0
          )
          AND NOT (
            CASE
              WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN TRUE
              ELSE FALSE
            END
          ) THEN 0
          ELSE CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END
        END = 0 THEN CASE
          WHEN CASE
            WHEN (
              CASE
                WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
                ELSE 2
              END = 0
            )
            AND NOT (
              CASE
                WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN TRUE
                ELSE FALSE
              END
            ) THEN FALSE
            ELSE TRUE
          END THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END < 0 THEN CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END
          WHEN (
            CASE
              WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
              ELSE 2
            END = 0
          )
          AND NOT (
            CASE
              WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN TRUE
              ELSE FALSE
            END
          ) THEN 0
          ELSE CASE
            WHEN `t`.`i.invest` >= CAST(1000000 AS DECIMAL(24, 4)) THEN 0
            ELSE 2
          END
        END
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.1 AS DECIMAL(1, 1)) * `t`.`i.invest` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c1_in` AS `t`
  ),
  `c1_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(2000000 AS DECIMAL(25, 5)) THEN CAST(2000000 AS DECIMAL(25, 5))
          ELSE `t`.`_x1`
        END AS DECIMAL(25, 5)
      ) AS `_x2`
    FROM
      `c1_1` AS `t`
  ),
  `c1_3` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`_k2` <> 0 THEN `t`.`_k2`
        WHEN CASE
          WHEN (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END < 0
          )
          OR (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END >= 2
          ) THEN CASE
            WHEN `t`.`i.national` IS NULL THEN 1
            ELSE 0
          END
          ELSE 0
        END <> 0 THEN CASE
          WHEN (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END < 0
          )
          OR (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END >= 2
          ) THEN CASE
            WHEN `t`.`i.national` IS NULL THEN 1
            ELSE 0
          END
          ELSE 0
        END
        ELSE CASE
          WHEN (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END = 0
          )
          AND `t`.`i.national` THEN 0
          ELSE 0
        END
      END AS `_k3`,
      CAST(
        CASE
          WHEN (
            CASE
              WHEN `t`.`i.national` IS NULL THEN 1
              ELSE 0
            END = 0
          )
          AND `t`.`i.national` THEN CAST(
            `t`.`_x2` * CAST(
              CAST(1 AS DECIMAL(1, 0)) + CAST(0.2 AS DECIMAL(1, 1)) AS DECIMAL(3, 1)
            ) AS DECIMAL(28, 6)
          )
          ELSE CAST(`t`.`_x2` AS DECIMAL(28, 6))
        END AS DECIMAL(28, 6)
      ) AS `_x3`
    FROM
      `c1_2` AS `t`
  ),
  `c1_4` AS (
    SELECT
      `t`.*,
      `t`.`_k3` AS `_k4`,
      CAST(
        CASE
          WHEN `t`.`_x3` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                    )
                  ) AS DECIMAL(26, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                        )
                      ) AS DECIMAL(26, 0)
                    ) AS DECIMAL(7, 6)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(27, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(29, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                  )
                ) AS DECIMAL(26, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x3`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(31, 6)
                      )
                    ) AS DECIMAL(26, 0)
                  ) AS DECIMAL(7, 6)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(27, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(29, 2)
          )
        END AS DECIMAL(29, 2)
      ) AS `_x4`
    FROM
      `c1_3` AS `t`
  ),
  `c1` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      1 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k4` AS `code`,
      `t`.`_x4` AS `amount`
    FROM
      `c1_4` AS `t`
    WHERE
      (`t`.`_k4` <> 1)
      AND NOT (
        (`t`.`_k4` = 0)
        AND (`t`.`_x4` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c0_aw1` AS (
    SELECT
      `t`.*
    FROM
      (
        SELECT
          `t`.`applicant` AS `applicant`,
          `t`.`item` AS `item`,
          CAST(
            CASE
              WHEN (`t`.`_k4` = 0)
              AND (`t`.`_x4` > CAST(0 AS DECIMAL(1, 0))) THEN `t`.`_x4`
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(29, 2)
          ) AS `v`,
          CASE
            WHEN `t`.`_k4` >= 2 THEN `t`.`_k4`
            ELSE 0
          END AS `k`,
          ROW_NUMBER() OVER (
            PARTITION BY
              `t`.`applicant`,
              `t`.`item`
            ORDER BY
              `t`.`position` DESC
          ) AS `_last`
        FROM
          `c1_4` AS `t`
      ) AS `t`
    WHERE
      `t`.`_last` = 1
  ),
  `c0_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      CAST(
        COALESCE(`aw1`.`v`, CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(29, 2)
      ) AS `aw1.v`,
      COALESCE(`aw1`.`k`, 0) AS `aw1.k`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
      LEFT JOIN `c0_aw1` AS `aw1` ON (`aw1`.`applicant` = `f`.`applicant`)
      AND (
        `aw1`.`item` = CASE
          WHEN `i`.`id` IS NOT NULL
          AND (`i`.`id` <> '') THEN `i`.`id`
          ELSE '#' || CAST(`i`.`position` AS STRING)
        END
      )
    WHERE
      `f`.`_in_force`
  ),
  `c0_1` AS (
    SELECT
      `t`.*,
      `t`.`aw1.k` AS `_k1`,
      CAST(
        CAST(
          CAST(0.5 AS DECIMAL(1, 1)) * `t`.`aw1.v` AS DECIMAL(30, 3)
        ) AS DECIMAL(30, 3)
      ) AS `_x1`
    FROM
      `c0_in` AS `t`
  ),
  `c0_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(800000 AS DECIMAL(30, 3)) THEN CAST(800000 AS DECIMAL(30, 3))
          ELSE `t`.`_x1`
        END AS DECIMAL(30, 3)
      ) AS `_x2`
    FROM
      `c0_1` AS `t`
  ),
  `c0_3` AS (
    SELECT
      `t`.*,
      `t`.`_k2` AS `_k3`,
      CAST(
        CASE
          WHEN `t`.`_x2` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                    )
                  ) AS DECIMAL(31, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                        )
                      ) AS DECIMAL(31, 0)
                    ) AS DECIMAL(4, 3)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                  )
                ) AS DECIMAL(31, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(33, 3)
                      )
                    ) AS DECIMAL(31, 0)
                  ) AS DECIMAL(4, 3)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(32, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(34, 2)
          )
        END AS DECIMAL(34, 2)
      ) AS `_x3`
    FROM
      `c0_2` AS `t`
  ),
  `c0` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      0 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c0_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c2_aw1` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      CAST(SUM(`t`.`v`) AS DECIMAL(35, 2)) AS `v`,
      MAX(
        CASE
          WHEN `t`.`_first` = 1 THEN `t`.`k`
          ELSE 0
        END
      ) AS `k`
    FROM
      (
        SELECT
          `t`.`applicant` AS `applicant`,
          CAST(
            CASE
              WHEN (`t`.`_k4` = 0)
              AND (`t`.`_x4` > CAST(0 AS DECIMAL(1, 0))) THEN `t`.`_x4`
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(29, 2)
          ) AS `v`,
          CASE
            WHEN `t`.`_k4` >= 2 THEN `t`.`_k4`
            ELSE 0
          END AS `k`,
          ROW_NUMBER() OVER (
            PARTITION BY
              `t`.`applicant`
            ORDER BY
              CASE
                WHEN `t`.`_k4` >= 2 THEN 0
                ELSE 1
              END,
              `t`.`position`
          ) AS `_first`
        FROM
          `c1_4` AS `t`
      ) AS `t`
    GROUP BY
      `t`.`applicant`
  ),
  `c2_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      0 AS `position`,
      CAST(NULL AS STRING) AS `item`,
      CAST(
        COALESCE(`aw1`.`v`, CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(35, 2)
      ) AS `aw1.v`,
      COALESCE(`aw1`.`k`, 0) AS `aw1.k`
    FROM
      `facts` AS `f`
      LEFT JOIN `c2_aw1` AS `aw1` ON `aw1`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c2_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN `t`.`aw1.k` < 0 THEN `t`.`aw1.k`
            WHEN (`t`.`aw1.k` = 0)
            AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN 0
            ELSE `t`.`aw1.k`
          END = 0 THEN CASE
            WHEN CASE
              WHEN (`t`.`aw1.k` = 0)
              AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN FALSE
              ELSE TRUE
            END THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN `t`.`aw1.k` < 0 THEN `t`.`aw1.k`
            WHEN (`t`.`aw1.k` = 0)
            AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN 0
            ELSE `t`.`aw1.k`
          END
        END <> 0 THEN CASE
          WHEN CASE
            WHEN `t`.`aw1.k` < 0 THEN `t`.`aw1.k`
            WHEN (`t`.`aw1.k` = 0)
            AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN 0
            ELSE `t`.`aw1.k`
          END = 0 THEN CASE
            WHEN CASE
              WHEN (`t`.`aw1.k` = 0)
              AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN FALSE
              ELSE TRUE
            END THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN `t`.`aw1.k` < 0 THEN `t`.`aw1.k`
            WHEN (`t`.`aw1.k` = 0)
            AND NOT (`t`.`aw1.v` > CAST(0 AS DECIMAL(35, 2))) THEN 0
            ELSE `t`.`aw1.k`
          END
        END
        ELSE `t`.`aw1.k`
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.3 AS DECIMAL(1, 1)) * `t`.`aw1.v` AS DECIMAL(36, 3)
        ) AS DECIMAL(36, 3)
      ) AS `_x1`
    FROM
      `c2_in` AS `t`
  ),
  `c2_2` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`_k1` <> 0 THEN `t`.`_k1`
        ELSE CASE
          WHEN NOT (
            ABS(ABS(`t`.`_x1`)) < CAST(
              10000000000000000000000000000000 AS DECIMAL(32, 0)
            )
          ) THEN -1
          ELSE 0
        END
      END AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CASE
              WHEN ABS(
                CAST(
                  CAST(
                    FLOOR(
                      CASE
                        WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                          10000000000000000000000000000000 AS DECIMAL(32, 0)
                        ) THEN CAST(
                          CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      END
                    ) AS DECIMAL(35, 0)
                  ) + CASE
                    WHEN CAST(
                      CASE
                        WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                          10000000000000000000000000000000 AS DECIMAL(32, 0)
                        ) THEN CAST(
                          CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      END - CAST(
                        FLOOR(
                          CASE
                            WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                              10000000000000000000000000000000 AS DECIMAL(32, 0)
                            ) THEN CAST(
                              CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                            )
                          END
                        ) AS DECIMAL(35, 0)
                      ) AS DECIMAL(4, 3)
                    ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(36, 0)
                )
              ) < CAST(
                100000000000000000000000000000000000 AS DECIMAL(36, 0)
              ) THEN CAST(
                CAST(
                  CAST(
                    CAST(
                      FLOOR(
                        CASE
                          WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                            10000000000000000000000000000000 AS DECIMAL(32, 0)
                          ) THEN CAST(
                            CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                          )
                        END
                      ) AS DECIMAL(35, 0)
                    ) + CASE
                      WHEN CAST(
                        CASE
                          WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                            10000000000000000000000000000000 AS DECIMAL(32, 0)
                          ) THEN CAST(
                            CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                          )
                        END - CAST(
                          FLOOR(
                            CASE
                              WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                                10000000000000000000000000000000 AS DECIMAL(32, 0)
                              ) THEN CAST(
                                CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                              )
                            END
                          ) AS DECIMAL(35, 0)
                        ) AS DECIMAL(4, 3)
                      ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(36, 0)
                  ) AS DECIMAL(35, 0)
                ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(37, 2)
              )
            END
          )
          ELSE CASE
            WHEN ABS(
              CAST(
                CAST(
                  FLOOR(
                    CASE
                      WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                        10000000000000000000000000000000 AS DECIMAL(32, 0)
                      ) THEN CAST(
                        CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      )
                    END
                  ) AS DECIMAL(35, 0)
                ) + CASE
                  WHEN CAST(
                    CASE
                      WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                        10000000000000000000000000000000 AS DECIMAL(32, 0)
                      ) THEN CAST(
                        CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      )
                    END - CAST(
                      FLOOR(
                        CASE
                          WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                            10000000000000000000000000000000 AS DECIMAL(32, 0)
                          ) THEN CAST(
                            CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                          )
                        END
                      ) AS DECIMAL(35, 0)
                    ) AS DECIMAL(4, 3)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(36, 0)
              )
            ) < CAST(
              100000000000000000000000000000000000 AS DECIMAL(36, 0)
            ) THEN CAST(
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CASE
                        WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                          10000000000000000000000000000000 AS DECIMAL(32, 0)
                        ) THEN CAST(
                          CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      END
                    ) AS DECIMAL(35, 0)
                  ) + CASE
                    WHEN CAST(
                      CASE
                        WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                          10000000000000000000000000000000 AS DECIMAL(32, 0)
                        ) THEN CAST(
                          CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      END - CAST(
                        FLOOR(
                          CASE
                            WHEN ABS(ABS(`t`.`_x1`)) < CAST(
                              10000000000000000000000000000000 AS DECIMAL(32, 0)
                            ) THEN CAST(
                              CAST(ABS(`t`.`_x1`) AS DECIMAL(34, 3)) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                            )
                          END
                        ) AS DECIMAL(35, 0)
                      ) AS DECIMAL(4, 3)
                    ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(36, 0)
                ) AS DECIMAL(35, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(37, 2)
            )
          END
        END AS DECIMAL(37, 2)
      ) AS `_x2`
    FROM
      `c2_1` AS `t`
  ),
  `c2` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      2 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c2_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c3_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      0 AS `position`,
      CAST(NULL AS STRING) AS `item`,
      `f`.`company.revenue` AS `f.company.revenue`,
      `f`.`company.audited` AS `f.company.audited`
    FROM
      `facts` AS `f`
    WHERE
      `f`.`_in_force`
  ),
  `c3_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN `t`.`f.company.audited` IS NULL THEN 1
          ELSE 0
        END = 0 THEN CASE
          WHEN `t`.`f.company.audited` THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN `t`.`f.company.audited` IS NULL THEN 1
          ELSE 0
        END
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.01 AS DECIMAL(2, 2)) * `t`.`f.company.revenue` AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
      ) AS `_x1`
    FROM
      `c3_in` AS `t`
  ),
  `c3_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(300000 AS DECIMAL(26, 6)) THEN CAST(300000 AS DECIMAL(26, 6))
          ELSE `t`.`_x1`
        END AS DECIMAL(26, 6)
      ) AS `_x2`
    FROM
      `c3_1` AS `t`
  ),
  `c3_3` AS (
    SELECT
      `t`.*,
      `t`.`_k2` AS `_k3`,
      CAST(
        CASE
          WHEN `t`.`_x2` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(29, 6)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(7, 6)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS `_x3`
    FROM
      `c3_2` AS `t`
  ),
  `c3` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      3 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c3_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c4_aw3` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      CAST(SUM(`t`.`v`) AS DECIMAL(33, 2)) AS `v`,
      MAX(
        CASE
          WHEN `t`.`_first` = 1 THEN `t`.`k`
          ELSE 0
        END
      ) AS `k`
    FROM
      (
        SELECT
          `t`.`applicant` AS `applicant`,
          CAST(
            CASE
              WHEN (`t`.`_k3` = 0)
              AND (`t`.`_x3` > CAST(0 AS DECIMAL(1, 0))) THEN `t`.`_x3`
              ELSE CAST(0 AS DECIMAL(1, 0))
            END AS DECIMAL(27, 2)
          ) AS `v`,
          CASE
            WHEN `t`.`_k3` >= 2 THEN `t`.`_k3`
            ELSE 0
          END AS `k`,
          ROW_NUMBER() OVER (
            PARTITION BY
              `t`.`applicant`
            ORDER BY
              CASE
                WHEN `t`.`_k3` >= 2 THEN 0
                ELSE 1
              END,
              `t`.`position`
          ) AS `_first`
        FROM
          `c3_3` AS `t`
      ) AS `t`
    GROUP BY
      `t`.`applicant`
  ),
  `c4_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      CAST(
        COALESCE(`aw3`.`v`, CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(33, 2)
      ) AS `aw3.v`,
      COALESCE(`aw3`.`k`, 0) AS `aw3.k`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
      LEFT JOIN `c4_aw3` AS `aw3` ON `aw3`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c4_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN `t`.`aw3.k` < 0 THEN `t`.`aw3.k`
            WHEN (`t`.`aw3.k` = 0)
            AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN 0
            ELSE `t`.`aw3.k`
          END = 0 THEN CASE
            WHEN CASE
              WHEN (`t`.`aw3.k` = 0)
              AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN FALSE
              ELSE TRUE
            END THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN `t`.`aw3.k` < 0 THEN `t`.`aw3.k`
            WHEN (`t`.`aw3.k` = 0)
            AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN 0
            ELSE `t`.`aw3.k`
          END
        END <> 0 THEN CASE
          WHEN CASE
            WHEN `t`.`aw3.k` < 0 THEN `t`.`aw3.k`
            WHEN (`t`.`aw3.k` = 0)
            AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN 0
            ELSE `t`.`aw3.k`
          END = 0 THEN CASE
            WHEN CASE
              WHEN (`t`.`aw3.k` = 0)
              AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN FALSE
              ELSE TRUE
            END THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN `t`.`aw3.k` < 0 THEN `t`.`aw3.k`
            WHEN (`t`.`aw3.k` = 0)
            AND NOT (`t`.`aw3.v` > CAST(100000 AS DECIMAL(33, 2))) THEN 0
            ELSE `t`.`aw3.k`
          END
        END
        ELSE `t`.`aw3.k`
      END AS `_k1`,
      CAST(
        CAST(
          `t`.`aw3.v` * CAST(0.1 AS DECIMAL(1, 1)) AS DECIMAL(34, 3)
        ) AS DECIMAL(34, 3)
      ) AS `_x1`
    FROM
      `c4_in` AS `t`
  ),
  `c4_2` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`_k1` <> 0 THEN `t`.`_k1`
        ELSE CASE
          WHEN NOT (
            ABS(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                    )
                  ) AS DECIMAL(35, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      ) AS DECIMAL(35, 0)
                    ) AS DECIMAL(4, 3)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(36, 0)
              )
            ) < CAST(
              100000000000000000000000000000000000 AS DECIMAL(36, 0)
            )
          ) THEN -1
          ELSE 0
        END
      END AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CASE
              WHEN ABS(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      )
                    ) AS DECIMAL(35, 0)
                  ) + CASE
                    WHEN CAST(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                          )
                        ) AS DECIMAL(35, 0)
                      ) AS DECIMAL(4, 3)
                    ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(36, 0)
                )
              ) < CAST(
                100000000000000000000000000000000000 AS DECIMAL(36, 0)
              ) THEN CAST(
                CAST(
                  CAST(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      ) AS DECIMAL(35, 0)
                    ) + CASE
                      WHEN CAST(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                            )
                          ) AS DECIMAL(35, 0)
                        ) AS DECIMAL(4, 3)
                      ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(36, 0)
                  ) AS DECIMAL(35, 0)
                ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(37, 2)
              )
            END
          )
          ELSE CASE
            WHEN ABS(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                    )
                  ) AS DECIMAL(35, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                        )
                      ) AS DECIMAL(35, 0)
                    ) AS DECIMAL(4, 3)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(36, 0)
              )
            ) < CAST(
              100000000000000000000000000000000000 AS DECIMAL(36, 0)
            ) THEN CAST(
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      )
                    ) AS DECIMAL(35, 0)
                  ) + CASE
                    WHEN CAST(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(37, 3)
                          )
                        ) AS DECIMAL(35, 0)
                      ) AS DECIMAL(4, 3)
                    ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(36, 0)
                ) AS DECIMAL(35, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(37, 2)
            )
          END
        END AS DECIMAL(37, 2)
      ) AS `_x2`
    FROM
      `c4_1` AS `t`
  ),
  `c4` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      4 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c4_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `items_0` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(37, 2)) AS `amount`
    FROM
      `c1` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(37, 2)) AS `amount`
    FROM
      `c0` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(37, 2)) AS `amount`
    FROM
      `c2` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(37, 2)) AS `amount`
    FROM
      `c3` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(37, 2)) AS `amount`
    FROM
      `c4` AS `t`
  ),
  `failed` AS (
    SELECT
      `t`.*
    FROM
      (
        SELECT
          `t`.*,
          ROW_NUMBER() OVER (
            PARTITION BY
              `t`.`applicant`
            ORDER BY
              `t`.`phase`,
              `t`.`clause`,
              `t`.`position`
          ) AS `_rank`
        FROM
          `items_0` AS `t`
        WHERE
          `t`.`code` < 0
      ) AS `t`
    WHERE
      `t`.`_rank` = 1
  ),
  `totals` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      SUM(
        CASE
          WHEN `t`.`clause` IN (0, 1, 2, 3, 4) THEN CAST(`t`.`amount` AS DECIMAL(37, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS `total`,
      SUM(CAST(`t`.`amount` AS DECIMAL(37, 2))) AS `up_to_total`
    FROM
      `items_0` AS `t`
    WHERE
      `t`.`code` = 0
    GROUP BY
      `t`.`applicant`
  )
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('result' AS STRING) AS `kind`,
  CAST(0 AS BIGINT) AS `seq`,
  CAST(0 AS INT) AS `part`,
  CAST(`t`.`_in_force` AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(
    COALESCE(`s`.`total`, CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(38, 2)
  ) AS `total`,
  CAST(
    COALESCE(`s`.`up_to_total`, CAST(0 AS DECIMAL(1, 0))) AS DECIMAL(38, 2)
  ) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `facts` AS `t`
  LEFT JOIN `totals` AS `s` ON `s`.`applicant` = `t`.`applicant`
  LEFT JOIN `failed` AS `x` ON `x`.`applicant` = `t`.`applicant`
WHERE
  `x`.`applicant` IS NULL
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('award' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(0 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 4
      WHEN `t`.`clause` = 1 THEN 4
      WHEN `t`.`clause` = 2 THEN 4
      WHEN `t`.`clause` = 3 THEN 4
      WHEN `t`.`clause` = 4 THEN 4
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'county'
      WHEN `t`.`clause` = 1 THEN 'city'
      WHEN `t`.`clause` = 2 THEN 'matched'
      WHEN `t`.`clause` = 3 THEN 'base'
      WHEN `t`.`clause` = 4 THEN 'topUp'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(
    CAST(`t`.`amount` AS DECIMAL(37, 2)) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'exact'
      WHEN `t`.`clause` = 1 THEN 'exact'
      WHEN `t`.`clause` = 2 THEN 'exact'
      WHEN `t`.`clause` = 3 THEN 'exact'
      WHEN `t`.`clause` = 4 THEN 'exact'
    END AS STRING
  ) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_0` AS `t`
  LEFT JOIN `failed` AS `x` ON `x`.`applicant` = `t`.`applicant`
WHERE
  (`t`.`code` = 0)
  AND `x`.`applicant` IS NULL
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('pending' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(0 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 4
      WHEN `t`.`clause` = 1 THEN 4
      WHEN `t`.`clause` = 2 THEN 4
      WHEN `t`.`clause` = 3 THEN 4
      WHEN `t`.`clause` = 4 THEN 4
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'county'
      WHEN `t`.`clause` = 1 THEN 'city'
      WHEN `t`.`clause` = 2 THEN 'matched'
      WHEN `t`.`clause` = 3 THEN 'base'
      WHEN `t`.`clause` = 4 THEN 'topUp'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(
    CASE
      WHEN `t`.`code` = 2 THEN '门槛由实施细则确定'
    END AS STRING
  ) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_0` AS `t`
  LEFT JOIN `failed` AS `x` ON `x`.`applicant` = `t`.`applicant`
WHERE
  (`t`.`code` >= 2)
  AND `x`.`applicant` IS NULL
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('error' AS STRING) AS `kind`,
  CAST(0 AS BIGINT) AS `seq`,
  CAST(0 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(
    CASE
      WHEN `t`.`phase` = 0 THEN CASE
        WHEN `t`.`clause` = 0 THEN 'art4.county'
        WHEN `t`.`clause` = 1 THEN 'art4.city'
        WHEN `t`.`clause` = 2 THEN 'art4.matched'
        WHEN `t`.`clause` = 3 THEN 'art4.base'
        WHEN `t`.`clause` = 4 THEN 'art4.topUp'
      END
      ELSE ''
    END AS STRING
  ) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(
    CASE
      WHEN `t`.`code` = -1 THEN 'an amount exceeds the 38 digits that SQL decimals hold exactly'
      WHEN `t`.`code` = -2 THEN 'division by zero in `award of base / 10`'
    END AS STRING
  ) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `failed` AS `t`
ORDER BY
  `applicant`,
  `seq`,
  `part`;
