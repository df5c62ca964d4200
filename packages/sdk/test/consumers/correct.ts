// A correct consumer: compiles without a single diagnostic.
import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

const facts: hlj.Facts = {
  applicationDate: "2026-06-01",
  projects: [{ id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" }],
  clinicalTrials: [{ id: "t-1", productType: "new-drug", phase: 2, approvedByNationalRegulator: true }],
};

const outcome = hlj.evaluate(facts);
if (outcome.ok) {
  for (const award of outcome.result.awards) {
    if (award.article === 6) {
      const clause: "projectConstruction" = award.clause;
      const item: string = award.item;
      console.log(clause, item, award.amount);
    }
  }
} else if (outcome.kind === "facts") {
  const paths: hlj.FactPath[] = outcome.errors.map((e) => e.path);
  console.log(paths);
}
