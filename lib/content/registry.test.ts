import { describe, expect, it } from "vitest";
import { step } from "../wizard/step";
import { loadFixture } from "./fixture";

const AUTH = "errors/aws/authfailure.mdx";
const renameCauses = (s: string) => s.replace("## Causes", "## Possible causes");

describe("registry of published URLs and anchors", () => {
  it("refuses a published anchor that disappears, naming it", async () => {
    const { messages } = await loadFixture({ [AUTH]: renameCauses });
    expect(messages).toContain(
      'content/registry.json: anchors: /errors/aws/authfailure#causes was published and no longer exists; restore it, or add "- page: /errors/aws/authfailure, from: causes, to: <new-id>" under anchors: in content/redirects.yaml',
    );
  });

  it("accepts it with an anchor redirect, and the old anchor then lands on the renamed section", async () => {
    const { messages, library } = await loadFixture({
      [AUTH]: renameCauses,
      "redirects.yaml": "anchors:\n  - page: /errors/aws/authfailure\n    from: causes\n    to: possible-causes\n",
    });
    expect(messages.filter((m) => m.includes("was published"))).toEqual([]);
    // The new anchor is not registered yet: the check asks for the registry to be regenerated.
    expect(messages).toEqual([
      "content/registry.json: registry: 1 new public URL(s) or anchor(s) are not registered yet (first: /errors/aws/authfailure#possible-causes); run npm run registry:update and commit content/registry.json",
    ]);
    const code = library.byUrl.get("/errors/aws/authfailure")?.mdx.code ?? "";
    // The old id sits at the start of the renamed heading, so #causes scrolls there.
    expect(code).toMatch(/id: "possible-causes",\s*children: \[_jsx\(_components\.span, \{\s*id: "causes"/);
  });

  it("refuses a removed guide, and a renamed wizard answer unless its former slug is kept", async () => {
    const removed = await loadFixture({ "playbooks/cors.mdx": null, "trees/cors.yaml": null });
    expect(removed.messages).toContain(
      'content/registry.json: pages: /playbooks/cors was published and no longer exists; restore it, or add "- from: /playbooks/cors" with its new path under pages: in content/redirects.yaml',
    );
    const renamed = await loadFixture({ "trees/aws-authfailure.yaml": (s) => s.replace("slug: sts-fails", "slug: sts-error") });
    expect(renamed.messages).toContain(
      "content/registry.json: wizard: /diagnose/aws-authfailure/sts-fails was published and no longer leads anywhere; keep the answer, or list its old slug under formerSlugs: of the renamed answer",
    );
    const kept = await loadFixture({
      "trees/aws-authfailure.yaml": (s) => s.replace("slug: sts-fails", "slug: sts-error\n        formerSlugs: [sts-fails]"),
    });
    expect(kept.messages.filter((m) => m.includes("was published"))).toEqual([]);
    const tree = kept.library.treeById.get("aws-authfailure");
    const state = tree && step(tree.data, ["sts-fails", "env"]);
    expect(state).toMatchObject({ ok: true, slugs: ["sts-error", "env"], nodeId: "key-wrong" });
  });
});
