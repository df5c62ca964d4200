import type { InputField } from "@subsidia/ir";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { moneyFieldText, parseMoneyText, yuan } from "../money.js";
import { getAt, pathText, setAt, type Path } from "./fact-paths.js";
import { newItem } from "./new-item.js";

/**
 * A form generated from the policy's declared inputs: one field per fact,
 * enums as selects, booleans as checkboxes, money that accepts 万 and 亿, lists
 * whose items can be added and removed. Every edit writes the facts (plain
 * JSON, money as decimal strings) and calls `changed`; adding or removing an
 * item calls `restructured` so the form is drawn again.
 */
export interface FormHost {
  facts: Record<string, unknown>;
  changed: () => void;
  restructured: () => void;
}

function label(field: InputField, path: Path): HTMLElement {
  return h(
    "label",
    { for: `fact-${pathText(path)}` },
    h("span", { class: "name" }, field.name),
    field.optional ? h("span", { class: "opt" }, "optional") : null,
    field.doc ? h("span", { class: "doc" }, field.doc) : null,
  );
}

function write(host: FormHost, path: Path, value: unknown): void {
  setAt(host.facts, path, value);
  host.changed();
}

function scalarInput(field: InputField, path: Path, host: FormHost): HTMLElement {
  const id = `fact-${pathText(path)}`;
  const current = getAt(host.facts, path);
  const type = field.type;
  if (type.kind === "enum" || (type.kind === "boolean" && field.optional)) {
    const values = type.kind === "enum" ? type.values : ["true", "false"];
    const select = h(
      "select",
      {
        id,
        onchange: () =>
          write(
            host,
            path,
            select.value === "" ? undefined : type.kind === "boolean" ? select.value === "true" : select.value,
          ),
      },
      h("option", { value: "" }, field.optional ? t("pg.form.notGiven") : t("pg.form.choose")),
      values.map((v) => h("option", { value: v, selected: String(current) === v }, v)),
    );
    return select;
  }
  if (type.kind === "boolean") {
    const box = h("input", {
      id,
      type: "checkbox",
      checked: current === true,
      onchange: () => write(host, path, box.checked),
    });
    return box;
  }
  if (type.kind === "date") {
    const input = h("input", {
      id,
      type: "date",
      value: typeof current === "string" ? current : "",
      oninput: () => write(host, path, input.value === "" ? undefined : input.value),
    });
    return input;
  }
  if (type.kind === "money") {
    const hint = h("span", { class: "hint" });
    const show = (yuanText: string | null, raw: string): void => {
      hint.textContent = yuanText !== null ? `= ${yuan(yuanText)}` : raw.trim() === "" ? "" : t("pg.form.amount");
    };
    const input = h("input", {
      id,
      type: "text",
      inputmode: "decimal",
      placeholder: "e.g. 2000万",
      value: moneyFieldText(current),
      oninput: () => {
        const parsed = parseMoneyText(input.value);
        show(parsed, input.value);
        write(host, path, input.value.trim() === "" ? undefined : (parsed ?? input.value.trim()));
      },
    });
    show(parseMoneyText(input.value), input.value);
    return h("span", { class: "money" }, input, hint);
  }
  const input = h("input", {
    id,
    type: "text",
    value: current === undefined || current === null ? "" : String(current),
    placeholder: type.kind === "percent" ? "e.g. 30%" : type.kind === "integer" ? "e.g. 2" : "",
    oninput: () => {
      const t = input.value.trim();
      const value =
        t === ""
          ? undefined
          : type.kind === "integer" && /^-?\d+$/.test(t) && Number.isSafeInteger(Number(t))
            ? Number(t)
            : t;
      write(host, path, value);
    },
  });
  return input;
}

function fieldRow(field: InputField, path: Path, host: FormHost): HTMLElement {
  const t = field.type;
  if (t.kind === "list") return listField(field, t.fields, path, host);
  if (t.kind === "record") {
    return h(
      "fieldset",
      { class: "record", "data-path": pathText(path) },
      h("legend", {}, label(field, path)),
      t.fields.map((f) => fieldRow(f, [...path, f.name], host)),
    );
  }
  return h(
    "div",
    { class: `field kind-${t.kind}`, "data-path": pathText(path) },
    label(field, path),
    scalarInput(field, path, host),
    h("span", { class: "error" }),
  );
}

function listField(field: InputField, fields: InputField[], path: Path, host: FormHost): HTMLElement {
  const items = getAt(host.facts, path);
  const list = Array.isArray(items) ? items : [];
  const add = (): void => {
    setAt(host.facts, [...path, list.length], newItem(fields, field.name, list.length));
    host.restructured();
  };
  const remove = (i: number): void => {
    list.splice(i, 1);
    if (list.length === 0) setAt(host.facts, path, undefined);
    host.restructured();
  };
  return h(
    "details",
    { class: "list", "data-path": pathText(path), open: list.length > 0 },
    h(
      "summary",
      {},
      h("span", { class: "name" }, field.name),
      h("span", { class: "count" }, `${list.length} item${list.length === 1 ? "" : "s"}`),
      field.doc ? h("span", { class: "doc" }, field.doc) : null,
    ),
    list.map((item, i) =>
      h(
        "fieldset",
        { class: "item", "data-path": pathText([...path, i]) },
        h(
          "legend",
          {},
          `${field.name}[${i}]`,
          typeof (item as Record<string, unknown>)["id"] === "string"
            ? ` ${(item as Record<string, string>)["id"]}`
            : "",
          h(
            "button",
            { type: "button", class: "remove", title: t("pg.form.removeTitle"), onclick: () => remove(i) },
            t("pg.form.remove"),
          ),
        ),
        fields.map((f) => fieldRow(f, [...path, i, f.name], host)),
      ),
    ),
    h(
      "button",
      { type: "button", class: "add", "data-add": field.name, onclick: add },
      t("pg.form.add", { list: field.name }),
    ),
  );
}

/** Builds the form for these inputs over `host.facts`. */
export function buildFactsForm(inputs: InputField[], host: FormHost): HTMLElement {
  const scalars = inputs.filter((i) => i.type.kind !== "list");
  const lists = inputs.filter((i) => i.type.kind === "list");
  return h(
    "form",
    { class: "facts-form", onsubmit: (e: Event) => e.preventDefault() },
    scalars.map((f) => fieldRow(f, [f.name], host)),
    lists.map((f) => fieldRow(f, [f.name], host)),
  );
}

/** Shows the facts' problems next to their fields (or the nearest enclosing one). */
export function markFactErrors(form: HTMLElement, errors: { path: string; message: string }[]): void {
  for (const el of form.querySelectorAll(".invalid")) el.classList.remove("invalid");
  for (const el of form.querySelectorAll<HTMLElement>(".field .error")) el.textContent = "";
  for (const e of errors) {
    let path = e.path;
    for (;;) {
      const el = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
      if (el) {
        el.classList.add("invalid");
        const slot = el.querySelector<HTMLElement>(":scope > .error");
        if (slot) slot.textContent = e.message;
        break;
      }
      const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
      if (cut <= 0) break;
      path = path.slice(0, cut);
    }
  }
}
