/**
 * `npm run new:guide -- <provider>/<slug>` (or `compare/<slug>`, `playbooks/<slug>`): writes a draft guide
 * and its decision tree that already pass the content check, every required part in place and marked
 * `TODO(writer)` for the writer to fill in. The draft shows in `npm run dev` at once.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentRoot, PLACEHOLDER } from "../lib/content/compiler";
import { PROVIDERS } from "../lib/vocabulary";

const target = process.argv[2] ?? "";
const today = new Date().toISOString().slice(0, 10);
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function usage(message: string): never {
  console.error(
    `new:guide: ${message}\nUsage: npm run new:guide -- <provider>/<slug>   e.g. npm run new:guide -- aws/nocredentials\n       npm run new:guide -- playbooks/<slug> | compare/<slug>\nProviders: ${PROVIDERS.join(", ")}`,
  );
  process.exit(2);
}

const [first = "", slug = "", extra] = target.split("/");
if (!slug || extra !== undefined || !kebab.test(slug)) usage(`"${target}" is not <provider>/<slug> with a lower-case kebab-case slug`);
const kind = first === "compare" ? "compare" : first === "playbooks" ? "playbook" : "error";
const provider = PROVIDERS.find((p) => p === first);
if (kind === "error" && !provider) usage(`unknown provider "${first}"`);

const root = contentRoot();
const relative = kind === "error" ? `errors/${provider}/${slug}.mdx` : `${first}/${slug}.mdx`;
const url = `/${relative.replace(/\.mdx$/, "")}`;
const treeId = kind === "error" ? `${provider}-${slug}` : slug;
const file = path.join(root, relative);
const treeFile = path.join(root, "trees", `${treeId}.yaml`);
if (existsSync(file)) usage(`${path.relative(process.cwd(), file)} already exists`);
if (kind !== "compare" && existsSync(treeFile)) usage(`${path.relative(process.cwd(), treeFile)} already exists`);

const TODO = PLACEHOLDER;
const cause = (
  id: string,
  n: number,
) => `<Cause id="${id}" title="${TODO}: cause ${n}, as a statement" signal="${TODO}: how the reader tells this cause apart, one line" fix="${TODO}: the fix, in one line">

<Symptom>
${TODO}: what the reader observes that sets this cause apart (first sentence: the strongest sign)[^${TODO.toLowerCase().replace(/[^a-z]/g, "")}-source].
</Symptom>

<Check>
${TODO}: the command that confirms it, and what it prints when this is the cause.

\`\`\`bash
echo "${TODO}: the checking command"
\`\`\`
</Check>

<Fix>
1. ${TODO}: the first step of the fix.
2. ${TODO}: the next step.
</Fix>

<Verify>
\`\`\`bash
echo "${TODO}: the command that proves the fix worked"
\`\`\`

${TODO}: what it prints when the fix worked.
</Verify>

</Cause>`;

const frontmatter = [
  "---",
  `title: "${TODO}: ${slug}: what the error says, in a few words"`,
  `summary: "${TODO}: one or two sentences (20 to 240 characters) on what the error means."`,
  ...(kind === "error"
    ? [`provider: ${provider}`, `codes: []  # ${TODO}: the real codes as the service spells them, e.g. [AuthFailure]; none if it has none`]
    : []),
  `class: authentication  # ${TODO}: authentication | authorization | request | transport`,
  "messages:",
  `  - text: "${TODO}: an exact fragment of the message"`,
  "    seen: https://example.com/todo-writer  # the https URL where this exact text appears",
  "related:  # at least two guides, by path",
  "  - /errors/http/401",
  "  - /errors/http/403",
  "references:  # at least two official sources",
  `  - title: "${TODO}: official documentation page"`,
  "    url: https://example.com/todo-writer-1",
  `  - title: "${TODO}: another official page"`,
  "    url: https://example.com/todo-writer-2",
  `lastReviewed: ${today}`,
  "draft: true  # remove when a checker has verified it (and add lastVerified)",
  "---",
].join("\n");

const body =
  kind === "compare"
    ? `
## ${TODO}: the difference in one sentence

${TODO}: the errors side by side, each linked to its guide[^todowriter-source].
`
    : `
## What it means

${TODO}: the class, where the error sits in the life of a request, the HTTP status (with a footnote[^todowriter-source]), which services and clients emit it.

## How it looks

${TODO}: the exact messages from at least two clients, each in a fenced block with a language.

\`\`\`text
${TODO}: the message as the CLI prints it
\`\`\`

## Causes

${cause("first-cause", 1)}

## Diagnose step by step

${TODO}: one short sentence.

<DecisionTree />

## Neighbouring errors

| Error | Looks like this one because | The one test that tells them apart |
| --- | --- | --- |
| [${TODO}](/errors/http/401) | ${TODO} | ${TODO} |

## Prevent it

- ${TODO}: what stops it coming back.
`;

const footnotes = `\n[^todowriter-source]: [${TODO}: source title](https://example.com/todo-writer-source)\n`;

const tree = `title: "Diagnose ${TODO}: ${slug}"
guide: ${url}
start: first-question
nodes:
  first-question:
    kind: question
    text: "${TODO}: a question the reader answers by looking at something. What do you see?"
    answers:
      - slug: first-answer
        label: "${TODO}: what the reader sees"
        next: first-cause
      - slug: something-else
        label: "Something else"
        next: none-fits
  first-cause:
    kind: outcome
    cause: first-cause
  none-fits:
    kind: dead-end
    text: "None of the known causes matches what you see."
    collect:
      - "The full error message, with its request ID"
`;

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${frontmatter}\n${body}${footnotes}`);
const written = [path.relative(process.cwd(), file)];
if (kind !== "compare") {
  mkdirSync(path.dirname(treeFile), { recursive: true });
  writeFileSync(treeFile, tree);
  written.push(path.relative(process.cwd(), treeFile));
}
console.log(`new:guide: wrote ${written.join(" and ")} (a draft: it shows in npm run dev at ${url}).
Next: replace every ${TODO} (npm run check:content -- ${written[0]} lists what is still missing), then
see CONTRIBUTING.md for the checker's verification table and publishing.`);
