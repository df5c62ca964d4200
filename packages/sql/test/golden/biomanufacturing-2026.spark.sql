CREATE TABLE `applicants` (
  `applicant` BIGINT,
  `applicationDate` DATE,
  `rdInvestment.current` DECIMAL(24, 4),
  `rdInvestment.previous` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_pilotPlatforms` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `kind` STRING,
  `totalInvestment` DECIMAL(24, 4),
  `performanceQualified` BOOLEAN,
  `operating` BOOLEAN,
  `annualServiceToProvincialEnterprises` DECIMAL(24, 4),
  `nationalPilotPlatform` BOOLEAN
) USING parquet;

CREATE TABLE `applicants_techContracts` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `type` STRING,
  `seller` STRING,
  `actualPayment` DECIMAL(24, 4),
  `landedInProvince` BOOLEAN
) USING parquet;

CREATE TABLE `applicants_projects` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `construction` STRING,
  `highTech` BOOLEAN,
  `fixedAssetInvestment` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_digitalisation` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `kind` STRING,
  `provinciallyCertified` BOOLEAN,
  `contractAmount` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_techTransformationLoans` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `meetsTechTransformationPolicy` BOOLEAN,
  `interestPaid` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_clinicalTrials` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `productType` STRING,
  `phase` DECIMAL(1, 0),
  `approvedByNationalRegulator` BOOLEAN
) USING parquet;

CREATE TABLE `applicants_productLaunches` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `productType` STRING,
  `producedAndSoldInProvince` BOOLEAN
) USING parquet;

CREATE TABLE `applicants_tcmProducts` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `salesRevenueIncrease` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_procurementWins` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `scheme` STRING,
  `annualProcurementAmount` DECIMAL(24, 4)
) USING parquet;

CREATE TABLE `applicants_newFoodApprovals` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `category` STRING
) USING parquet;

CREATE TABLE `applicants_keyNewProducts` (
  `applicant` BIGINT,
  `position` INT,
  `id` STRING,
  `provincialKeyNewProduct` BOOLEAN,
  `annualSalesRevenue` DECIMAL(24, 4),
  `annualTransactionAmount` DECIMAL(24, 4)
) USING parquet;

WITH
  `facts` AS (
    SELECT
      `a`.*,
      CASE
        WHEN (`a`.`applicationDate` >= DATE '2026-02-13')
        AND (`a`.`applicationDate` <= DATE '2028-12-31') THEN TRUE
        ELSE FALSE
      END AS `_in_force`
    FROM
      `applicants` AS `a`
  ),
  `c2_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      0 AS `position`,
      CAST(NULL AS STRING) AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `f`.`rdInvestment.current` AS `f.rdInvestment.current`,
      `f`.`rdInvestment.previous` AS `f.rdInvestment.previous`
    FROM
      `facts` AS `f`
    WHERE
      `f`.`_in_force`
  ),
  `c2_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN CASE
            WHEN (
              `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4))
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4)) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4))
            ) IS NULL THEN 1
            ELSE 0
          END
        END <> 0 THEN CASE
          WHEN CASE
            WHEN (
              `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4))
            ) IS NULL THEN 1
            ELSE 0
          END = 0 THEN CASE
            WHEN `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4)) THEN 0
            ELSE 1
          END
          ELSE CASE
            WHEN (
              `t`.`f.rdInvestment.current` >= CAST(500000 AS DECIMAL(24, 4))
            ) IS NULL THEN 1
            ELSE 0
          END
        END
        ELSE 4
      END AS `_k1`,
      CAST(
        CAST(
          CAST(
            NULL * CASE
              WHEN `t`.`f.rdInvestment.current` IS NULL
              OR `t`.`f.rdInvestment.previous` IS NULL THEN NULL
              WHEN `t`.`f.rdInvestment.previous` < `t`.`f.rdInvestment.current` THEN `t`.`f.rdInvestment.previous`
              ELSE `t`.`f.rdInvestment.current`
            END AS DECIMAL(25, 4)
          ) + CAST(
            NULL * CASE
              WHEN CAST(
                `t`.`f.rdInvestment.current` - `t`.`f.rdInvestment.previous` AS DECIMAL(25, 4)
              ) IS NULL
              OR CAST(0 AS DECIMAL(25, 4)) IS NULL THEN NULL
              WHEN CAST(0 AS DECIMAL(25, 4)) > CAST(
                `t`.`f.rdInvestment.current` - `t`.`f.rdInvestment.previous` AS DECIMAL(25, 4)
              ) THEN CAST(0 AS DECIMAL(25, 4))
              ELSE CAST(
                `t`.`f.rdInvestment.current` - `t`.`f.rdInvestment.previous` AS DECIMAL(25, 4)
              )
            END AS DECIMAL(26, 4)
          ) AS DECIMAL(27, 4)
        ) AS DECIMAL(27, 4)
      ) AS `_x1`
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                    )
                  ) AS DECIMAL(27, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                        )
                      ) AS DECIMAL(27, 0)
                    ) AS DECIMAL(5, 4)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(28, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(30, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                  )
                ) AS DECIMAL(27, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(30, 4)
                      )
                    ) AS DECIMAL(27, 0)
                  ) AS DECIMAL(5, 4)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(28, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(30, 2)
          )
        END AS DECIMAL(30, 2)
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
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`totalInvestment` AS `i.totalInvestment`,
      `i`.`performanceQualified` AS `i.performanceQualified`,
      `i`.`nationalPilotPlatform` AS `i.nationalPilotPlatform`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_pilotPlatforms` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c3_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN `t`.`i.performanceQualified`
          AND `t`.`i.totalInvestment` IS NOT NULL THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN `t`.`i.performanceQualified`
          AND `t`.`i.totalInvestment` IS NOT NULL THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN `t`.`i.totalInvestment` IS NULL THEN 1
          ELSE 0
        END
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.3 AS DECIMAL(1, 1)) * `t`.`i.totalInvestment` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
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
          WHEN `t`.`_x1` > CAST(10000000 AS DECIMAL(25, 5)) THEN CAST(10000000 AS DECIMAL(25, 5))
          ELSE `t`.`_x1`
        END AS DECIMAL(25, 5)
      ) AS `_x2`
    FROM
      `c3_1` AS `t`
  ),
  `c3_3` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`_k2` <> 0 THEN `t`.`_k2`
        ELSE CASE
          WHEN `t`.`i.nationalPilotPlatform` THEN 0
          ELSE 0
        END
      END AS `_k3`,
      CAST(
        CASE
          WHEN `t`.`i.nationalPilotPlatform` THEN CAST(
            `t`.`_x2` * CAST(
              CAST(1 AS DECIMAL(1, 0)) + CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(3, 1)
            ) AS DECIMAL(28, 6)
          )
          ELSE CAST(`t`.`_x2` AS DECIMAL(28, 6))
        END AS DECIMAL(28, 6)
      ) AS `_x3`
    FROM
      `c3_2` AS `t`
  ),
  `c3_4` AS (
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
      `c3_3` AS `t`
  ),
  `c3` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      3 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k4` AS `code`,
      `t`.`_x4` AS `amount`
    FROM
      `c3_4` AS `t`
    WHERE
      (`t`.`_k4` <> 1)
      AND NOT (
        (`t`.`_k4` = 0)
        AND (`t`.`_x4` <= CAST(0 AS DECIMAL(1, 0)))
      )
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
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`annualServiceToProvincialEnterprises` AS `i.annualServiceToProvincialEnterprises`,
      `i`.`operating` AS `i.operating`,
      `i`.`nationalPilotPlatform` AS `i.nationalPilotPlatform`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_pilotPlatforms` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c4_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN `t`.`i.operating`
          AND `t`.`i.annualServiceToProvincialEnterprises` IS NOT NULL THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN `t`.`i.operating`
          AND `t`.`i.annualServiceToProvincialEnterprises` IS NOT NULL THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN `t`.`i.annualServiceToProvincialEnterprises` IS NULL THEN 1
          ELSE 0
        END
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.2 AS DECIMAL(1, 1)) * `t`.`i.annualServiceToProvincialEnterprises` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c4_in` AS `t`
  ),
  `c4_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(5000000 AS DECIMAL(25, 5)) THEN CAST(5000000 AS DECIMAL(25, 5))
          ELSE `t`.`_x1`
        END AS DECIMAL(25, 5)
      ) AS `_x2`
    FROM
      `c4_1` AS `t`
  ),
  `c4_3` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`_k2` <> 0 THEN `t`.`_k2`
        ELSE CASE
          WHEN `t`.`i.nationalPilotPlatform` THEN 0
          ELSE 0
        END
      END AS `_k3`,
      CAST(
        CASE
          WHEN `t`.`i.nationalPilotPlatform` THEN CAST(
            `t`.`_x2` * CAST(
              CAST(1 AS DECIMAL(1, 0)) + CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(3, 1)
            ) AS DECIMAL(28, 6)
          )
          ELSE CAST(`t`.`_x2` AS DECIMAL(28, 6))
        END AS DECIMAL(28, 6)
      ) AS `_x3`
    FROM
      `c4_2` AS `t`
  ),
  `c4_4` AS (
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
      `c4_3` AS `t`
  ),
  `c4` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      4 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k4` AS `code`,
      `t`.`_x4` AS `amount`
    FROM
      `c4_4` AS `t`
    WHERE
      (`t`.`_k4` <> 1)
      AND NOT (
        (`t`.`_k4` = 0)
        AND (`t`.`_x4` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c5_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`actualPayment` AS `i.actualPayment`,
      `i`.`type` AS `i.type`,
      `i`.`seller` AS `i.seller`,
      `i`.`landedInProvince` AS `i.landedInProvince`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_techContracts` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c5_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`i.type` IN ('transfer', 'license')
        AND `t`.`i.seller` IN (
          'university',
          'research-institute',
          'new-rd-institution'
        )
        AND `t`.`i.landedInProvince`
        AND (
          `t`.`i.actualPayment` >= CAST(1000000 AS DECIMAL(24, 4))
        ) THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.2 AS DECIMAL(1, 1)) * `t`.`i.actualPayment` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c5_in` AS `t`
  ),
  `c5_2` AS (
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
      `c5_1` AS `t`
  ),
  `c5_3` AS (
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
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS `_x3`
    FROM
      `c5_2` AS `t`
  ),
  `c5` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      5 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c5_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c6_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`fixedAssetInvestment` AS `i.fixedAssetInvestment`,
      `i`.`construction` AS `i.construction`,
      `i`.`highTech` AS `i.highTech`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_projects` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c6_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN (`t`.`i.construction` = 'new')
        AND `t`.`i.highTech`
        AND (
          `t`.`i.fixedAssetInvestment` >= CAST(20000000 AS DECIMAL(24, 4))
        ) THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.2 AS DECIMAL(1, 1)) * `t`.`i.fixedAssetInvestment` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c6_in` AS `t`
  ),
  `c6_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(50000000 AS DECIMAL(25, 5)) THEN CAST(50000000 AS DECIMAL(25, 5))
          ELSE `t`.`_x1`
        END AS DECIMAL(25, 5)
      ) AS `_x2`
    FROM
      `c6_1` AS `t`
  ),
  `c6_3` AS (
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
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS `_x3`
    FROM
      `c6_2` AS `t`
  ),
  `c6` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      6 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c6_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c9_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`interestPaid` AS `i.interestPaid`,
      `i`.`meetsTechTransformationPolicy` AS `i.meetsTechTransformationPolicy`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_techTransformationLoans` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c9_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN `t`.`i.meetsTechTransformationPolicy` THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN `t`.`i.meetsTechTransformationPolicy` THEN 0
          ELSE 1
        END
        ELSE 5
      END AS `_k1`,
      CAST(
        CAST(NULL * `t`.`i.interestPaid` AS DECIMAL(25, 4)) AS DECIMAL(25, 4)
      ) AS `_x1`
    FROM
      `c9_in` AS `t`
  ),
  `c9_2` AS (
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                    )
                  ) AS DECIMAL(25, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                        )
                      ) AS DECIMAL(25, 0)
                    ) AS DECIMAL(5, 4)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(26, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(28, 2)
            )
          )
          ELSE CAST(
            CAST(
              CAST(
                FLOOR(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                  )
                ) AS DECIMAL(25, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 4)
                      )
                    ) AS DECIMAL(25, 0)
                  ) AS DECIMAL(5, 4)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(26, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(28, 2)
          )
        END AS DECIMAL(28, 2)
      ) AS `_x2`
    FROM
      `c9_1` AS `t`
  ),
  `c9` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      9 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c9_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c10_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`contractAmount` AS `i.contractAmount`,
      `i`.`kind` AS `i.kind`,
      `i`.`provinciallyCertified` AS `i.provinciallyCertified`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_digitalisation` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c10_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN (`t`.`i.kind` = 'digital-workshop')
        AND `t`.`i.provinciallyCertified` THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.1 AS DECIMAL(1, 1)) * `t`.`i.contractAmount` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c10_in` AS `t`
  ),
  `c10_2` AS (
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
      `c10_1` AS `t`
  ),
  `c10_3` AS (
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
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS `_x3`
    FROM
      `c10_2` AS `t`
  ),
  `c10` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      10 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c10_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c11_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`contractAmount` AS `i.contractAmount`,
      `i`.`kind` AS `i.kind`,
      `i`.`provinciallyCertified` AS `i.provinciallyCertified`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_digitalisation` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c11_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN (`t`.`i.kind` = 'smart-factory')
        AND `t`.`i.provinciallyCertified` THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.1 AS DECIMAL(1, 1)) * `t`.`i.contractAmount` AS DECIMAL(25, 5)
        ) AS DECIMAL(25, 5)
      ) AS `_x1`
    FROM
      `c11_in` AS `t`
  ),
  `c11_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(10000000 AS DECIMAL(25, 5)) THEN CAST(10000000 AS DECIMAL(25, 5))
          ELSE `t`.`_x1`
        END AS DECIMAL(25, 5)
      ) AS `_x2`
    FROM
      `c11_1` AS `t`
  ),
  `c11_3` AS (
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
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    )
                  ) AS DECIMAL(24, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
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
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  )
                ) AS DECIMAL(24, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x2`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(28, 5)
                      )
                    ) AS DECIMAL(24, 0)
                  ) AS DECIMAL(6, 5)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(25, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(27, 2)
          )
        END AS DECIMAL(27, 2)
      ) AS `_x3`
    FROM
      `c11_2` AS `t`
  ),
  `c11` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      11 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c11_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c14_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`phase` AS `i.phase`,
      `i`.`approvedByNationalRegulator` AS `i.approvedByNationalRegulator`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_clinicalTrials` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c14_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN CASE
          WHEN `t`.`i.approvedByNationalRegulator` THEN 0
          ELSE 1
        END <> 0 THEN CASE
          WHEN `t`.`i.approvedByNationalRegulator` THEN 0
          ELSE 1
        END
        ELSE CASE
          WHEN `t`.`i.phase` = CAST(1 AS DECIMAL(1, 0)) THEN 0
          WHEN `t`.`i.phase` = CAST(2 AS DECIMAL(1, 0)) THEN 0
          WHEN `t`.`i.phase` = CAST(3 AS DECIMAL(1, 0)) THEN 0
          ELSE 1
        END
      END AS `_k1`,
      CAST(
        CASE
          WHEN `t`.`i.phase` = CAST(1 AS DECIMAL(1, 0)) THEN CAST(8000000 AS DECIMAL(8, 0))
          WHEN `t`.`i.phase` = CAST(2 AS DECIMAL(1, 0)) THEN CAST(10000000 AS DECIMAL(8, 0))
          WHEN `t`.`i.phase` = CAST(3 AS DECIMAL(1, 0)) THEN CAST(15000000 AS DECIMAL(8, 0))
        END AS DECIMAL(8, 0)
      ) AS `_x1`
    FROM
      `c14_in` AS `t`
  ),
  `c14_2` AS (
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    )
                  ) AS DECIMAL(12, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                        )
                      ) AS DECIMAL(12, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  )
                ) AS DECIMAL(12, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                      )
                    ) AS DECIMAL(12, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(13, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(15, 2)
          )
        END AS DECIMAL(15, 2)
      ) AS `_x2`
    FROM
      `c14_1` AS `t`
  ),
  `c14` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      14 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c14_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c15_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`producedAndSoldInProvince` AS `i.producedAndSoldInProvince`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_productLaunches` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c15_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`i.producedAndSoldInProvince` THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(CAST(15000000 AS DECIMAL(8, 0)) AS DECIMAL(8, 0)) AS `_x1`
    FROM
      `c15_in` AS `t`
  ),
  `c15_2` AS (
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    )
                  ) AS DECIMAL(12, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                        )
                      ) AS DECIMAL(12, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  )
                ) AS DECIMAL(12, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                      )
                    ) AS DECIMAL(12, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(13, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(15, 2)
          )
        END AS DECIMAL(15, 2)
      ) AS `_x2`
    FROM
      `c15_1` AS `t`
  ),
  `c15` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      15 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c15_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c16_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`salesRevenueIncrease` AS `i.salesRevenueIncrease`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_tcmProducts` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c16_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`i.salesRevenueIncrease` >= CAST(300000000 AS DECIMAL(24, 4)) THEN 0
        WHEN `t`.`i.salesRevenueIncrease` >= CAST(100000000 AS DECIMAL(24, 4)) THEN 0
        WHEN `t`.`i.salesRevenueIncrease` >= CAST(50000000 AS DECIMAL(24, 4)) THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CASE
          WHEN `t`.`i.salesRevenueIncrease` >= CAST(300000000 AS DECIMAL(24, 4)) THEN CAST(10000000 AS DECIMAL(8, 0))
          WHEN `t`.`i.salesRevenueIncrease` >= CAST(100000000 AS DECIMAL(24, 4)) THEN CAST(5000000 AS DECIMAL(8, 0))
          WHEN `t`.`i.salesRevenueIncrease` >= CAST(50000000 AS DECIMAL(24, 4)) THEN CAST(3000000 AS DECIMAL(8, 0))
        END AS DECIMAL(8, 0)
      ) AS `_x1`
    FROM
      `c16_in` AS `t`
  ),
  `c16_2` AS (
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    )
                  ) AS DECIMAL(12, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                        )
                      ) AS DECIMAL(12, 0)
                    ) AS DECIMAL(1, 0)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
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
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  )
                ) AS DECIMAL(12, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(11, 0)
                      )
                    ) AS DECIMAL(12, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(13, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(15, 2)
          )
        END AS DECIMAL(15, 2)
      ) AS `_x2`
    FROM
      `c16_1` AS `t`
  ),
  `c16` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      16 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c16_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c17_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`annualProcurementAmount` AS `i.annualProcurementAmount`,
      `i`.`scheme` AS `i.scheme`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_procurementWins` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c17_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`i.scheme` IN (
          'national',
          'inter-provincial-alliance',
          'exclusive-negotiation'
        ) THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.05 AS DECIMAL(2, 2)) * `t`.`i.annualProcurementAmount` AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
      ) AS `_x1`
    FROM
      `c17_in` AS `t`
  ),
  `c17_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(5000000 AS DECIMAL(26, 6)) THEN CAST(5000000 AS DECIMAL(26, 6))
          ELSE `t`.`_x1`
        END AS DECIMAL(26, 6)
      ) AS `_x2`
    FROM
      `c17_1` AS `t`
  ),
  `c17_3` AS (
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
      `c17_2` AS `t`
  ),
  `c17` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      17 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c17_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c18_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_newFoodApprovals` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c18_1` AS (
    SELECT
      `t`.*,
      0 AS `_k1`,
      CAST(CAST(2000000 AS DECIMAL(7, 0)) AS DECIMAL(7, 0)) AS `_x1`
    FROM
      `c18_in` AS `t`
  ),
  `c18_2` AS (
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
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                    )
                  ) AS DECIMAL(11, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
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
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                  )
                ) AS DECIMAL(11, 0)
              ) + CASE
                WHEN CAST(
                  CAST(
                    ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                  ) - CAST(
                    FLOOR(
                      CAST(
                        ABS(`t`.`_x1`) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(10, 0)
                      )
                    ) AS DECIMAL(11, 0)
                  ) AS DECIMAL(1, 0)
                ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                ELSE CAST(0 AS DECIMAL(1, 0))
              END AS DECIMAL(12, 0)
            ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(14, 2)
          )
        END AS DECIMAL(14, 2)
      ) AS `_x2`
    FROM
      `c18_1` AS `t`
  ),
  `c18` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      18 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k2` AS `code`,
      `t`.`_x2` AS `amount`
    FROM
      `c18_2` AS `t`
    WHERE
      (`t`.`_k2` <> 1)
      AND NOT (
        (`t`.`_k2` = 0)
        AND (`t`.`_x2` <= CAST(0 AS DECIMAL(1, 0)))
      )
  ),
  `c19_in` AS (
    SELECT
      `f`.`applicant` AS `applicant`,
      `i`.`position` AS `position`,
      CASE
        WHEN `i`.`id` IS NOT NULL
        AND (`i`.`id` <> '') THEN `i`.`id`
        ELSE '#' || CAST(`i`.`position` AS STRING)
      END AS `item`,
      `f`.`applicationDate` AS `f.applicationDate`,
      `i`.`annualTransactionAmount` AS `i.annualTransactionAmount`,
      `i`.`provincialKeyNewProduct` AS `i.provincialKeyNewProduct`,
      `i`.`annualSalesRevenue` AS `i.annualSalesRevenue`
    FROM
      `facts` AS `f`
      INNER JOIN `applicants_keyNewProducts` AS `i` ON `i`.`applicant` = `f`.`applicant`
    WHERE
      `f`.`_in_force`
  ),
  `c19_1` AS (
    SELECT
      `t`.*,
      CASE
        WHEN `t`.`i.provincialKeyNewProduct`
        AND (
          `t`.`i.annualSalesRevenue` >= CAST(2000000 AS DECIMAL(24, 4))
        ) THEN 0
        ELSE 1
      END AS `_k1`,
      CAST(
        CAST(
          CAST(0.05 AS DECIMAL(2, 2)) * `t`.`i.annualTransactionAmount` AS DECIMAL(26, 6)
        ) AS DECIMAL(26, 6)
      ) AS `_x1`
    FROM
      `c19_in` AS `t`
  ),
  `c19_2` AS (
    SELECT
      `t`.*,
      `t`.`_k1` AS `_k2`,
      CAST(
        CASE
          WHEN `t`.`_x1` > CAST(500000 AS DECIMAL(26, 6)) THEN CAST(500000 AS DECIMAL(26, 6))
          ELSE `t`.`_x1`
        END AS DECIMAL(26, 6)
      ) AS `_x2`
    FROM
      `c19_1` AS `t`
  ),
  `c19_3` AS (
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
      `c19_2` AS `t`
  ),
  `c19` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      19 AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`_k3` AS `code`,
      `t`.`_x3` AS `amount`
    FROM
      `c19_3` AS `t`
    WHERE
      (`t`.`_k3` <> 1)
      AND NOT (
        (`t`.`_k3` = 0)
        AND (`t`.`_x3` <= CAST(0 AS DECIMAL(1, 0)))
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
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
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
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
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
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c4` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c5` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c6` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c9` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c10` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c11` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c14` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c15` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c16` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c17` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c18` AS `t`
    UNION ALL
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      0 AS `phase`,
      `t`.`code` AS `code`,
      CAST(`t`.`amount` AS DECIMAL(30, 2)) AS `amount`
    FROM
      `c19` AS `t`
  ),
  `items_1` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      `t`.`clause` AS `clause`,
      `t`.`position` AS `position`,
      `t`.`item` AS `item`,
      `t`.`phase` AS `phase`,
      CASE
        WHEN (`t`.`code` = 0)
        AND (`t`.`clause` = 19) THEN CASE
          WHEN CAST(
            CAST(3000000 AS DECIMAL(7, 0)) - `t`.`_before` AS DECIMAL(37, 2)
          ) <= CAST(0 AS DECIMAL(1, 0)) THEN 1
          ELSE 0
        END
        ELSE `t`.`code`
      END AS `code`,
      CAST(
        CASE
          WHEN (`t`.`code` = 0)
          AND (`t`.`clause` = 19) THEN CASE
            WHEN CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - `t`.`_before` AS DECIMAL(37, 2)
            ) <= CAST(0 AS DECIMAL(1, 0)) THEN CAST(0 AS DECIMAL(1, 0))
            WHEN CAST(`t`.`amount` AS DECIMAL(37, 2)) <= CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - `t`.`_before` AS DECIMAL(37, 2)
            ) THEN CAST(`t`.`amount` AS DECIMAL(37, 2))
            ELSE CAST(
              CAST(3000000 AS DECIMAL(7, 0)) - `t`.`_before` AS DECIMAL(37, 2)
            )
          END
          ELSE `t`.`amount`
        END AS DECIMAL(30, 2)
      ) AS `amount`
    FROM
      (
        SELECT
          `t`.*,
          CAST(
            COALESCE(
              SUM(
                CASE
                  WHEN (`t`.`code` = 0)
                  AND (`t`.`clause` = 19) THEN `t`.`amount`
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END
              ) OVER (
                PARTITION BY
                  `t`.`applicant`
                ORDER BY
                  `t`.`clause`,
                  `t`.`position` ROWS BETWEEN UNBOUNDED PRECEDING
                  AND 1 PRECEDING
              ),
              CAST(0 AS DECIMAL(1, 0))
            ) AS DECIMAL(36, 2)
          ) AS `_before`
        FROM
          `items_0` AS `t`
      ) AS `t`
      INNER JOIN `facts` AS `f` ON `f`.`applicant` = `t`.`applicant`
  ),
  `totals` AS (
    SELECT
      `t`.`applicant` AS `applicant`,
      SUM(
        CASE
          WHEN `t`.`clause` IN (2, 3, 4, 5, 6, 9, 10, 11, 16, 17, 18, 19) THEN CAST(`t`.`amount` AS DECIMAL(30, 2))
          ELSE CAST(0 AS DECIMAL(1, 0))
        END
      ) AS `total`,
      SUM(CAST(`t`.`amount` AS DECIMAL(30, 2))) AS `up_to_total`
    FROM
      `items_1` AS `t`
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
  CAST(`t`.`applicationDate` AS DATE) AS `application_date`,
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
      WHEN `t`.`clause` = 2 THEN 3
      WHEN `t`.`clause` = 3 THEN 4
      WHEN `t`.`clause` = 4 THEN 4
      WHEN `t`.`clause` = 5 THEN 5
      WHEN `t`.`clause` = 6 THEN 6
      WHEN `t`.`clause` = 9 THEN 8
      WHEN `t`.`clause` = 10 THEN 8
      WHEN `t`.`clause` = 11 THEN 8
      WHEN `t`.`clause` = 14 THEN 10
      WHEN `t`.`clause` = 15 THEN 10
      WHEN `t`.`clause` = 16 THEN 10
      WHEN `t`.`clause` = 17 THEN 10
      WHEN `t`.`clause` = 18 THEN 11
      WHEN `t`.`clause` = 19 THEN 12
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN 'rdSubsidy'
      WHEN `t`.`clause` = 3 THEN 'platformConstruction'
      WHEN `t`.`clause` = 4 THEN 'platformOperation'
      WHEN `t`.`clause` = 5 THEN 'techTransaction'
      WHEN `t`.`clause` = 6 THEN 'projectConstruction'
      WHEN `t`.`clause` = 9 THEN 'loanInterest'
      WHEN `t`.`clause` = 10 THEN 'digitalWorkshop'
      WHEN `t`.`clause` = 11 THEN 'smartFactory'
      WHEN `t`.`clause` = 14 THEN 'clinicalTrial'
      WHEN `t`.`clause` = 15 THEN 'productLaunch'
      WHEN `t`.`clause` = 16 THEN 'tcmSecondaryDevelopment'
      WHEN `t`.`clause` = 17 THEN 'volumeProcurement'
      WHEN `t`.`clause` = 18 THEN 'newFood'
      WHEN `t`.`clause` = 19 THEN 'keyNewProduct'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(
    CAST(`t`.`amount` AS DECIMAL(30, 2)) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN 'exact'
      WHEN `t`.`clause` = 3 THEN 'exact'
      WHEN `t`.`clause` = 4 THEN 'exact'
      WHEN `t`.`clause` = 5 THEN 'exact'
      WHEN `t`.`clause` = 6 THEN 'exact'
      WHEN `t`.`clause` = 9 THEN 'exact'
      WHEN `t`.`clause` = 10 THEN 'exact'
      WHEN `t`.`clause` = 11 THEN 'exact'
      WHEN `t`.`clause` = 14 THEN 'up-to'
      WHEN `t`.`clause` = 15 THEN 'up-to'
      WHEN `t`.`clause` = 16 THEN 'exact'
      WHEN `t`.`clause` = 17 THEN 'exact'
      WHEN `t`.`clause` = 18 THEN 'exact'
      WHEN `t`.`clause` = 19 THEN 'exact'
    END AS STRING
  ) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_1` AS `t`
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
      WHEN `t`.`clause` = 2 THEN 3
      WHEN `t`.`clause` = 3 THEN 4
      WHEN `t`.`clause` = 4 THEN 4
      WHEN `t`.`clause` = 5 THEN 5
      WHEN `t`.`clause` = 6 THEN 6
      WHEN `t`.`clause` = 9 THEN 8
      WHEN `t`.`clause` = 10 THEN 8
      WHEN `t`.`clause` = 11 THEN 8
      WHEN `t`.`clause` = 14 THEN 10
      WHEN `t`.`clause` = 15 THEN 10
      WHEN `t`.`clause` = 16 THEN 10
      WHEN `t`.`clause` = 17 THEN 10
      WHEN `t`.`clause` = 18 THEN 11
      WHEN `t`.`clause` = 19 THEN 12
    END AS INT
  ) AS `article`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN 'rdSubsidy'
      WHEN `t`.`clause` = 3 THEN 'platformConstruction'
      WHEN `t`.`clause` = 4 THEN 'platformOperation'
      WHEN `t`.`clause` = 5 THEN 'techTransaction'
      WHEN `t`.`clause` = 6 THEN 'projectConstruction'
      WHEN `t`.`clause` = 9 THEN 'loanInterest'
      WHEN `t`.`clause` = 10 THEN 'digitalWorkshop'
      WHEN `t`.`clause` = 11 THEN 'smartFactory'
      WHEN `t`.`clause` = 14 THEN 'clinicalTrial'
      WHEN `t`.`clause` = 15 THEN 'productLaunch'
      WHEN `t`.`clause` = 16 THEN 'tcmSecondaryDevelopment'
      WHEN `t`.`clause` = 17 THEN 'volumeProcurement'
      WHEN `t`.`clause` = 18 THEN 'newFood'
      WHEN `t`.`clause` = 19 THEN 'keyNewProduct'
    END AS STRING
  ) AS `clause`,
  CAST(`t`.`item` AS STRING) AS `item`,
  CAST(NULL AS DECIMAL(38, 2)) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(
    CASE
      WHEN `t`.`code` = 2 THEN '研发投入存量部分的补助比例由实施细则确定'
      WHEN `t`.`code` = 3 THEN '研发投入增量部分的补助比例由实施细则确定'
      WHEN `t`.`code` = 4 THEN '研发投入存量部分的补助比例由实施细则确定; 研发投入增量部分的补助比例由实施细则确定'
      WHEN `t`.`code` = 5 THEN '省级财政资金贴息比例由实施细则确定'
    END AS STRING
  ) AS `reason`,
  CAST(NULL AS STRING) AS `payer`,
  CAST(NULL AS STRING) AS `share`
FROM
  `items_1` AS `t`
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
        WHEN `t`.`clause` = 2 THEN CAST(
          CASE
            WHEN CAST(
              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
            ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
              CAST(
                CAST(
                  CAST(
                    FLOOR(
                      CAST(
                        ABS(
                          CAST(
                            `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                          )
                        ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                      )
                    ) AS DECIMAL(32, 0)
                  ) + CASE
                    WHEN CAST(
                      CAST(
                        ABS(
                          CAST(
                            `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                          )
                        ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                      ) - CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                              )
                            ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                          )
                        ) AS DECIMAL(32, 0)
                      ) AS DECIMAL(4, 3)
                    ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                    ELSE CAST(0 AS DECIMAL(1, 0))
                  END AS DECIMAL(33, 0)
                ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(35, 2)
              )
            )
            ELSE CAST(
              CAST(
                CAST(
                  FLOOR(
                    CAST(
                      ABS(
                        CAST(
                          `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                        )
                      ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                    )
                  ) AS DECIMAL(32, 0)
                ) + CASE
                  WHEN CAST(
                    CAST(
                      ABS(
                        CAST(
                          `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                        )
                      ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                    ) - CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                            )
                          ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                        )
                      ) AS DECIMAL(32, 0)
                    ) AS DECIMAL(4, 3)
                  ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                  ELSE CAST(0 AS DECIMAL(1, 0))
                END AS DECIMAL(33, 0)
              ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(35, 2)
            )
          END AS DECIMAL(31, 2)
        )
      END AS DECIMAL(31, 2)
    ) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN 'province'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN '1/2'
    END AS STRING
  ) AS `share`
FROM
  `items_1` AS `t`
WHERE
  `t`.`clause` IN (2)
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
      WHEN `t`.`clause` = 2 THEN 'province'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN '1/2'
    END AS STRING
  ) AS `share`
FROM
  `items_1` AS `t`
WHERE
  `t`.`clause` IN (2)
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
        WHEN `t`.`clause` = 2 THEN CAST(
          CAST(
            `t`.`amount` - CAST(
              CAST(0 AS DECIMAL(1, 0)) + CASE
                WHEN CAST(
                  `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                ) < CAST(0 AS DECIMAL(1, 0)) THEN - (
                  CAST(
                    CAST(
                      CAST(
                        FLOOR(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                              )
                            ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                          )
                        ) AS DECIMAL(32, 0)
                      ) + CASE
                        WHEN CAST(
                          CAST(
                            ABS(
                              CAST(
                                `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                              )
                            ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                          ) - CAST(
                            FLOOR(
                              CAST(
                                ABS(
                                  CAST(
                                    `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                                  )
                                ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                              )
                            ) AS DECIMAL(32, 0)
                          ) AS DECIMAL(4, 3)
                        ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                        ELSE CAST(0 AS DECIMAL(1, 0))
                      END AS DECIMAL(33, 0)
                    ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(35, 2)
                  )
                )
                ELSE CAST(
                  CAST(
                    CAST(
                      FLOOR(
                        CAST(
                          ABS(
                            CAST(
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                            )
                          ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                        )
                      ) AS DECIMAL(32, 0)
                    ) + CASE
                      WHEN CAST(
                        CAST(
                          ABS(
                            CAST(
                              `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                            )
                          ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                        ) - CAST(
                          FLOOR(
                            CAST(
                              ABS(
                                CAST(
                                  `t`.`amount` * CAST(0.5 AS DECIMAL(1, 1)) AS DECIMAL(31, 3)
                                )
                              ) * CAST(100 AS DECIMAL(3, 0)) AS DECIMAL(34, 3)
                            )
                          ) AS DECIMAL(32, 0)
                        ) AS DECIMAL(4, 3)
                      ) >= CAST(0.5 AS DECIMAL(1, 1)) THEN CAST(1 AS DECIMAL(1, 0))
                      ELSE CAST(0 AS DECIMAL(1, 0))
                    END AS DECIMAL(33, 0)
                  ) * CAST(0.01 AS DECIMAL(2, 2)) AS DECIMAL(35, 2)
                )
              END AS DECIMAL(36, 2)
            ) AS DECIMAL(37, 2)
          ) AS DECIMAL(31, 2)
        )
      END AS DECIMAL(31, 2)
    ) AS DECIMAL(38, 2)
  ) AS `amount`,
  CAST(NULL AS STRING) AS `basis`,
  CAST(NULL AS STRING) AS `reason`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN 'city'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN '1/2'
    END AS STRING
  ) AS `share`
FROM
  `items_1` AS `t`
WHERE
  `t`.`clause` IN (2)
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
      WHEN `t`.`clause` = 2 THEN 'city'
    END AS STRING
  ) AS `payer`,
  CAST(
    CASE
      WHEN `t`.`clause` = 2 THEN '1/2'
    END AS STRING
  ) AS `share`
FROM
  `items_1` AS `t`
WHERE
  `t`.`clause` IN (2)
  AND (`t`.`code` >= 2)
ORDER BY
  `applicant`,
  `seq`,
  `part`;
