import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadFixture, replaceIn } from "./fixture";
import { formatProblem } from "./problems";
import { redirectsSchema } from "./redirects";

const AUTH = "errors/aws/authfailure.mdx";
const edit = replaceIn;

/** A new guide, not yet verified or published: a draft with its tree. */
const draftGuide = `---
codes: [ExpiredToken]
provider: aws
title: "ExpiredToken: the security token included in the request is expired"
summary: The temporary credentials were valid once and have expired.
class: authentication
related: [/errors/aws/authfailure, /errors/aws/accessdenied]
references:
  - title: AWS STS AssumeRole
    url: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
  - title: AWS STS GetSessionToken
    url: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
lastReviewed: 2026-11-01
draft: true
---

## Causes

<Cause id="key-not-recognised" title="The session ended" signal="The message says expired" fix="Get new credentials">

<Symptom>
It says expired[^assume].
</Symptom>

<Check>
Look at the expiry.
</Check>

<Fix>
Renew.
</Fix>

<Verify>
Run it again.
</Verify>

</Cause>

## Diagnose step by step

<DecisionTree />

[^assume]: [AWS STS AssumeRole](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)
`;
const draftTree = `title: Diagnose ExpiredToken
guide: /errors/aws/expiredtoken
start: q
nodes:
  q:
    kind: question
    text: "Does the message say expired?"
    answers:
      - slug: yes-expired
        label: "Yes"
        next: done
      - slug: no
        label: "No"
        next: none
  done:
    kind: outcome
    cause: key-not-recognised
  none:
    kind: dead-end
    text: "None of the known causes fits."
    collect: [The error]
`;
const newDraft = { "errors/aws/expiredtoken.mdx": draftGuide, "trees/aws-expiredtoken.yaml": draftTree };

// The first compile in a worker loads the pipeline (parsers, the highlighter's grammars): several seconds on
// a busy two-core machine. Pay it once here, under a hook's own limit, so each test below times only itself.
beforeAll(() => loadFixture().then(() => undefined), 30_000);

describe("content compiler: the valid fixture", () => {
  it("compiles every article with no problems, and nothing is unregistered", async () => {
    const { library, messages, unregistered } = await loadFixture();
    expect(messages).toEqual([]);
    expect(unregistered).toEqual([]);
    expect(library.articles.map((a) => a.url)).toEqual(["/compare/authn-vs-authz", "/errors/aws/accessdenied", "/errors/aws/authfailure", "/playbooks/cors"]);
  });

  it("types each kind: an error guide has its provider and codes, frontmatter defaults are filled", async () => {
    const { library } = await loadFixture();
    const guide = library.articles.find((a) => a.url === "/errors/aws/authfailure");
    expect(guide).toMatchObject({ kind: "error", provider: "aws", slug: "authfailure" });
    expect(guide?.meta.codes).toEqual(["AuthFailure"]);
    expect(guide?.meta.aliases).toEqual(["Client.AuthFailure"]);
    expect(guide?.meta.draft).toBe(false);
    expect(library.articles.find((a) => a.url === "/playbooks/cors")?.meta.codes).toEqual([]);
  });

  it("collects the table of contents, public anchors, footnotes and causes with their one-liners", async () => {
    const { library } = await loadFixture();
    const guide = library.articles.find((a) => a.url === "/errors/aws/authfailure");
    expect(guide?.toc).toEqual([
      { id: "what-it-means", text: "What it means", depth: 2 },
      { id: "causes", text: "Causes", depth: 2 },
      { id: "key-not-recognised", text: "The access key is not recognised", depth: 3 },
      { id: "diagnose-step-by-step", text: "Diagnose step by step", depth: 2 },
    ]);
    expect(guide?.anchors).toContain("key-not-recognised-fix");
    expect(guide?.footnotes).toContain("user-content-fn-sts");
    expect(guide?.hasDecisionTree).toBe(true);
    const cause = guide?.causes[0];
    expect(cause).toMatchObject({ id: "key-not-recognised", signal: "STS rejects the same key", fix: "Replace the key pair" });
    expect(cause?.fixMarkdown).toBe("Replace the key pair.");
    expect(cause?.verifyCommand).toBe("aws sts get-caller-identity");
  });

  it("highlights code at build time (no highlighter in the page)", async () => {
    const { library } = await loadFixture();
    const code = library.articles.find((a) => a.url === "/errors/aws/authfailure")?.code ?? "";
    expect(code).toContain('language: "bash"');
    expect(code).toContain("--shiki-dark");
  });

  it("renders each cause alone with its same-page links pointing at the guide and its own sources", async () => {
    const { library } = await loadFixture();
    const cause = library.articles.find((a) => a.url === "/errors/aws/authfailure")?.causes[0];
    // The Check part links to #what-it-means, which is not on an outcome page: it now names the guide.
    expect(cause?.code).toContain('href: "/errors/aws/authfailure#what-it-means"');
    // The cited source comes along, numbered as on the guide (it is the second footnote there).
    expect(cause?.code).toContain('id: "user-content-fn-sts"');
    expect(cause?.code).toContain('value: "2"');
    expect(cause?.code).not.toContain("user-content-fn-ec2-errors");
  });

  it("writes the Markdown twin from the same parse: footnotes kept, links site-relative, the tree linked", async () => {
    const { library } = await loadFixture();
    const md = library.articles.find((a) => a.url === "/errors/aws/authfailure")?.markdown ?? "";
    expect(md).toContain("### The access key is not recognised");
    expect(md).toContain("[^ec2-errors]: [Amazon EC2 API Reference, error codes](https://docs.aws.amazon.com/");
    expect(md).toContain("[the first cause](/errors/aws/authfailure#key-not-recognised)");
    expect(md).toContain("Diagnose it step by step: [/diagnose/aws-authfailure](/diagnose/aws-authfailure)");
    expect(md).not.toMatch(/<Cause|<Fix>|<DecisionTree/);
  });

  it("reuses cached results when nothing changed, and recompiles only the edited guide", async () => {
    const { mkdtemp, rm } = await import("node:fs/promises");
    const os = await import("node:os");
    const cache = await mkdtemp(`${os.tmpdir()}/fixpath-cache-`);
    try {
      const cold = await loadFixture({}, { cache });
      expect(cold.stats).toMatchObject({ compiled: 4, reused: 0 });
      const warm = await loadFixture({}, { cache });
      expect(warm.stats).toMatchObject({ compiled: 0, reused: 4 });
      const edited = await loadFixture({ [AUTH]: edit("Replace the key pair.", "Create a new key pair.") }, { cache });
      expect(edited.stats).toMatchObject({ compiled: 1, reused: 3 });
      expect(edited.library.articles.find((a) => a.url === "/errors/aws/authfailure")?.causes[0]?.fixMarkdown).toBe("Create a new key pair.");
      // A cached broken file reports its problems again without being compiled.
      const broken = { [AUTH]: edit("lastReviewed: 2026-11-01", "lastReviewed: someday") };
      const first = await loadFixture(broken, { cache });
      const again = await loadFixture(broken, { cache });
      expect(again.stats.compiled).toBe(0);
      expect(again.messages).toEqual(first.messages);
      expect(again.messages.length).toBeGreaterThan(0);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });
});

describe("content compiler: broken content is refused with file, line, field and what to do", () => {
  it("pins the problem format", () => {
    expect(formatProblem({ file: "content/a.mdx", line: 3, field: "summary", message: "missing" })).toBe("content/a.mdx:3: summary: missing");
    expect(formatProblem({ file: "content/a.mdx", field: "path", message: "bad" })).toBe("content/a.mdx: path: bad");
  });

  it("refuses a missing field, a field of the wrong type, an unknown class and an unknown field, all in one run", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace(/^summary: .*\n/m, "").replace("httpStatus: 401", 'httpStatus: "four oh one"').replace("class: authentication", "class: authn\nsumary: typo"),
    });
    expect(messages).toContain(
      "content/errors/aws/authfailure.mdx:1: summary: missing; add it to the frontmatter, e.g. summary: One or two sentences that say what the error means.",
    );
    expect(messages).toContain("content/errors/aws/authfailure.mdx:5: httpStatus: must be a whole number such as 401");
    expect(messages).toContain("content/errors/aws/authfailure.mdx:6: class: must be one of authentication, authorization, request, transport");
    expect(messages.some((m) => m.startsWith("content/errors/aws/authfailure.mdx:7: sumary: unknown field; remove it or correct its name"))).toBe(true);
  });

  it("checks the body even when the frontmatter is broken: every problem in one run", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace("class: authentication", "class: authn").replace(' signal="STS rejects the same key"', ""),
    });
    expect(messages.some((m) => m.includes(": class: must be one of"))).toBe(true);
    expect(messages.some((m) => m.includes('cause key-not-recognised: needs signal="…"'))).toBe(true);
  });

  it("refuses a message without a source, and one that names a cause the guide does not have", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace("    seen: https://github.com/aws/aws-cli/issues/1\n", "").replace("cause: key-not-recognised", "cause: key-unknown"),
    });
    expect(messages).toContain(
      "content/errors/aws/authfailure.mdx:11: messages[0].seen: missing; add it to the frontmatter, e.g. seen: https://github.com/<owner>/<repo>/issues/<n> (a page where this exact text appears)",
    );
    expect(messages).toContain('content/errors/aws/authfailure.mdx:16: messages[2].cause: "key-unknown" is not a <Cause id> of this guide; use one of: key-not-recognised');
  });

  it("refuses footnotes without a definition, without an https source, or never cited, and a cause that cites nothing", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) =>
        s
          .replace("fails too[^sts].", "fails too.")
          .replace("answers with 401[^ec2-errors].", "answers with 401[^ec2-errors][^gone][^plain].")
          .concat("[^plain]: only words\n[^unused]: [x](https://example.com/)\n"),
    });
    expect(messages).toContain('content/errors/aws/authfailure.mdx:32: footnote: [^gone] has no definition; add a line "[^gone]: [Source title](https://…)" at the end of the file');
    expect(messages.some((m) => /footnote: \[\^plain\] cites no https source/.test(m))).toBe(true);
    expect(messages.some((m) => /footnote: \[\^sts\] is defined but never cited/.test(m))).toBe(true);
    expect(messages.some((m) => /footnote: \[\^unused\] is defined but never cited/.test(m))).toBe(true);
    expect(messages).toContain(
      "content/errors/aws/authfailure.mdx:37: cause key-not-recognised: cites no source; add at least one footnote [^label] inside the cause, defined at the end of the file with an https link",
    );
  });

  it("refuses a published guide without lastVerified or its verification table, or with an open claim", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("lastVerified: 2026-11-02\n", ""),
      "verification/errors/aws/accessdenied.md": null,
      "verification/playbooks/cors.md": edit("| WRONG | fixed |", "| WRONG | |"),
    });
    expect(messages.some((m) => m.startsWith("content/errors/aws/authfailure.mdx:1: lastVerified: missing; a published guide records the day a checker"))).toBe(true);
    expect(messages.some((m) => m.includes("content/errors/aws/accessdenied.mdx") && m.includes("no verification table; the checker writes content/verification/errors/aws/accessdenied.md"))).toBe(true);
    expect(messages).toContain('content/verification/playbooks/cors.md:9: resolution: an open WRONG claim; fix or cut it in the guide, then write "fixed" or "cut" here');
    // A new draft needs neither: it has not been checked yet.
    const draft = await loadFixture(newDraft);
    expect(draft.messages).toEqual([]);
  });

  it("refuses link text that is a raw id, unknown components and expressions", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace("see [the first cause](#key-not-recognised)", "see [key-not-recognised](#key-not-recognised) <Warning>x</Warning> {1 + 1}"),
    });
    expect(messages.some((m) => m.includes('link: the link text "key-not-recognised" is an id; write what the reader will find there'))).toBe(true);
    expect(messages.some((m) => m.includes("mdx: <Warning> is not a Fixpath component"))).toBe(true);
    expect(messages.some((m) => m.includes("mdx: expressions, imports and exports are not allowed in guides"))).toBe(true);
  });

  it("refuses an expression in a footnote, which would throw when the page renders", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace(/^(\[\^[^\]]+\]: \[)/m, "$1reads ${NPM_TOKEN} "),
    });
    expect(messages.some((m) => m.includes("mdx: expressions are not allowed in footnotes either"))).toBe(true);
  });

  it("refuses a guide without its decision tree placed in the body", async () => {
    const { messages } = await loadFixture({ [AUTH]: edit("<DecisionTree />\n", "") });
    expect(messages.some((m) => m.startsWith("content/errors/aws/authfailure.mdx: DecisionTree: place the decision tree"))).toBe(true);
  });

  it("refuses a duplicate code or alias claimed by two guides of one provider", async () => {
    const { messages } = await loadFixture({
      "errors/aws/accessdenied.mdx": edit("aliases: [AccessDeniedException]", "aliases: [AccessDeniedException, client.authfailure]"),
    });
    expect(messages).toEqual([
      'content/errors/aws/authfailure.mdx:8: aliases: "Client.AuthFailure" is already claimed by content/errors/aws/accessdenied.mdx; each code or alias belongs to one guide per provider (identify this guide by its messages instead)',
    ]);
  });

  it("takes the slug from the file name, whatever the codes, and refuses a file name that is not a slug", async () => {
    const renamed = await loadFixture({ [AUTH]: edit("codes: [AuthFailure]", "codes: [AuthFailed, Client.Other]") });
    expect(renamed.messages).toEqual([]);
    const source = await loadFixture({ "errors/aws/AuthFailure.mdx": "---\n---\n" });
    expect(source.messages).toContain("content/errors/aws/AuthFailure.mdx: path: the file name is the URL slug and must be lower-case kebab-case, e.g. authfailure.mdx");
  });

  it("refuses a dead link and a dead anchor, suggesting the nearest", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("[AccessDenied](/errors/aws/accessdenied#what-it-means)", "[AccessDenied](/errors/aws/accessdeny) [x](#key-not-recognized)"),
    });
    expect(messages).toEqual([
      "content/errors/aws/authfailure.mdx:33: link: /errors/aws/accessdeny does not resolve: no page at /errors/aws/accessdeny; did you mean /errors/aws/accessdenied?",
      "content/errors/aws/authfailure.mdx:33: link: #key-not-recognized points at a missing anchor #key-not-recognized in /errors/aws/authfailure; did you mean key-not-recognised?",
    ]);
  });

  it("refuses references that are not https and dates that are not real or in the future", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace("url: https://docs.aws.amazon.com/AWSEC2", "url: http://docs.aws.amazon.com/AWSEC2").replace("2026-11-01", "2026-02-30"),
      "errors/aws/accessdenied.mdx": edit("lastReviewed: 2026-10-01", "lastReviewed: 2999-01-01"),
    });
    expect(messages).toContain("content/errors/aws/accessdenied.mdx:14: lastReviewed: is in the future; use the day of the edit or check");
    expect(messages).toContain("content/errors/aws/authfailure.mdx:23: references[0].url: must be an https:// link to official documentation");
    expect(messages).toContain("content/errors/aws/authfailure.mdx:26: lastReviewed: is not a real calendar date");
  });

  it("refuses invalid YAML (saying how to quote), missing frontmatter and broken MDX", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit('title: "AuthFailure: AWS was not able to validate the provided access credentials"', "title: AuthFailure: AWS was not able"),
      "errors/aws/accessdenied.mdx": edit(/^---\n/, ""),
      "playbooks/cors.mdx": (s) => `${s}\n<Callout>never closed\n`,
    });
    expect(messages[0]).toMatch(/^content\/errors\/aws\/accessdenied\.mdx:1: frontmatter: missing; start the file with a `---` line/);
    expect(messages[1]).toMatch(/^content\/errors\/aws\/authfailure\.mdx:4: frontmatter: invalid YAML: .*must be quoted: key: "a: b"\)$/);
    expect(messages.some((m) => /^content\/playbooks\/cors\.mdx:\d+: mdx: .*\(fix the MDX syntax; escape \{ \} < in prose\)$/.test(m))).toBe(true);
  });

  it("refuses an error guide whose provider does not match its folder, and files that are not content", async () => {
    const { messages } = await loadFixture({ [AUTH]: edit("provider: aws", "provider: gcp"), "notes.txt": "scratch" });
    expect(messages).toEqual([
      'content/errors/aws/authfailure.mdx:3: provider: "gcp" does not match the folder errors/aws/; move the file or correct the provider',
      "content/notes.txt: path: not content; content/ holds errors/, compare/ and playbooks/ articles (.mdx), trees/*.yaml, verification/**/*.md, redirects.yaml and registry.json",
    ]);
  });
});

describe("registry of published URLs and anchors", () => {
  const renameCauses = (s: string) => s.replace("## Causes", "## Possible causes");

  it("refuses a published anchor that disappears, printing valid YAML that fixes it", async () => {
    const { messages } = await loadFixture({ [AUTH]: renameCauses });
    const message = messages.find((m) => m.includes("#causes was published"));
    expect(message).toBe(
      "content/registry.json: anchors: /errors/aws/authfailure#causes was published and no longer exists; restore it, or add under anchors: in content/redirects.yaml:\n  - { page: /errors/aws/authfailure, from: causes, to: possible-causes }",
    );
    const suggested = (message ?? "").split("\n").slice(1).join("\n");
    expect(redirectsSchema.parse(parse(`anchors:\n${suggested}\n`)).anchors).toEqual([{ page: "/errors/aws/authfailure", from: "causes", to: "possible-causes" }]);
  });

  it("accepts it with that redirect; the old anchor then lands on the renamed section; the new one is only unregistered", async () => {
    const { messages, library, unregistered } = await loadFixture({
      [AUTH]: renameCauses,
      "redirects.yaml": "anchors:\n  - { page: /errors/aws/authfailure, from: causes, to: possible-causes }\n",
    });
    expect(messages).toEqual([]);
    expect(unregistered).toEqual(["/errors/aws/authfailure#possible-causes"]);
    const code = library.articles.find((a) => a.url === "/errors/aws/authfailure")?.code ?? "";
    expect(code).toMatch(/id: "possible-causes",\s*children: \[_jsx\(_components\.span, \{\s*id: "causes"/);
  });

  it("refuses a removed guide, and a renamed wizard answer unless its former slug is kept (which then redirects)", async () => {
    const removed = await loadFixture({ "playbooks/cors.mdx": null, "trees/cors.yaml": null, "verification/playbooks/cors.md": null });
    expect(removed.messages).toContain(
      "content/registry.json: pages: /playbooks/cors was published and no longer exists; restore it, or add under pages: in content/redirects.yaml:\n  - { from: /playbooks/cors, to: /playbooks }",
    );
    const renamed = await loadFixture({ "trees/aws-authfailure.yaml": edit("slug: sts-fails", "slug: sts-error") });
    expect(renamed.messages).toContain(
      "content/registry.json: wizard: /diagnose/aws-authfailure/sts-fails was published and no longer leads anywhere; keep the answer, or list its old slug under formerSlugs: of the renamed answer",
    );
    const kept = await loadFixture({ "trees/aws-authfailure.yaml": edit("slug: sts-fails", "slug: sts-error\n        formerSlugs: [sts-fails]") });
    expect(kept.messages).toEqual([]);
    expect(kept.library.redirects.pages).toContainEqual({ from: "/diagnose/aws-authfailure/sts-fails/env", to: "/diagnose/aws-authfailure/sts-error/env" });
  });

  it("leaves drafts out of the registry: a draft's ids are free to change", async () => {
    const { registry, messages, library } = await loadFixture(newDraft);
    expect(messages).toEqual([]);
    expect(library.articles.some((a) => a.url === "/errors/aws/expiredtoken")).toBe(true);
    expect(registry.pages).not.toContain("/errors/aws/expiredtoken");
    expect(registry.anchors["/errors/aws/expiredtoken"]).toBeUndefined();
    const renamed = await loadFixture({ ...newDraft, "errors/aws/expiredtoken.mdx": draftGuide.replace(/key-not-recognised/g, "token-expired"), "trees/aws-expiredtoken.yaml": draftTree.replace("key-not-recognised", "token-expired") });
    expect(renamed.messages).toEqual([]);
  });
});
