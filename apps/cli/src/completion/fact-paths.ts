import type { InputField, Policy } from "@subsidia/ir";
import { requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";

/**
 * The fact paths of a policy's inputs, for completion: `fixed` as `--fixed` takes them (`projects`,
 * `projects.highTech`), `what-if` as `--what-if` does (`projects[0].highTech=`, scalars only). Past awards
 * (`awards` inputs) are the administrator's record, not a fact to vary, and are left out.
 */
export function factPaths(fields: readonly InputField[], form: "fixed" | "what-if", prefix = ""): string[] {
  return fields.flatMap((f) => {
    if (f.role === "awards") return [];
    const path = `${prefix}${f.name}`;
    const whole = form === "fixed" ? [path] : [];
    if (f.type.kind === "record") return [...whole, ...factPaths(f.type.fields, form, `${path}.`)];
    if (f.type.kind === "list")
      return [...whole, ...factPaths(f.type.fields, form, form === "fixed" ? `${path}.` : `${path}[0].`)];
    return [form === "fixed" ? path : `${path}=`];
  });
}

/**
 * `subsidia completion fact-paths|what-if-paths POLICY…`: what the completion scripts offer after `--fixed` and
 * `--what-if`, one a line, from every policy that compiles (the others give nothing: completion never prints an
 * error into a command line).
 */
export async function policyFactPaths(files: readonly string[], form: "fixed" | "what-if", paint: Paint) {
  const paths = new Set<string>();
  for (const file of files) {
    let policy: Policy;
    try {
      policy = await requirePolicy(file, paint);
    } catch {
      continue;
    }
    for (const p of factPaths(policy.inputs, form)) paths.add(p);
  }
  return paths.size === 0 ? "" : `${[...paths].join("\n")}\n`;
}
