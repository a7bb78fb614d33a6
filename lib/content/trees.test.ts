import { describe, expect, it } from "vitest";
import { loadFixture, replaceIn } from "./fixture";
import { step } from "./tree/step";

const TREE = "trees/aws-authfailure.yaml";
const edit = replaceIn;

describe("decision trees: the valid fixture", () => {
  it("compiles every tree, with its texts rendered once", async () => {
    const { library, messages } = await loadFixture();
    expect(messages).toEqual([]);
    expect(library.trees.map((t) => t.id)).toEqual(["aws-accessdenied", "aws-authfailure", "cors"]);
    const sts = library.trees.find((t) => t.id === "aws-authfailure")?.nodes.sts;
    expect(sts?.kind === "question" && sts.text).toEqual({
      md: "Run `aws sts get-caller-identity`. What does it print?",
      html: "Run <code>aws sts get-caller-identity</code>. What does it print?",
      plain: "Run aws sts get-caller-identity. What does it print?",
    });
  });

  it("drops raw HTML from tree texts", async () => {
    const { library } = await loadFixture({ [TREE]: edit('label: "env"', 'label: "env <img src=x onerror=alert(1)>"') });
    const node = library.trees.find((t) => t.id === "aws-authfailure")?.nodes["key-source"];
    const label = node?.kind === "question" ? node.answers[0]?.label : undefined;
    expect(label?.html).not.toContain("<img");
  });
});

describe("decision trees: each graph rule is refused with the file, the node and what to change", () => {
  it("an answer that leads to a node that does not exist, suggesting the nearest", async () => {
    const { messages } = await loadFixture({ [TREE]: edit("next: key-wrong", "next: key-wrnog") });
    expect(messages).toContain(
      'content/trees/aws-authfailure.yaml:22: node key-source: answer "env" leads to "key-wrnog", which is not a node of this tree; did you mean key-wrong?',
    );
  });

  it("a cycle", async () => {
    const { messages } = await loadFixture({ [TREE]: edit("next: none-fits\n  key-wrong", "next: sts\n  key-wrong") });
    expect(messages).toContain(
      'content/trees/aws-authfailure.yaml:25: node key-source: answer "other" leads back to "sts", a cycle (sts → key-source → sts); a tree must not loop',
    );
  });

  it("a node that cannot be reached from the start", async () => {
    const { messages } = await loadFixture({
      [TREE]: (s) => `${s}  orphan:\n    kind: dead-end\n    text: "Nobody gets here."\n    collect: [nothing at all]\n`,
    });
    expect(messages).toEqual(['content/trees/aws-authfailure.yaml:38: node orphan: not reachable from the start node "sts"; lead an answer to it or remove it']);
  });

  it("an outcome that names a cause the guide does not have", async () => {
    const { messages } = await loadFixture({ [TREE]: edit("cause: key-not-recognised", "cause: key-not-recognized") });
    expect(messages).toEqual([
      'content/trees/aws-authfailure.yaml:2: guide: cause "key-not-recognised" of /errors/aws/authfailure is not reached by any outcome; add an outcome node with cause: key-not-recognised',
      'content/trees/aws-authfailure.yaml:28: node key-wrong: "key-not-recognized" is not a <Cause id> of /errors/aws/authfailure; did you mean key-not-recognised?',
    ]);
  });

  it("a handover to a tree that does not exist", async () => {
    const { messages } = await loadFixture({ [TREE]: edit("tree: aws-accessdenied", "tree: aws-access-denied") });
    expect(messages).toEqual(['content/trees/aws-authfailure.yaml:31: node really-accessdenied: tree "aws-access-denied" does not exist; did you mean aws-accessdenied?']);
  });

  it("a start that is not a node, and a guide that does not exist", async () => {
    const { messages } = await loadFixture({ [TREE]: edit("start: sts", "start: first") });
    expect(messages[0]).toBe(
      'content/trees/aws-authfailure.yaml:3: start: "first" is not a node of this tree; use one of: sts, key-source, key-wrong, really-accessdenied, none-fits',
    );
    const noGuide = await loadFixture({ "trees/cors.yaml": edit("guide: /playbooks/cors", "guide: /playbooks/corz") });
    expect(noGuide.messages).toContain("content/trees/cors.yaml:2: guide: /playbooks/corz is not a guide; name the guide whose causes this tree reaches (did you mean /playbooks/cors?)");
  });

  it("a guide without a tree", async () => {
    const { messages } = await loadFixture({
      "trees/aws-accessdenied.yaml": null,
      [TREE]: edit("tree: aws-accessdenied", "tree: cors"),
    });
    expect(messages).toEqual([
      "content/errors/aws/accessdenied.mdx: tree: no decision tree for this guide; add content/trees/aws-accessdenied.yaml with guide: /errors/aws/accessdenied (npm run new:guide writes one)",
      "content/registry.json: wizard: /diagnose/aws-accessdenied was published and the tree is gone; restore it, or add under pages: in content/redirects.yaml:\n  - { from: /diagnose/aws-accessdenied/:path*, to: /diagnose }",
    ]);
  });

  it("schema rules: two to five answers, the reserved slug map, duplicate slugs, unknown kinds", async () => {
    const { messages } = await loadFixture({
      [TREE]: (s) =>
        s
          .replace("slug: sts-works", "slug: map")
          .replace('      - slug: other\n        label: "Something else"\n        next: none-fits\n', "")
          .replace("kind: dead-end", "kind: deadend"),
    });
    expect(messages).toEqual([
      'content/trees/aws-authfailure.yaml:13: node sts answers.1.slug: "map" is reserved for the tree picture; choose another slug',
      "content/trees/aws-authfailure.yaml:19: node key-source answers: a question needs two to five answers",
      'content/trees/aws-authfailure.yaml:31: node none-fits kind: kind must be one of "question", "outcome", "handover", "dead-end"',
    ]);
    const dup = await loadFixture({ [TREE]: edit("slug: sts-works", "slug: sts-fails") });
    expect(dup.messages).toContain(
      'content/trees/aws-authfailure.yaml:13: node sts: answer slug "sts-fails" is used twice in this question; slugs (and former slugs) are URL segments and must differ',
    );
  });
});

describe("the wizard as a pure function", () => {
  it("walks answers to a node, keeping the trail and the current slugs", async () => {
    const { library } = await loadFixture({ [TREE]: edit("slug: sts-fails", "slug: sts-error\n        formerSlugs: [sts-fails]") });
    const tree = library.trees.find((t) => t.id === "aws-authfailure");
    if (!tree) throw new Error("fixture tree missing");
    expect(step(tree, [])).toMatchObject({ ok: true, nodeId: "sts", trail: [] });
    const state = step(tree, ["sts-fails", "env"]);
    expect(state).toMatchObject({ ok: true, slugs: ["sts-error", "env"], nodeId: "key-wrong" });
    expect(state.ok && state.trail.map((t) => [t.nodeId, t.slug, t.before])).toEqual([
      ["sts", "sts-error", []],
      ["key-source", "env", ["sts-error"]],
    ]);
    expect(step(tree, ["sts-error", "nope"])).toEqual({ ok: false, validSlugs: ["sts-error"], badSlug: "nope", reason: "unknown-answer" });
    expect(step(tree, ["sts-error", "env", "more"])).toEqual({ ok: false, validSlugs: ["sts-error", "env"], badSlug: "more", reason: "past-the-end" });
  });
});
