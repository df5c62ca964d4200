import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

declare const result: hlj.Result;
for (const award of result.awards) {
  if (award.article === 4) {
    const clause: "projectConstruction" = award.clause; // error TS2322 '"platformConstruction" | "platformOperation"' is not assignable
    console.log(clause);
  }
}
hlj.awardsOf(result, 18); // error TS2345 '18' is not assignable to parameter of type 'ArticleNumber'
