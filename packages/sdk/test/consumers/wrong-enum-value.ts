import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

hlj.evaluate({
  applicationDate: "2026-06-01",
  projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: 1 }], // error TS2322 '"rebuild"' is not assignable
});
