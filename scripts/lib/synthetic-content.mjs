/**
 * Writes a synthetic library of `count` error guides, each with two causes and a decision tree, shaped
 * like the real ones, for the scale benchmark. Only ever written to a temporary folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const pad = (i) => String(i).padStart(5, "0");

function guide(i, count) {
  const code = `SyntheticError${pad(i)}`;
  const related = [1, 2].map((d) => `/errors/aws/syntheticerror${pad((i + d) % count)}`);
  const cause = (
    id,
    title,
  ) => `<Cause id="${id}" title="${title}" signal="Only when the ${id.replace(/-/g, " ")} condition holds" fix="Change the setting behind it">

<Symptom>
The call fails with \`${code}\` only when the ${id.replace(/-/g, " ")} condition holds[^rfc].
</Symptom>

<Check>
Run the check and read its output.

\`\`\`bash
aws synthetic describe --id ${i} --check ${id}
\`\`\`
</Check>

<Fix>
1. Change the setting that causes ${id.replace(/-/g, " ")}.
2. Retry the call.
</Fix>

<Verify>
\`\`\`bash
aws synthetic describe --id ${i}
\`\`\`

It prints the resource instead of \`${code}\`.
</Verify>

</Cause>`;
  return `---
codes: [${code}]
provider: aws
title: "${code}: a synthetic error number ${i} for the scale benchmark"
summary: A synthetic guide generated to measure how the build grows with the size of the library.
httpStatus: 400
class: request
aliases: [${code}Exception]
messages:
  - text: "synthetic failure ${i} in the benchmark"
    seen: https://www.rfc-editor.org/rfc/rfc9110
related: [${related.join(", ")}]
references:
  - title: RFC 9110, HTTP Semantics
    url: https://www.rfc-editor.org/rfc/rfc9110
  - title: MDN, HTTP response status codes
    url: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status
lastReviewed: 2026-01-01
lastVerified: 2026-01-01
---

## What it means

\`${code}\` is a synthetic error. It exists so that the benchmark can measure a library of realistic
size: [the next one](${related[0]}) is linked the same way real guides link their neighbours.

## Causes

${cause("first-cause", "The first synthetic cause")}

${cause("second-cause", "The second synthetic cause")}

## Diagnose step by step

Answer what you see.

<DecisionTree />

## Prevent it

Keep the synthetic settings as they are.

[^rfc]: [RFC 9110, HTTP Semantics](https://www.rfc-editor.org/rfc/rfc9110)
`;
}

function verification(i) {
  return `---
guide: /errors/aws/syntheticerror${pad(i)}
verified: 2026-01-01
---

| # | Claim | Verdict | Resolution | Source | Note |
| --- | --- | --- | --- | --- | --- |
| 1 | The synthetic claim holds | OK | | https://www.rfc-editor.org/rfc/rfc9110 | |
`;
}

function tree(i) {
  return `title: Diagnose SyntheticError${pad(i)}
guide: /errors/aws/syntheticerror${pad(i)}
start: first
nodes:
  first:
    kind: question
    text: "Run \`aws synthetic describe --id ${i}\`. What does it print?"
    answers:
      - { slug: condition-one, label: "The first condition", next: one }
      - { slug: something-else, label: "Something else", next: second }
  second:
    kind: question
    text: "Run the second check. What does it print?"
    answers:
      - { slug: condition-two, label: "The second condition", next: two }
      - { slug: nothing-known, label: "Nothing known", next: none }
  one: { kind: outcome, cause: first-cause }
  two: { kind: outcome, cause: second-cause }
  none: { kind: dead-end, text: "None of the known causes fits.", collect: ["The full error"] }
`;
}

/** Changes one guide's text (the benchmark's "a writer saved a file"). */
export function touchSyntheticGuide(root, i, note) {
  const file = path.join(root, "errors", "aws", `syntheticerror${pad(i)}.mdx`);
  writeFileSync(file, `${readFileSync(file, "utf8")}\n${note}\n`);
}

export function writeSyntheticLibrary(root, count) {
  mkdirSync(path.join(root, "errors", "aws"), { recursive: true });
  mkdirSync(path.join(root, "trees"), { recursive: true });
  mkdirSync(path.join(root, "verification", "errors", "aws"), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(root, "errors", "aws", `syntheticerror${pad(i)}.mdx`), guide(i, count));
    writeFileSync(path.join(root, "trees", `aws-syntheticerror${pad(i)}.yaml`), tree(i));
    writeFileSync(path.join(root, "verification", "errors", "aws", `syntheticerror${pad(i)}.md`), verification(i));
  }
}
