export * from "./span.js";
export * from "./types.js";
export * from "./expr.js";
export * from "./clause.js";
export * from "./policy.js";
export * from "./json-schema.js";
export * from "./walk.js";
export * from "./print.js";
