import type { VFile } from "vfile";
import type { Article } from "../model";
import { report } from "../problems";
import { treeIdFor } from "../rules";
import { hint } from "../suggest";
import type { Tree } from "../tree/types";
import type { TreeLines } from "./compile-tree";

type CompiledTree = { tree: Tree; lines: TreeLines; file: VFile };

/**
 * The graph rules: every answer leads to a node, no cycles, every node reachable from the start, every
 * outcome names an existing cause, every handover an existing tree, every cause of the guide reached, and
 * every error guide and playbook has exactly one tree.
 */
export function checkTrees(
  trees: CompiledTree[],
  articles: Map<string, { article: Article; file: VFile }>,
  broken: { articles: ReadonlySet<string>; trees: ReadonlySet<string> },
) {
  // Trees that failed their own checks still exist for handovers; they report their own problems.
  const treeIds = [...trees.map((t) => t.tree.id), ...broken.trees];
  const byGuide = new Map<string, Tree[]>();
  for (const compiled of trees) {
    byGuide.set(compiled.tree.guide, [...(byGuide.get(compiled.tree.guide) ?? []), compiled.tree]);
    // A tree of a guide that failed validation is checked again once the guide is fixed.
    if (!broken.articles.has(compiled.tree.guide)) checkTree(compiled, articles, treeIds);
  }
  for (const { article, file } of articles.values()) {
    if (article.kind === "compare") continue;
    const owners = byGuide.get(article.url) ?? [];
    const id = treeIdFor(article);
    if (owners.length === 0 && !broken.trees.has(id)) {
      report(file, "tree", `no decision tree for this guide; add content/trees/${id}.yaml with guide: ${article.url} (npm run new:guide writes one)`);
    } else if (owners.length > 1) {
      report(file, "tree", `several trees name this guide (${owners.map((t) => t.id).join(", ")}); keep one`);
    }
  }
}

function checkTree({ tree, lines, file }: CompiledTree, articles: Map<string, { article: Article }>, treeIds: string[]) {
  const { nodes, start, guide } = tree;
  const say = (field: string, where: string, message: string) => report(file, field, message, lines[where] ?? lines[where.split(".").slice(0, 2).join(".")]);
  const guideArticle = articles.get(guide)?.article;
  if (!guideArticle) say("guide", "guide", `${guide} is not a guide; name the guide whose causes this tree reaches (${hint(guide, [...articles.keys()])})`);
  if (!nodes[start]) say("start", "start", `"${start}" is not a node of this tree; ${hint(start, Object.keys(nodes))}`);

  const reached = new Set<string>();
  for (const [id, node] of Object.entries(nodes)) {
    const field = `node ${id}`;
    if (node.kind === "question") {
      const seen = new Set<string>();
      if (node.answers.filter((a) => a.assumedByOldLinks).length > 1) say(field, `nodes.${id}`, "only one answer of a question can be assumedByOldLinks");
      node.answers.forEach((answer, i) => {
        for (const slug of [answer.slug, ...answer.formerSlugs]) {
          if (seen.has(slug)) say(field, `nodes.${id}.answers.${i}.slug`, `answer slug "${slug}" is used twice in this question; slugs (and former slugs) are URL segments and must differ`);
          seen.add(slug);
        }
        if (!nodes[answer.next]) {
          say(field, `nodes.${id}.answers.${i}.next`, `answer "${answer.slug}" leads to "${answer.next}", which is not a node of this tree; ${hint(answer.next, Object.keys(nodes))}`);
        }
      });
    } else if (node.kind === "outcome") {
      const target = node.guide ? articles.get(node.guide)?.article : guideArticle;
      if (node.guide && !target) say(field, `nodes.${id}.guide`, `${node.guide} is not a guide; ${hint(node.guide, [...articles.keys()])}`);
      const causes = target?.causes.map((c) => c.id) ?? [];
      if (target && !causes.includes(node.cause)) {
        say(field, `nodes.${id}.cause`, `"${node.cause}" is not a <Cause id> of ${target.url}; ${hint(node.cause, causes)}`);
      }
      if (!node.guide || node.guide === guide) reached.add(node.cause);
    } else if (node.kind === "handover") {
      if (node.tree === tree.id) say(field, `nodes.${id}.tree`, "a handover cannot lead to its own tree");
      else if (!treeIds.includes(node.tree)) say(field, `nodes.${id}.tree`, `tree "${node.tree}" does not exist; ${hint(node.tree, treeIds)}`);
    }
  }
  checkCyclesAndReach(tree, say);
  for (const cause of guideArticle?.causes ?? []) {
    if (!reached.has(cause.id)) say("guide", "guide", `cause "${cause.id}" of ${guide} is not reached by any outcome; add an outcome node with cause: ${cause.id}`);
  }
}

function checkCyclesAndReach(tree: Tree, say: (field: string, where: string, message: string) => void) {
  const { nodes, start } = tree;
  // Depth-first search; a node met again while still on the stack closes a cycle.
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    const node = nodes[id];
    (node?.kind === "question" ? node.answers : []).forEach((answer, index) => {
      const to = answer.next;
      if (!nodes[to]) return;
      if (state.get(to) === "open") {
        const loop = [...stack.slice(stack.indexOf(to)), to].join(" → ");
        say(`node ${id}`, `nodes.${id}.answers.${index}.next`, `answer "${answer.slug}" leads back to "${to}", a cycle (${loop}); a tree must not loop`);
      } else if (!state.has(to)) {
        visit(to);
      }
    });
    stack.pop();
    state.set(id, "done");
  };
  if (nodes[start]) visit(start);
  for (const id of Object.keys(nodes)) {
    if (!state.has(id)) say(`node ${id}`, `nodes.${id}`, `not reachable from the start node "${start}"; lead an answer to it or remove it`);
  }
}
