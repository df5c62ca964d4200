/**
 * What the oracles throw: a property of the pipeline that did not hold, in words. Any
 * other exception thrown while checking an input (a `RangeError`, a `TypeError`) is a
 * finding too: no stage may throw on any input.
 */
export class Broken extends Error {
  override name = "Broken";
}

export function must(holds: boolean, what: string): asserts holds {
  if (!holds) throw new Broken(what);
}

/** Runs a stage; an exception becomes a finding that names the stage. */
export function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Broken) throw e;
    throw new Broken(`${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

/** JSON text for a message, shortened. */
export const show = (x: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(x) ?? String(x);
  } catch {
    return "(too deep to show)";
  }
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
};
