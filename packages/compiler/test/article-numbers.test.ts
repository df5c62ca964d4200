import { describe, expect, test } from "vitest";
import { compile } from "../src/index.js";

/** Found by the fuzzer: numbers that the IR cannot hold made the compiler throw "compiler produced invalid IR". */
const policy = (article: string, expected: string) => `policy "p" {
  title "t"
}
input x: money
article ${article} "a" {
  text "t"
  clause c {
    award x
  }
}
test "t" {
  facts { x: 1 }
  expect article ${expected} = 1元
}
`;

describe("article numbers", () => {
  test.each(["2.5", "0", "99999999999999999999"])("`expect article %s` is a T007 where it is written", (n) => {
    const { ir, diagnostics } = compile(policy("1", n), "p.subsidia");
    expect(ir).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([
      [
        "T007",
        13,
        `an article number must be a whole number from 1 to 9999 (as in the document: （四） is 4); got \`${n}\``,
      ],
    ]);
  });

  test.each(["99999999999999999999", "10000"])("`article %s` is a T007 where it is written", (n) => {
    const { ir, diagnostics } = compile(policy(n, "1"), "p.subsidia");
    expect(ir).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span.line])).toEqual([["T007", 5]]);
  });

  test("a whole number that names an article compiles", () => {
    expect(compile(policy("9999", "9999"), "p.subsidia").diagnostics).toEqual([]);
  });
});
