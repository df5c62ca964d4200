export {
  generateSdk,
  planSdk,
  CodegenError,
  type GeneratedFile,
  type GenerateOptions,
  type PlannedModule,
  type PolicySource,
} from "./generate-sdk.js";
export { camelName, kebabName } from "./identifiers.js";
export { factsJsonSchema } from "./facts-json-schema.js";
