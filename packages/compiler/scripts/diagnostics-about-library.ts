import type { DiagnosticCode } from "@subsidia/syntax";

type RCode = Extract<DiagnosticCode, `R${string}`>;

const SEE = "See [the library](library.md).";

/**
 * What each code of the library phase means. Most need two files (a policy and its rule or
 * amendment), so they have no one-file example here; docs/library.md and the compiler's
 * library tests show each one.
 */
export const LIBRARY_ABOUT: Record<RCode, { about: string; example: string | null }> = {
  R001: {
    about: `A rule or amendment names a policy that is not in the library (\`implements "…"\`,\n\`amends "…"\`). ${SEE}`,
    example: null,
  },
  R002: {
    about: `An implementing rule fills a parameter the policy does not declare \`pending\`, or\nleaves it pending: a rule sets only what the policy left to it. ${SEE}`,
    example: null,
  },
  R003: {
    about: `A rule holds \`param\` lines, an amendment \`article\` blocks of clauses, a vocabulary\n\`input\` lines; anything else, and \`stacking\` or \`rounding\` in their header, is\nrefused. ${SEE}`,
    example: null,
  },
  R004: { about: `A rule declares a parameter with another type than the policy does. ${SEE}`, example: null },
  R005: {
    about: `An amendment names an article the policy lacks, or a clause that article lacks: an\namendment keeps the identity of the clause it replaces. ${SEE}`,
    example: null,
  },
  R006: {
    about: `Two amendments change the same clause on the same day. Nothing says which applies, so\nthis is an error. ${SEE}`,
    example: null,
  },
  R007: {
    about: `A rule or amendment in force on days the policy is not: it never applies then. ${SEE}`,
    example: null,
  },
  R008: {
    about: `Two rules fill the same parameter on the same day. The later issued applies there\n(后法优于前法) and the explanation says which it superseded; the warning asks that the\ntext say so too. ${SEE}`,
    example: null,
  },
  R009: {
    about: `Days of the policy's validity on which no rule fills a parameter that rules do fill\nat other times: applicants of those days stay pending. ${SEE}`,
    example: null,
  },
  R010: {
    about: `A policy declares an input that a vocabulary it \`uses\` declares differently: one\napplicant's facts could not be read by both. ${SEE}`,
    example: null,
  },
  R011: {
    about: `\`uses\` names a vocabulary that is not in the library. Compiled alone (\`subsidia check\nFILE\` outside its library), a policy has no vocabularies. ${SEE}`,
    example: 'policy "r011" {\n  title "示例"\n}\nuses "enterprise"\n',
  },
  R012: { about: `Two documents of one library have the same id. ${SEE}`, example: null },
  R013: {
    about: `A rule, amendment or vocabulary is read with the policies of its library, not as a\npolicy of its own: check the folder, or pass the file to \`eval --with\`. ${SEE}`,
    example: 'rule "r013" implements "hlj-biomanufacturing-2026" {\n  title "示例"\n}\n',
  },
  R014: {
    about: `A rule or amendment without \`valid from … to …\`: the window in which it applies. ${SEE}`,
    example: null,
  },
  R093: {
    about: `A policy writes \`remove\`, \`new input\` or \`new param\`: only an amendment removes an article or\nclause, or adds an input or a parameter, from the start of its window. ${SEE}`,
    example: 'policy "r093" {\n  title "示例"\n}\n\nremove article 1 "示例"\n',
  },
  R094: {
    about: `An amendment's \`new input\` or \`new param\` names an input or parameter the policy already\ndeclares: to change a parameter's value, write \`param\` without \`new\`. ${SEE}`,
    example: null,
  },
  R095: {
    about: `An amendment removes a clause that a clause left in force still reads (\`award of\`), or\nboth removes and changes the same article or clause. ${SEE}`,
    example: null,
  },
  R096: {
    about: `An amendment removes an article or a clause the policy does not have. ${SEE}`,
    example: null,
  },
  R097: {
    about: `A policy writes \`new article\`: only an amendment adds an article, from the start of its window. ${SEE}`,
    example:
      'policy "r097" {\n  title "示例"\n}\n\nnew article 1 "示例" {\n  clause grant "示例" {\n    award 1万元\n  }\n}\n',
  },
  R098: {
    about: `An amendment's \`new article N\` names a number the policy already has: to change that\narticle's clauses, write \`article N\` without \`new\`. ${SEE}`,
    example: null,
  },
  R099: {
    about: `An amendment gives a value to a parameter the policy does not declare, or leaves it\n\`pending\`: an amendment changes the values of the policy's own parameters. ${SEE}`,
    example: null,
  },
};
