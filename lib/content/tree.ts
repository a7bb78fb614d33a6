import path from "node:path";
import type { Article } from "./article";
import { parseYaml } from "./frontmatter";
import type { Problem } from "./problems";
import { treeSchema, type TreeData } from "./tree-schema";

/** A validated decision tree. Its id is its file name and its URL is `/diagnose/<id>`. */
export type Tree = {
  id: string;
  file: string;
  data: TreeData;
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
};

const TREE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses and schema-checks one tree file; graph rules that need other content are in checkTrees. */
export function parseTree(relative: string, file: string, source: string, problems: Problem[]): Tree | undefined {
  const id = path.basename(relative).replace(/\.ya?ml$/, "");
  if (!/^trees\/[^/]+\.ya?ml$/.test(relative) || !TREE_ID.test(id)) {
    problems.push({ file, field: "path", message: "trees are content/trees/<tree-id>.yaml with a lower-case kebab-case id" });
    return undefined;
  }
  const parsed = parseYaml(source, file, problems, { firstLine: 1, field: "tree" });
  if (!parsed) return undefined;
  const result = treeSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, nodeId, ...rest] = issue.path.map(String);
      const field = first === "nodes" && nodeId ? `node ${nodeId}${rest.length ? ` ${rest.join(".")}` : ""}` : issue.path.join(".") || "tree";
      problems.push({ file, line: parsed.lineOf(issue.path), field, message: issue.message });
    }
    return undefined;
  }
  return { id, file, data: result.data, lineOf: parsed.lineOf };
}

/**
 * The graph rules: every answer leads to a node, no cycles, every node reachable from the start, every
 * outcome names an existing cause, every handover an existing tree, every cause of the guide reached, and
 * every error guide and playbook has exactly one tree.
 */
export function checkTrees(
  trees: Tree[],
  articles: Article[],
  broken: { articles: ReadonlySet<string>; trees: ReadonlySet<string> },
  problems: Problem[],
) {
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  // Trees that failed their own checks still exist for handovers; they report their own problems.
  const treeIds = new Set([...trees.map((t) => t.id), ...broken.trees]);
  const treesByGuide = new Map<string, Tree[]>();
  for (const tree of trees) {
    treesByGuide.set(tree.data.guide, [...(treesByGuide.get(tree.data.guide) ?? []), tree]);
    // A tree of a guide that failed validation is checked again once the guide is fixed.
    if (!broken.articles.has(tree.data.guide)) checkTree(tree, byUrl, treeIds, problems);
  }
  for (const article of articles) {
    if (article.kind === "compare") continue;
    const owners = treesByGuide.get(article.url) ?? [];
    const id = article.provider ? `${article.provider}-${article.slug}` : article.slug;
    if (owners.length === 0 && !broken.trees.has(id)) {
      problems.push({
        file: article.file,
        field: "tree",
        message: `no decision tree for this guide; add content/trees/${id}.yaml with guide: ${article.url}`,
      });
    } else if (owners.length > 1) {
      problems.push({
        file: article.file,
        field: "tree",
        message: `several trees name this guide (${owners.map((t) => t.id).join(", ")}); keep one`,
      });
    }
  }
}

function checkTree(tree: Tree, byUrl: Map<string, Article>, treeIds: Set<string>, problems: Problem[]) {
  const { nodes, start, guide } = tree.data;
  const report = (nodeId: string | undefined, where: PropertyKey[], message: string) =>
    problems.push({ file: tree.file, line: tree.lineOf(where), field: nodeId ? `node ${nodeId}` : String(where[0]), message });

  const guideArticle = byUrl.get(guide);
  if (!guideArticle) report(undefined, ["guide"], `${guide} is not a guide; name the guide whose causes this tree reaches`);
  if (!nodes[start]) report(undefined, ["start"], `"${start}" is not a node of this tree; start at one of: ${Object.keys(nodes).join(", ")}`);

  const reached = new Set<string>();
  for (const [id, node] of Object.entries(nodes)) {
    if (node.kind === "question") {
      const seen = new Set<string>();
      node.answers.forEach((answer, i) => {
        for (const slug of [answer.slug, ...(answer.formerSlugs ?? [])]) {
          if (seen.has(slug)) report(id, ["nodes", id, "answers", i, "slug"], `answer slug "${slug}" is used twice in this question; slugs (and former slugs) are URL segments and must differ`);
          seen.add(slug);
        }
        if (!nodes[answer.next]) {
          report(id, ["nodes", id, "answers", i, "next"], `answer "${answer.slug}" leads to "${answer.next}", which is not a node of this tree; add that node or correct next`);
        }
      });
    } else if (node.kind === "outcome") {
      const target = node.guide ? byUrl.get(node.guide) : guideArticle;
      if (node.guide && !target) report(id, ["nodes", id, "guide"], `${node.guide} is not a guide`);
      if (target && !target.mdx.causes.some((c) => c.id === node.cause)) {
        report(id, ["nodes", id, "cause"], `"${node.cause}" is not a <Cause id> of ${target.url}; use one of: ${target.mdx.causes.map((c) => c.id).join(", ")}`);
      }
      if (!node.guide || node.guide === guide) reached.add(node.cause);
    } else if (node.kind === "handover") {
      if (node.tree === tree.id) report(id, ["nodes", id, "tree"], "a handover cannot lead to its own tree");
      else if (!treeIds.has(node.tree)) report(id, ["nodes", id, "tree"], `tree "${node.tree}" does not exist; use the id of a file in content/trees/`);
    }
  }

  checkCyclesAndReach(tree, report);
  for (const cause of guideArticle?.mdx.causes ?? []) {
    if (!reached.has(cause.id)) {
      report(undefined, ["guide"], `cause "${cause.id}" of ${guide} is not reached by any outcome; add an outcome node with cause: ${cause.id}`);
    }
  }
}

function checkCyclesAndReach(
  tree: Tree,
  report: (nodeId: string | undefined, where: PropertyKey[], message: string) => void,
) {
  const { nodes, start } = tree.data;
  const next = (id: string) => {
    const node = nodes[id];
    return node?.kind === "question" ? node.answers.filter((a) => nodes[a.next]) : [];
  };
  // Depth-first search; a node met again while still on the stack closes a cycle.
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    next(id).forEach((answer) => {
      const to = answer.next;
      if (state.get(to) === "open") {
        const loop = [...stack.slice(stack.indexOf(to)), to].join(" → ");
        const index = (nodes[id]?.kind === "question" ? nodes[id].answers : []).indexOf(answer);
        report(id, ["nodes", id, "answers", index, "next"], `answer "${answer.slug}" leads back to "${to}", a cycle (${loop}); a tree must not loop`);
      } else if (!state.has(to)) {
        visit(to);
      }
    });
    stack.pop();
    state.set(id, "done");
  };
  if (nodes[start]) visit(start);
  for (const id of Object.keys(nodes)) {
    if (!state.has(id)) report(id, ["nodes", id], `not reachable from the start node "${start}"; lead an answer to it or remove it`);
  }
}
