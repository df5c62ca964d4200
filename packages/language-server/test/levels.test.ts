import { describe, expect, it } from "vitest";
import { parseLevels } from "../src/index.js";

describe("parseLevels: the levels of a `library.json` text, for a host that reads the file", () => {
  it("reads each id's level", () => {
    expect(parseLevels('{ "levels": { "a": "provincial", "b": "county" } }')).toEqual({ a: "provincial", b: "county" });
    expect(parseLevels("{}")).toEqual({});
  });
  it("gives nothing for a text that is not JSON or names an unknown level (the document is checked alone)", () => {
    expect(parseLevels("{ levels")).toBeUndefined();
    expect(parseLevels('{ "levels": { "a": "galactic" } }')).toBeUndefined();
    expect(parseLevels('{ "levels": 3 }')).toBeUndefined();
  });
});
