import { describe, expect, it } from "vitest";
import { loadFixture, replaceIn } from "./fixture";
import { formatProblem } from "./problems";

const AUTH = "errors/aws/authfailure.mdx";
const edit = replaceIn;

describe("content loader: the valid fixture", () => {
  it("loads every article with no problems", async () => {
    const { library, messages } = await loadFixture();
    expect(messages).toEqual([]);
    expect(library.articles.map((a) => a.url)).toEqual([
      "/compare/authn-vs-authz",
      "/errors/aws/accessdenied",
      "/errors/aws/authfailure",
      "/playbooks/cors",
    ]);
  });

  it("indexes kind, provider and slug, and infers typed frontmatter", async () => {
    const { library } = await loadFixture();
    const guide = library.byUrl.get("/errors/aws/authfailure");
    expect(guide).toMatchObject({ kind: "error", provider: "aws", slug: "authfailure" });
    expect(guide?.meta.httpStatus).toBe(401);
    expect(guide?.meta.aliases).toEqual(["Client.AuthFailure"]);
    expect(library.byUrl.get("/playbooks/cors")?.meta.aliases).toEqual([]);
  });

  it("collects the table of contents, anchors and cause parts", async () => {
    const { library } = await loadFixture();
    const guide = library.byUrl.get("/errors/aws/authfailure");
    expect(guide?.mdx.toc).toEqual([
      { id: "what-it-means", text: "What it means", depth: 2 },
      { id: "causes", text: "Causes", depth: 2 },
      { id: "key-not-recognised", text: "The access key is not recognised", depth: 3 },
    ]);
    expect(guide?.mdx.anchors.map((a) => a.id)).toContain("key-not-recognised-fix");
    const cause = guide?.mdx.causes[0];
    expect(cause?.parts.Fix).toBe("Replace the key pair.");
    expect(cause?.parts.Verify).toContain("aws sts get-caller-identity");
    expect(cause?.source.startsWith('<Cause id="key-not-recognised"')).toBe(true);
  });

  it("highlights code at build time (no highlighter in the page)", async () => {
    const { library } = await loadFixture();
    const code = library.byUrl.get("/errors/aws/authfailure")?.mdx.code ?? "";
    expect(code).toContain('"data-language": "bash"');
    expect(code).toContain("--shiki-dark");
  });
});

describe("content loader: broken content is refused with file, line, field and what to do", () => {
  it("pins the problem format", () => {
    expect(formatProblem({ file: "content/a.mdx", line: 3, field: "summary", message: "missing" })).toBe(
      "content/a.mdx:3: summary: missing",
    );
    expect(formatProblem({ file: "content/a.mdx", field: "path", message: "bad" })).toBe("content/a.mdx: path: bad");
  });

  it("refuses a missing field", async () => {
    const { messages } = await loadFixture({ [AUTH]: edit(/^summary: .*\n/m, "") });
    expect(messages).toEqual([
      "content/errors/aws/authfailure.mdx:1: summary: missing; add it to the frontmatter, e.g. summary: One or two sentences that say what the error means.",
    ]);
  });

  it("refuses a field of the wrong type, at its line", async () => {
    const { messages } = await loadFixture({ [AUTH]: edit("httpStatus: 401", 'httpStatus: "four oh one"') });
    expect(messages).toEqual(["content/errors/aws/authfailure.mdx:6: httpStatus: must be a whole number such as 401"]);
  });

  it("refuses an unknown class and an unknown field", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("class: authentication", "class: authn\nsumary: typo"),
    });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(
      "content/errors/aws/authfailure.mdx:7: class: must be one of authentication, authorization, request, transport",
    );
    expect(messages[1]).toMatch(/^content\/errors\/aws\/authfailure\.mdx:8: sumary: unknown field; remove it or correct its name/);
  });

  it("refuses a duplicate code or alias claimed by two guides", async () => {
    const { messages } = await loadFixture({
      "errors/aws/accessdenied.mdx": edit("aliases: [AccessDeniedException]", "aliases: [AccessDeniedException, client.authfailure]"),
    });
    expect(messages).toEqual([
      'content/errors/aws/authfailure.mdx:8: aliases: "Client.AuthFailure" is already claimed by content/errors/aws/accessdenied.mdx; each code or alias belongs to one guide per provider',
    ]);
  });

  it("refuses a file whose name is not its slug, and a code that does not match it", async () => {
    const source = await loadFixture({ "errors/aws/AuthFailure.mdx": "---\n---\n" });
    expect(source.messages).toContain(
      "content/errors/aws/AuthFailure.mdx: path: file name must be lower-case kebab-case (the slug is its URL), e.g. authfailure.mdx",
    );
    const renamed = await loadFixture({ [AUTH]: edit("code: AuthFailure", "code: AuthFailed") });
    expect(renamed.messages).toContain(
      'content/errors/aws/authfailure.mdx:2: code: "AuthFailed" does not match the file name; rename the file to authfailed.mdx or correct the code',
    );
  });

  it("refuses a dead link and a dead anchor, at their lines", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("[AccessDenied](/errors/aws/accessdenied#what-it-means)", "[AccessDenied](/errors/aws/nope) [x](#nope)"),
    });
    expect(messages).toEqual([
      "content/errors/aws/authfailure.mdx:26: link: /errors/aws/nope does not resolve: no page at /errors/aws/nope; link to an existing guide (e.g. /errors/aws/authfailure)",
      "content/errors/aws/authfailure.mdx:26: link: #nope points at a missing anchor #nope in /errors/aws/authfailure; use one of: what-it-means, causes, key-not-recognised-symptom, key-not-recognised-check, key-not-recognised-fix, key-not-recognised-verify, key-not-recognised",
    ]);
  });

  it("refuses a dead anchor in another guide and a related guide that does not exist", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("/errors/aws/accessdenied#what-it-means", "/errors/aws/accessdenied#gone"),
      "compare/authn-vs-authz.mdx": edit("related: [/errors/aws/authfailure,", "related: [/errors/aws/missing,"),
    });
    expect(messages).toContain(
      "content/compare/authn-vs-authz.mdx:5: related[0]: /errors/aws/missing is not a guide; use the path of an existing guide or write that guide",
    );
    expect(messages.some((m) => m.startsWith("content/errors/aws/authfailure.mdx:26: link: /errors/aws/accessdenied#gone points at a missing anchor #gone"))).toBe(true);
  });

  it("refuses references that are not https and dates that are not real or in the future", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) =>
        s.replace("url: https://docs.aws.amazon.com/AWSEC2", "url: http://docs.aws.amazon.com/AWSEC2").replace("2026-11-01", "2026-02-30"),
      "errors/aws/accessdenied.mdx": edit("lastReviewed: 2026-10-01", "lastReviewed: 2999-01-01"),
    });
    expect(messages).toEqual([
      "content/errors/aws/accessdenied.mdx:14: lastReviewed: is in the future; use the day the guide was last checked",
      "content/errors/aws/authfailure.mdx:18: references[0].url: must be an https:// link to official documentation",
      "content/errors/aws/authfailure.mdx:21: lastReviewed: is not a real calendar date",
    ]);
  });

  it("refuses a guide with fewer than two references or related guides", async () => {
    const { messages } = await loadFixture({
      "errors/aws/accessdenied.mdx": (s) =>
        s
          .replace("related: [/errors/aws/authfailure, /compare/authn-vs-authz]", "related: [/errors/aws/authfailure]")
          .replace(/  - title: IAM policy evaluation logic\n.*\n/, ""),
    });
    expect(messages).toEqual([
      "content/errors/aws/accessdenied.mdx:8: related: list at least two related guides, by path",
      "content/errors/aws/accessdenied.mdx:9: references: list at least two official references",
    ]);
  });

  it("refuses a cause without its four parts, and a cause without an id", async () => {
    const { messages } = await loadFixture({
      [AUTH]: (s) => s.replace(/<Fix>[\s\S]*?<\/Fix>\n\n/, "").replace("<Cause id=\"key-not-recognised\"", "<Cause id=\"key-not-recognised\""),
      "errors/aws/accessdenied.mdx": edit('<Cause id="no-allow" ', "<Cause "),
    });
    expect(messages).toContain(
      'content/errors/aws/accessdenied.mdx:21: cause: <Cause> needs id="kebab-case-id" as a plain string (got none)',
    );
    expect(messages).toContain(
      "content/errors/aws/authfailure.mdx:31: cause key-not-recognised: missing <Fix>; every cause has <Symptom>, <Check>, <Fix> and <Verify>",
    );
  });

  it("refuses invalid YAML, missing frontmatter and broken MDX", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("class: authentication", "class: [authentication"),
      "errors/aws/accessdenied.mdx": edit(/^---\n/, ""),
      "playbooks/cors.mdx": (s) => `${s}\n<Callout>never closed\n`,
    });
    expect(messages[0]).toMatch(/^content\/errors\/aws\/accessdenied\.mdx:1: frontmatter: missing; start the file with a `---` line/);
    expect(messages[1]).toMatch(/^content\/errors\/aws\/authfailure\.mdx:\d+: frontmatter: invalid YAML: /);
    expect(messages[2]).toMatch(/^content\/playbooks\/cors\.mdx:\d+: mdx: .*\(fix the MDX syntax; escape \{ \} < in prose\)$/);
  });

  it("refuses an error guide whose provider does not match its folder, and files that are not articles", async () => {
    const { messages } = await loadFixture({
      [AUTH]: edit("provider: aws", "provider: gcp"),
      "notes.txt": "scratch",
    });
    expect(messages).toEqual([
      'content/errors/aws/authfailure.mdx:3: provider: "gcp" does not match the folder errors/aws/; move the file or correct the provider',
      "content/notes.txt: path: not an article; content/ holds .mdx articles, trees/*.yaml, redirects.yaml and registry.json only",
    ]);
  });
});
