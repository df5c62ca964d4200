import { expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

test("check: a clean policy reports no problems and exits 0", () => {
  const r = cli(["check", flagship]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("no problems found");
});

test("check: every error with file:line:col, code, message, the source line and a caret; exit 1", () => {
  const r = cli(["check", "apps/cli/test/data/broken.subsidia"]);
  expect(r.code).toBe(1);
  const [head, source, caret] = r.stdout.split("\n");
  expect(head).toBe(
    "apps/cli/test/data/broken.subsidia:10:18 error T001 cannot apply `+` to money `amount` and percent `5%`; expected two values of one unit (money and money, percent and percent); to raise an amount by a percent write `amount * (1 + rate)` or an `uplift`",
  );
  expect(source).toBe("10 |     award 20% of amount + 5%");
  expect(caret).toBe(" ".repeat("10 |     award 20% of ".length) + "^".repeat("amount + 5%".length));
  expect(r.stdout).toContain("1 error, 0 warnings");
});

test("check: several files and folders at once, every diagnostic of each", () => {
  const r = cli(["check", "apps/cli/test/data", "corpus/errors-semantic/input.subsidia"]);
  expect(r.code).toBe(1);
  expect(r.stdout.match(/ error [A-Z]\d{3} /g)?.length).toBe(12);
});

test("check: a missing file is a clear error, not a crash", () => {
  const r = cli(["check", "nope.subsidia"]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("cannot read `nope.subsidia`");
});

test("compile: prints the IR as JSON with its version, ids, spans and cited text", () => {
  const r = cli(["compile", flagship]);
  expect(r.code).toBe(0);
  const ir = JSON.parse(r.stdout);
  expect(ir.irVersion).toBe("1.1");
  expect(ir.id).toBe("hlj-biomanufacturing-2026");
  expect(ir.articles).toHaveLength(17);
  const art4 = ir.articles.find((a: { number: number }) => a.number === 4);
  expect(art4.id).toBe("art4");
  expect(art4.text).toContain("按照总投资额的30%最高给予1000万元补助");
  expect(art4.clauses[0].span.line).toBeGreaterThan(1);
});

test("compile: a policy with errors writes nothing on stdout", () => {
  const r = cli(["compile", "apps/cli/test/data/broken.subsidia"]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("broken.subsidia:10:18");
});

test("colours only when asked for (FORCE_COLOR) and never with NO_COLOR", () => {
  const coloured = cli(["check", "apps/cli/test/data/broken.subsidia"], undefined, { FORCE_COLOR: "1" });
  expect(coloured.stdout).toMatch(/\u001b\[31m/);
  const plain = cli(["check", "apps/cli/test/data/broken.subsidia"], undefined, { FORCE_COLOR: "1", NO_COLOR: "1" });
  expect(plain.stdout).not.toMatch(/\u001b\[/);
});

test("usage errors exit 2 with help", () => {
  const r = cli(["eval", flagship]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--facts");
});
