// A tiny program using @subsidia/sdk: one applicant, typed facts, typed awards.
// Run from the repository root: node --conditions=source --import tsx examples/sdk-node/main.ts
import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

const facts: hlj.Facts = {
  applicationDate: "2026-06-01",
  pilotPlatforms: [
    {
      id: "cv-1",
      kind: "concept-verification",
      totalInvestment: "20000000",
      performanceQualified: true,
      operating: false,
      nationalPilotPlatform: true,
    },
  ],
  projects: [{ id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" }],
};

const outcome = hlj.evaluate(facts);
if (!outcome.ok) {
  for (const e of outcome.errors) console.error(`${e.path}: ${e.message}`);
  process.exit(1);
}

const { result } = outcome;
console.log(`${hlj.title}: total ${result.total} yuan`);
for (const award of result.awards) {
  console.log(`  article ${award.article} ${award.clause} ${award.item ?? ""}: ${award.amount} (${award.basis})`);
  for (const step of award.explanation) console.log(`    ${step.kind}: ${step.text}`);
}

// Narrowed by article: article 4's awards are per platform, so `item` is a string.
for (const award of hlj.awardsOf(result, 4)) console.log(`platform ${award.item.toUpperCase()} gets ${award.amount}`);

// Facts from outside (a request body) are checked before they are typed.
const checked = hlj.validateFacts({ applicationDate: "2026-06-01", projects: [{ id: "p", construction: "rebuild" }] });
if (!checked.ok) for (const e of checked.errors) console.log(`invalid: ${e.path}: ${e.message}`);
