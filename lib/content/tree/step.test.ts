import { describe, expect, it } from "vitest";
import { loadFixture } from "../fixture";
import { allPaths, longestPath, mapUrl, stateUrl, step } from "./step";

async function fixtureTree() {
  const { library } = await loadFixture();
  const tree = library.trees.find((t) => t.id === "aws-authfailure");
  if (!tree) throw new Error("fixture tree missing");
  return tree;
}

describe("step: answers → wizard state", () => {
  it("no answers is the first question", async () => {
    const state = step(await fixtureTree(), []);
    expect(state).toMatchObject({ ok: true, nodeId: "sts", trail: [], slugs: [] });
  });

  it("answers lead to an outcome, with the trail of questions and the prefix to change each answer", async () => {
    const state = step(await fixtureTree(), ["sts-fails", "env"]);
    if (!state.ok) throw new Error("expected a valid state");
    expect(state.nodeId).toBe("key-wrong");
    expect(state.node).toEqual({ kind: "outcome", cause: "key-not-recognised" });
    expect(state.trail.map((t) => [t.nodeId, t.slug, t.before])).toEqual([
      ["sts", "sts-fails", []],
      ["key-source", "env", ["sts-fails"]],
    ]);
    expect(state.trail[0]?.label.plain).toBe("An error: InvalidClientTokenId");
  });

  it("an unknown answer is refused with the longest valid prefix", async () => {
    expect(step(await fixtureTree(), ["sts-fails", "nope", "env"])).toEqual({
      ok: false,
      validSlugs: ["sts-fails"],
      badSlug: "nope",
      reason: "unknown-answer",
    });
  });

  it("an answer after an ending is refused", async () => {
    expect(step(await fixtureTree(), ["sts-works", "extra"])).toEqual({
      ok: false,
      validSlugs: ["sts-works"],
      badSlug: "extra",
      reason: "past-the-end",
    });
  });

  it("enumerates every state of the tree, and the longest path", async () => {
    const tree = await fixtureTree();
    expect(allPaths(tree)).toEqual([[], ["sts-fails"], ["sts-fails", "env"], ["sts-fails", "other"], ["sts-works"]]);
    expect(longestPath(tree)).toBe(2);
    for (const path of allPaths(tree)) expect(step(tree, path).ok).toBe(true);
  });

  it("builds readable state and map URLs", () => {
    expect(stateUrl("aws-authfailure", ["sts-fails", "env"])).toBe("/diagnose/aws-authfailure/sts-fails/env");
    expect(stateUrl("aws-authfailure", [])).toBe("/diagnose/aws-authfailure");
    expect(mapUrl("aws-authfailure", ["sts-fails"])).toBe("/diagnose/aws-authfailure/map/sts-fails");
  });
});
