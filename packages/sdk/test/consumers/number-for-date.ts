import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

hlj.evaluate({ applicationDate: 20260601 }); // error TS2322 'number' is not assignable to type '`${number}-${number}-${number}`'
