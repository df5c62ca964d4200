import type { CommandSpec, OptionSpec, ValueKind } from "./spec.js";

interface Specs {
  global: OptionSpec[];
  commands: CommandSpec[];
}

/** Every option that takes a value, by each of its spellings: `--facts` and `-f` → facts. */
function valueOptions(s: Specs): Map<string, ValueKind> {
  const out = new Map<string, ValueKind>();
  for (const o of [...s.global, ...s.commands.flatMap((c) => c.options)]) {
    if (o.value === undefined) continue;
    out.set(o.long, o.value);
    if (o.short) out.set(o.short, o.value);
  }
  return out;
}

const flags = (os: readonly OptionSpec[]) => os.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]).join(" ");
const top = (s: Specs) => s.commands.filter((c) => !c.name.includes(" "));
const subs = (s: Specs, name: string) =>
  s.commands.filter((c) => c.name.startsWith(`${name} `)).map((c) => c.name.slice(name.length + 1));

/** `kind)` cases, grouping the option spellings of each kind. */
function byKind(map: Map<string, ValueKind>): [ValueKind, string[]][] {
  const groups = new Map<ValueKind, string[]>();
  for (const [flag, kind] of map) groups.set(kind, [...(groups.get(kind) ?? []), flag]);
  return [...groups];
}

const BASH_VALUES = `# the policy files on the command line, whose fact paths --fixed and --what-if complete
_subsidia_policies() {
  local w
  for w in "\${COMP_WORDS[@]}"; do [[ "$w" == *.subsidia && -f "$w" ]] && printf '%s\\n' "$w"; done
}
_subsidia_values() {
  local cur="$2"
  case "$1" in
    policy) COMPREPLY=($(compgen -f -X '!*.subsidia' -- "$cur") $(compgen -d -- "$cur")) ;;
    facts) COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur")) ;;
    jsonl) COMPREPLY=($(compgen -f -X '!*.jsonl' -- "$cur") $(compgen -d -- "$cur")) ;;
    dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
    file) COMPREPLY=($(compgen -f -- "$cur")) ;;
    lang) COMPREPLY=($(compgen -W "en zh" -- "$cur")) ;;
    shell) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
    git) COMPREPLY=($(compgen -W "HEAD HEAD~1 $(git for-each-ref --format='%(refname:short)' 2>/dev/null)" -- "$cur")) ;;
    fact) COMPREPLY=($(compgen -W "$(subsidia completion fact-paths $(_subsidia_policies) 2>/dev/null)" -- "$cur")) ;;
    whatIf)
      compopt -o nospace 2>/dev/null
      COMPREPLY=($(compgen -W "$(subsidia completion what-if-paths $(_subsidia_policies) 2>/dev/null)" -- "$cur"))
      ;;
    *) COMPREPLY=() ;;
  esac
}`;

/** The bash script: `source <(subsidia completion bash)`. Policy files, facts files, folders, languages, refs. */
export function bashScript(s: Specs): string {
  const values = valueOptions(s);
  const skip = [...values.keys()].join("|");
  const commands = top(s);
  return `# subsidia completion for bash. Load it with: source <(subsidia completion bash)
# or save it as ~/.local/share/bash-completion/completions/subsidia
${BASH_VALUES}

_subsidia() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${skip}) ((i++)) ;;
      -*) ;;
      *)
        cmd="\${COMP_WORDS[i]}"
${subCommandLine(s, "        ", "COMP_WORDS", "COMP_CWORD")}
        break
        ;;
    esac
  done
  case "$prev" in
${byKind(values)
  .map(([kind, fs]) => `    ${fs.join("|")}) _subsidia_values ${kind} "$cur"; return ;;`)
  .join("\n")}
  esac
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(" ")} ${flags(s.global)} --help --version" -- "$cur"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${s.commands.map((c) => `      "${c.name}") COMPREPLY=($(compgen -W "${flags(c.options)} ${flags(s.global)} --help" -- "$cur")) ;;`).join("\n")}
    esac
    return
  fi
  case "$cmd" in
${commands
  .filter((c) => subs(s, c.name).length > 0)
  .map((c) => `    ${c.name}) COMPREPLY=($(compgen -W "${subs(s, c.name).join(" ")}" -- "$cur")) ;;`)
  .join("\n")}
${s.commands
  .filter((c) => subs(s, c.name).length === 0)
  .map((c) => `    "${c.name}") _subsidia_values ${c.args} "$cur" ;;`)
  .join("\n")}
  esac
}
complete -o filenames -o bashdefault -F _subsidia subsidia
`;
}

/** `population sample`: a command with subcommands takes the next word too. */
function subCommandLine(s: Specs, indent: string, words: string, current: string): string {
  const parents = top(s).filter((c) => subs(s, c.name).length > 0);
  return parents
    .map(
      (p) =>
        `${indent}if [[ "$cmd" == ${p.name} ]] && ((i + 1 < ${current})); then cmd="${p.name} \${${words}[i+1]}"; fi`,
    )
    .join("\n");
}

const ZSH_VALUES = `_subsidia_values() {
  case "$1" in
    policy) _files -g '*.subsidia' ;;
    facts) _files -g '*.json' ;;
    jsonl) _files -g '*.jsonl' ;;
    dir) _files -/ ;;
    file) _files ;;
    lang) compadd -- en zh ;;
    shell) compadd -- bash zsh fish ;;
    git) compadd -- HEAD HEAD~1 $(git for-each-ref --format='%(refname:short)' 2>/dev/null) ;;
    fact) compadd -- $(subsidia completion fact-paths \${(M)words:#*.subsidia} 2>/dev/null) ;;
    whatIf) compadd -S '' -- $(subsidia completion what-if-paths \${(M)words:#*.subsidia} 2>/dev/null) ;;
  esac
}`;

/** The zsh script: `source <(subsidia completion zsh)`, or save it as `_subsidia` on the `fpath`. */
export function zshScript(s: Specs): string {
  const values = valueOptions(s);
  const commands = top(s);
  return `#compdef subsidia
# subsidia completion for zsh. Load it with: source <(subsidia completion zsh)
# or save it as _subsidia in a folder of your $fpath
${ZSH_VALUES}

_subsidia() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" cmd="" i
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      ${[...values.keys()].join("|")}) ((i++)) ;;
      -*) ;;
      *)
        cmd="\${words[i]}"
${subCommandLine(s, "        ", "words", "CURRENT")}
        break
        ;;
    esac
  done
  case "$prev" in
${byKind(values)
  .map(([kind, fs]) => `    ${fs.join("|")}) _subsidia_values ${kind}; return ;;`)
  .join("\n")}
  esac
  if [[ -z "$cmd" ]]; then
    compadd -- ${commands.map((c) => c.name).join(" ")} ${flags(s.global)} --help --version
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${s.commands.map((c) => `      "${c.name}") compadd -- ${flags(c.options)} ${flags(s.global)} --help ;;`).join("\n")}
    esac
    return
  fi
  case "$cmd" in
${commands
  .filter((c) => subs(s, c.name).length > 0)
  .map((c) => `    ${c.name}) compadd -- ${subs(s, c.name).join(" ")} ;;`)
  .join("\n")}
${s.commands
  .filter((c) => subs(s, c.name).length === 0)
  .map((c) => `    "${c.name}") _subsidia_values ${c.args} ;;`)
  .join("\n")}
  esac
}
if (( $+functions[compdef] )); then compdef _subsidia subsidia; fi
`;
}

const quote = (x: string) => `'${x.replace(/'/g, "\\'")}'`;
const FISH_VALUES: Record<ValueKind, string> = {
  policy: "-f -a '(__subsidia_files .subsidia)'",
  facts: "-f -a '(__subsidia_files .json)'",
  jsonl: "-f -a '(__subsidia_files .jsonl)'",
  dir: "-f -a '(__fish_complete_directories)'",
  file: "-F",
  lang: "-f -a 'en zh'",
  shell: "-f -a 'bash zsh fish'",
  git: "-f -a '(git for-each-ref --format=\"%(refname:short)\" 2>/dev/null) HEAD HEAD~1'",
  fact: "-f -a '(subsidia completion fact-paths (commandline -opc | string match \"*.subsidia\") 2>/dev/null)'",
  whatIf: "-f -a '(subsidia completion what-if-paths (commandline -opc | string match \"*.subsidia\") 2>/dev/null)'",
  none: "-f",
};

/** The fish script: `subsidia completion fish > ~/.config/fish/completions/subsidia.fish`. */
export function fishScript(s: Specs): string {
  const lines = [
    "# subsidia completion for fish. Save it as ~/.config/fish/completions/subsidia.fish",
    "complete -c subsidia -f",
    "# files with the suffix, and folders",
    "function __subsidia_files --argument-names suffix",
    "    for f in (__fish_complete_path (commandline -ct))",
    '        string match -q -r -- "(/|\\\\$suffix)(\\\\t.*)?\\$" $f; and echo $f',
    "    end",
    "end",
  ];
  const option = (o: OptionSpec, condition: string) =>
    `complete -c subsidia ${condition}-l ${o.long.slice(2)}${o.short ? ` -s ${o.short.slice(1)}` : ""} -d ${quote(o.description)}${o.value === undefined ? "" : ` -r ${FISH_VALUES[o.value]}`}`;
  for (const o of s.global) lines.push(option(o, ""));
  for (const c of top(s))
    lines.push(`complete -c subsidia -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`);
  for (const c of s.commands) {
    const [parent, child] = c.name.split(" ");
    const seen = child
      ? `-n '__fish_seen_subcommand_from ${parent}; and __fish_seen_subcommand_from ${child}' `
      : `-n '__fish_seen_subcommand_from ${parent}' `;
    for (const o of c.options) lines.push(option(o, seen));
    const children = subs(s, c.name);
    if (children.length > 0) lines.push(`complete -c subsidia ${seen}-a ${quote(children.join(" "))}`);
    else if (c.args !== "none") lines.push(`complete -c subsidia ${seen}${FISH_VALUES[c.args]}`);
  }
  return `${lines.join("\n")}\n`;
}
