import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

hlj.evaluate({ applicationDate: "2026-06-01", projcts: [] }); // error TS2561 'projcts' does not exist in type 'Facts'
hlj.evaluate({
  applicationDate: "2026-06-01",
  projects: [{ id: "p", construction: "new", highTech: true, fixedAssetInvestmnt: 1 }], // error TS2561 'fixedAssetInvestmnt' does not exist in type 'ProjectsItem'
});
