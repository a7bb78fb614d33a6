import path from "node:path";
import type { VFile } from "vfile";
import { parseYaml } from "../frontmatter";
import { report } from "../problems";
import { KEBAB_CASE } from "../rules";
import { treeSchema, type TreeSource } from "../tree/schema";
import type { Tree, TreeNode } from "../tree/types";
import { richText } from "./rich-text";

/** The line of each node and answer, for graph messages reported later (`nodes.sts`, `nodes.sts.answers.1.next`). */
export type TreeLines = Record<string, number>;

/** Parses and schema-checks one tree file; the graph rules, which need other content, are in check-trees.ts. */
export function compileTree(relative: string, file: VFile): { tree: Tree; lines: TreeLines } | undefined {
  const id = path.basename(relative).replace(/\.ya?ml$/, "");
  if (!/^trees\/[^/]+\.ya?ml$/.test(relative) || !KEBAB_CASE.test(id)) {
    report(file, "path", "trees are content/trees/<tree-id>.yaml with a lower-case kebab-case id");
    return undefined;
  }
  const parsed = parseYaml(String(file.value), file, { firstLine: 1, field: "tree" });
  if (!parsed) return undefined;
  const result = treeSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, nodeId, ...rest] = issue.path.map(String);
      const field = first === "nodes" && nodeId ? `node ${nodeId}${rest.length ? ` ${rest.join(".")}` : ""}` : issue.path.join(".") || "tree";
      report(file, field, issue.message, parsed.lineOf(issue.path));
    }
    return undefined;
  }
  const source = result.data;
  const lines: TreeLines = { guide: parsed.lineOf(["guide"]), start: parsed.lineOf(["start"]) };
  for (const [nodeId, node] of Object.entries(source.nodes)) {
    lines[`nodes.${nodeId}`] = parsed.lineOf(["nodes", nodeId]);
    for (const key of ["cause", "guide", "tree"]) lines[`nodes.${nodeId}.${key}`] = parsed.lineOf(["nodes", nodeId, key]);
    if (node.kind === "question") {
      node.answers.forEach((_, i) => {
        lines[`nodes.${nodeId}.answers.${i}.slug`] = parsed.lineOf(["nodes", nodeId, "answers", i, "slug"]);
        lines[`nodes.${nodeId}.answers.${i}.next`] = parsed.lineOf(["nodes", nodeId, "answers", i, "next"]);
      });
    }
  }
  return { tree: { id, file: file.path, title: source.title, guide: source.guide, start: source.start, nodes: renderNodes(source) }, lines };
}

function renderNodes(source: TreeSource): Record<string, TreeNode> {
  const nodes: Record<string, TreeNode> = {};
  for (const [id, node] of Object.entries(source.nodes)) {
    if (node.kind === "question") {
      nodes[id] = {
        kind: "question",
        text: richText(node.text),
        ...(node.help ? { help: richText(node.help) } : {}),
        ...(node.command ? { command: node.command } : {}),
        answers: node.answers.map((a) => ({ slug: a.slug, label: richText(a.label), next: a.next, formerSlugs: a.formerSlugs ?? [], signals: a.signals ?? [], assumedByOldLinks: a.assumedByOldLinks ?? false })),
      };
    } else if (node.kind === "outcome") {
      nodes[id] = { kind: "outcome", cause: node.cause, ...(node.guide ? { guide: node.guide } : {}) };
    } else if (node.kind === "handover") {
      nodes[id] = { kind: "handover", tree: node.tree, text: richText(node.text) };
    } else {
      nodes[id] = { kind: "dead-end", text: richText(node.text), collect: node.collect.map(richText) };
    }
  }
  return nodes;
}
