CREATE TABLE `applicants` (`applicant` BIGINT, `grant` DECIMAL(24, 4)) USING parquet;

CREATE TABLE `applicants_projects` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `investment` DECIMAL(24, 4)
) USING parquet;

WITH
  `facts` AS (
    SELECT
      `a`.*,
      TRUE AS `_in_force`
    FROM
      `applicants` AS `a`
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
      `i`.`investment` AS `i.investment`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c0_1` AS (
    SELECT
      `t`.*,
      0 AS `_k1`,
      CAST(
        CAST(
          CAST(0.03 AS DECIMAL(2, 2)) * `t`.`i.investment` AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
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
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(7, 6)
                  ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 6)
                      )
                    ) AS DECIMAL(22, 0)
                  ) AS DECIMAL(7, 6)
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(23, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
          )
        END AS DECIMAL(24, 0)
      ) AS `_x2`
    FROM
      `c0_1` AS `t`
  ),
  `c0` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      0 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c0_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
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
      `i`.`investment` AS `i.investment`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c1_1` AS (
    SELECT
      `t`.*,
      0 AS `_k1`,
      CAST(
        CAST(
          CAST(0.017 AS DECIMAL(3, 3)) * `t`.`i.investment` AS DECIMAL(27, 7)
        ) AS DECIMAL(27, 7)
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
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(8, 7)
                  ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(28, 7)
                      )
                    ) AS DECIMAL(22, 0)
                  ) AS DECIMAL(8, 7)
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(23, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
          )
        END AS DECIMAL(24, 0)
      ) AS `_x2`
    FROM
      `c1_1` AS `t`
  ),
  `c1` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      1 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c1_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c2_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      0 AS `position`,
      CAST(NULL AS STRING) AS `item`,
      `f`.`grant` AS `f.grant`
    FROM
      `facts` AS `f`
    WHERE
      `f`.`_in_force`
  ),
  `c2_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`f.grant` IS NULL THEN 1
        ELSE 0
      END AS `_k1`,
      CAST(`t`.`f.grant` AS DECIMAL(24, 4)) AS `_x1`
    FROM
      `c2_in` AS `t`
  ),
  `c2_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    )
                  ) AS DECIMAL(22, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                        )
                      ) AS DECIMAL(22, 0)
                    ) AS DECIMAL(5, 4)
                  ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                  )
                ) AS DECIMAL(22, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 4)
                      )
                    ) AS DECIMAL(22, 0)
                  ) AS DECIMAL(5, 4)
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(23, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(24, 0)
          )
        END AS DECIMAL(24, 0)
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
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `i`.`investment` AS `i.investment`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c3_1` AS (
    SELECT
      `t`.*,
      2 AS `_k1`,
      CAST(
        CAST(NULL * `t`.`i.investment` AS DECIMAL(25, 4)) AS DECIMAL(25, 4)
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
          WHEN `t`.`_x1` < CAST(0 AS DECIMAL(1, 0)) THEN - (
            CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                    )
                  ) AS DECIMAL(23, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                        )
                      ) AS DECIMAL(23, 0)
                    ) AS DECIMAL(5, 4)
                  ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(24, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                  )
                ) AS DECIMAL(23, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 4)
                      )
                    ) AS DECIMAL(23, 0)
                  ) AS DECIMAL(5, 4)
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(24, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(25, 0)
          )
        END AS DECIMAL(25, 0)
      ) AS `_x2`
    FROM
      `c3_1` AS `t`
  ),
  `c3` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      3 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c3_2` AS `t`
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
      CAST(`t`.`amount` AS DECIMAL(25, 0)) AS `amount`
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
      CAST(`t`.`amount` AS DECIMAL(25, 0)) AS `amount`
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
      CAST(`t`.`amount` AS DECIMAL(25, 0)) AS `amount`
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
      CAST(`t`.`amount` AS DECIMAL(25, 0)) AS `amount`
    FROM
      `c3` AS `t`
  ),
  `totals` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      SUM(
        CASE
          WHEN `t`.`clause` IN (0, 1, 2, 3) THEN CAST(`t`.`amount` AS DECIMAL(27, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS `total`,
      SUM(CAST(`t`.`amount` AS DECIMAL(27, 2))) AS `up_to_total`
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
      WHEN `t`.`clause` = 0 THEN 6
      WHEN `t`.`clause` = 1 THEN 6
      WHEN `t`.`clause` = 2 THEN 6
      WHEN `t`.`clause` = 3 THEN 6
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'thirds'
      WHEN `t`.`clause` = 1 THEN 'uneven'
      WHEN `t`.`clause` = 2 THEN 'halves'
      WHEN `t`.`clause` = 3 THEN 'waiting'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(
    CAST(`t`.`amount` AS DECIMAL(27, 2)) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'exact'
      WHEN `t`.`clause` = 1 THEN 'exact'
      WHEN `t`.`clause` = 2 THEN 'exact'
      WHEN `t`.`clause` = 3 THEN 'exact'
    END AS STRING
  ) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`code` = 0
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
      WHEN `t`.`clause` = 0 THEN 6
      WHEN `t`.`clause` = 1 THEN 6
      WHEN `t`.`clause` = 2 THEN 6
      WHEN `t`.`clause` = 3 THEN 6
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'thirds'
      WHEN `t`.`clause` = 1 THEN 'uneven'
      WHEN `t`.`clause` = 2 THEN 'halves'
      WHEN `t`.`clause` = 3 THEN 'waiting'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(
    CASE
      WHEN `t`.`code` = 2 THEN '比例待定'
    END AS STRING
  ) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`code` >= 2
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(1 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(
    CAST(
      CASE
        WHEN `t`.`clause` = 0 THEN CAST(
          CAST(
            CAST(
              CAST(
                (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - MOD(
                    CAST(
                      CAST(
                        CAST(
                          `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                      ) AS DECIMAL(27, 0)
                    ),
                    CAST(3 AS DECIMAL(1, 0))
                  )
                ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - (
                    CAST(
                      (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - MOD(
                          CAST(
                            CAST(
                              CAST(
                                `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(3 AS DECIMAL(1, 0))
                        )
                      ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                    ) * CAST(3 AS DECIMAL(1, 0))
                  )
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
          ) AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 1 THEN CAST(
          CAST(
            CAST(
              CAST(
                (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - MOD(
                    CAST(
                      CAST(
                        CAST(
                          `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                      ) AS DECIMAL(27, 0)
                    ),
                    CAST(7 AS DECIMAL(1, 0))
                  )
                ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - (
                    CAST(
                      (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - MOD(
                          CAST(
                            CAST(
                              CAST(
                                `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(7 AS DECIMAL(1, 0))
                        )
                      ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                    ) * CAST(7 AS DECIMAL(1, 0))
                  )
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
          ) AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 2 THEN CAST(
          CASE
            WHEN CAST(
              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
            ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                      )
                    ) AS DECIMAL(27, 0)
                  ) + CASE
                    WHEN CAST(
                      CAST(
                        ABS(
                          CAST(
                            `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                          )
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                          )
                        ) AS DECIMAL(27, 0)
                      ) AS DECIMAL(2, 1)
                    ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
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
                          `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                    )
                  ) AS DECIMAL(27, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(
                        CAST(
                          `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                        )
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                        )
                      ) AS DECIMAL(27, 0)
                    ) AS DECIMAL(2, 1)
                  ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(28, 0)
              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
            )
          END AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 3 THEN CAST(
          CAST(
            CAST(
              CAST(
                (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - MOD(
                    CAST(
                      CAST(
                        CAST(
                          `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                      ) AS DECIMAL(27, 0)
                    ),
                    CAST(7 AS DECIMAL(1, 0))
                  )
                ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - (
                    CAST(
                      (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - MOD(
                          CAST(
                            CAST(
                              CAST(
                                `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(7 AS DECIMAL(1, 0))
                        )
                      ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                    ) * CAST(7 AS DECIMAL(1, 0))
                  )
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
          ) AS DECIMAL(26, 0)
        )
      END AS DECIMAL(28, 2)
    ) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'province'
      WHEN `t`.`clause` = 1 THEN 'province'
      WHEN `t`.`clause` = 2 THEN 'province'
      WHEN `t`.`clause` = 3 THEN 'province'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
      WHEN `t`.`clause` = 1 THEN '2/7'
      WHEN `t`.`clause` = 2 THEN '1/2'
      WHEN `t`.`clause` = 3 THEN '3/7'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0, 1, 2, 3)
  AND (`t`.`code` = 0)
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(1 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'province'
      WHEN `t`.`clause` = 1 THEN 'province'
      WHEN `t`.`clause` = 2 THEN 'province'
      WHEN `t`.`clause` = 3 THEN 'province'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
      WHEN `t`.`clause` = 1 THEN '2/7'
      WHEN `t`.`clause` = 2 THEN '1/2'
      WHEN `t`.`clause` = 3 THEN '3/7'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0, 1, 2, 3)
  AND (`t`.`code` >= 2)
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(2 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(
    CAST(
      CASE
        WHEN `t`.`clause` = 0 THEN CAST(
          CAST(
            CAST(
              CAST(
                (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - MOD(
                    CAST(
                      CAST(
                        CAST(
                          `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                        ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                      ) AS DECIMAL(27, 0)
                    ),
                    CAST(3 AS DECIMAL(1, 0))
                  )
                ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
              ) + CASE
                WHEN (
                  CAST(
                    CAST(
                      CAST(
                        `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                      ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                    ) AS DECIMAL(27, 0)
                  ) - (
                    CAST(
                      (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - MOD(
                          CAST(
                            CAST(
                              CAST(
                                `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(3 AS DECIMAL(1, 0))
                        )
                      ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                    ) * CAST(3 AS DECIMAL(1, 0))
                  )
                ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
          ) AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 1 THEN CAST(
          CAST(
            `t`.`amount` - CAST(
              CAST(0 AS DECIMAL(1, 0)) + CAST(
                CAST(
                  CAST(
                    (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - MOD(
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ),
                        CAST(7 AS DECIMAL(1, 0))
                      )
                    ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - (
                        CAST(
                          (
                            CAST(
                              CAST(
                                CAST(
                                  `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                              ) AS DECIMAL(27, 0)
                            ) - MOD(
                              CAST(
                                CAST(
                                  CAST(
                                    `t`.`amount` * CAST(2 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                                ) AS DECIMAL(27, 0)
                              ),
                              CAST(7 AS DECIMAL(1, 0))
                            )
                          ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                        ) * CAST(7 AS DECIMAL(1, 0))
                      )
                    ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(28, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
              ) AS DECIMAL(30, 0)
            ) AS DECIMAL(31, 0)
          ) AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 2 THEN CAST(
          CAST(
            `t`.`amount` - CAST(
              CAST(0 AS DECIMAL(1, 0)) + CASE
                WHEN CAST(
                  `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
                  CAST(
                    CAST(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                          )
                        ) AS DECIMAL(27, 0)
                      ) + CASE
                        WHEN CAST(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                              )
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                                  )
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                              )
                            ) AS DECIMAL(27, 0)
                          ) AS DECIMAL(2, 1)
                        ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
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
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                        )
                      ) AS DECIMAL(27, 0)
                    ) + CASE
                      WHEN CAST(
                        CAST(
                          ABS(
                            CAST(
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                            )
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(26, 1)
                                )
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 1)
                            )
                          ) AS DECIMAL(27, 0)
                        ) AS DECIMAL(2, 1)
                      ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(28, 0)
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
                )
              END AS DECIMAL(30, 0)
            ) AS DECIMAL(31, 0)
          ) AS DECIMAL(26, 0)
        )
        WHEN `t`.`clause` = 3 THEN CAST(
          CAST(
            `t`.`amount` - CAST(
              CAST(0 AS DECIMAL(1, 0)) + CAST(
                CAST(
                  CAST(
                    (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - MOD(
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ),
                        CAST(7 AS DECIMAL(1, 0))
                      )
                    ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - (
                        CAST(
                          (
                            CAST(
                              CAST(
                                CAST(
                                  `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                              ) AS DECIMAL(27, 0)
                            ) - MOD(
                              CAST(
                                CAST(
                                  CAST(
                                    `t`.`amount` * CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                                ) AS DECIMAL(27, 0)
                              ),
                              CAST(7 AS DECIMAL(1, 0))
                            )
                          ) / CAST(7 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                        ) * CAST(7 AS DECIMAL(1, 0))
                      )
                    ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(28, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
              ) AS DECIMAL(30, 0)
            ) AS DECIMAL(31, 0)
          ) AS DECIMAL(26, 0)
        )
      END AS DECIMAL(28, 2)
    ) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'city'
      WHEN `t`.`clause` = 1 THEN 'city'
      WHEN `t`.`clause` = 2 THEN 'city'
      WHEN `t`.`clause` = 3 THEN 'city'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
      WHEN `t`.`clause` = 1 THEN '5/7'
      WHEN `t`.`clause` = 2 THEN '1/2'
      WHEN `t`.`clause` = 3 THEN '4/7'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0, 1, 2, 3)
  AND (`t`.`code` = 0)
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(2 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'city'
      WHEN `t`.`clause` = 1 THEN 'city'
      WHEN `t`.`clause` = 2 THEN 'city'
      WHEN `t`.`clause` = 3 THEN 'city'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
      WHEN `t`.`clause` = 1 THEN '5/7'
      WHEN `t`.`clause` = 2 THEN '1/2'
      WHEN `t`.`clause` = 3 THEN '4/7'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0, 1, 2, 3)
  AND (`t`.`code` >= 2)
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(3 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(
    CAST(
      CASE
        WHEN `t`.`clause` = 0 THEN CAST(
          CAST(
            `t`.`amount` - CAST(
              CAST(
                CAST(0 AS DECIMAL(1, 0)) + CAST(
                  CAST(
                    CAST(
                      (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - MOD(
                          CAST(
                            CAST(
                              CAST(
                                `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                              ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                            ) AS DECIMAL(27, 0)
                          ),
                          CAST(3 AS DECIMAL(1, 0))
                        )
                      ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                    ) + CASE
                      WHEN (
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ) - (
                          CAST(
                            (
                              CAST(
                                CAST(
                                  CAST(
                                    `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                                ) AS DECIMAL(27, 0)
                              ) - MOD(
                                CAST(
                                  CAST(
                                    CAST(
                                      `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                    ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                                  ) AS DECIMAL(27, 0)
                                ),
                                CAST(3 AS DECIMAL(1, 0))
                              )
                            ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                          ) * CAST(3 AS DECIMAL(1, 0))
                        )
                      ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(28, 0)
                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
                ) AS DECIMAL(30, 0)
              ) + CAST(
                CAST(
                  CAST(
                    (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - MOD(
                        CAST(
                          CAST(
                            CAST(
                              `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                            ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                          ) AS DECIMAL(27, 0)
                        ),
                        CAST(3 AS DECIMAL(1, 0))
                      )
                    ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                  ) + CASE
                    WHEN (
                      CAST(
                        CAST(
                          CAST(
                            `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                          ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                        ) AS DECIMAL(27, 0)
                      ) - (
                        CAST(
                          (
                            CAST(
                              CAST(
                                CAST(
                                  `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                              ) AS DECIMAL(27, 0)
                            ) - MOD(
                              CAST(
                                CAST(
                                  CAST(
                                    `t`.`amount` * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(26, 0)
                                  ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(27, 0)
                                ) AS DECIMAL(27, 0)
                              ),
                              CAST(3 AS DECIMAL(1, 0))
                            )
                          ) / CAST(3 AS DECIMAL(1, 0)) AS DECIMAL(38, 0)
                        ) * CAST(3 AS DECIMAL(1, 0))
                      )
                    ) > CAST(0 AS DECIMAL(1, 0)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(28, 0)
                ) * CAST(1 AS DECIMAL(1, 0)) AS DECIMAL(29, 0)
              ) AS DECIMAL(31, 0)
            ) AS DECIMAL(32, 0)
          ) AS DECIMAL(26, 0)
        )
      END AS DECIMAL(28, 2)
    ) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'county'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0)
  AND (`t`.`code` = 0)
UNION ALL
SELECT
  CAST(`t`.`applicant` AS BIGINT) AS `applicant`,
  CAST('funding' AS STRING) AS `kind`,
  CAST(
    1 + (CAST(`t`.`phase` AS BIGINT) * 1000000000000) + (CAST(`t`.`clause` AS BIGINT) * 1000000000) + CAST(`t`.`position` AS BIGINT) AS BIGINT
  ) AS `seq`,
  CAST(3 AS INT) AS `part`,
  CAST(NULL AS BOOLEAN) AS `in_force`,
  CAST(NULL AS DATE) AS `application_date`,
  CAST(NULL AS DECIMAL(38, 2)) AS `total`,
  CAST(NULL AS DECIMAL(38, 2)) AS `up_to_total`,
  CAST(NULL AS INT) AS `article`,
  CAST(NULL AS STRING) AS `clause`,
  CAST(NULL AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN 'county'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 0 THEN '1/3'
    END AS STRING
  ) AS `share`
FROM
  `items_0` AS `t`
WHERE
  `t`.`clause` IN (0)
  AND (`t`.`code` >= 2)
ORDER BY
  `applicant`,
  `seq`,
  `part`;
