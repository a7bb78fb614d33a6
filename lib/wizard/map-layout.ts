import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import { shortestPaths, stateUrl, type Tree, type TreeNode } from "../content";

export type MapBox = {
  id: string;
  kind: TreeNode["kind"] | "answer";
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  onPath: boolean;
  /** The tree node this box stands for (answers: the question they belong to). */
  nodeId: string;
  /** The wizard state the box opens: a node's by its shortest path, an answer's once it is taken. */
  href: string;
};
export type MapEdge = { id: string; points: { x: number; y: number }[]; onPath: boolean };
export type MapLayout = { width: number; height: number; boxes: MapBox[]; edges: MapEdge[] };

// Average glyph widths of 12 px system-ui text (bold is wider); boxes are sized from them.
const CHAR_WIDTH = { regular: 6.9, bold: 7.6 };
const LINE_HEIGHT = 16;
const PAD = 10;

/** Plain text wrapped at `width` characters. */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** How a map names a node: the question's first sentence, the cause's title, the error a handover leads to. */
export type MapLabels = { causeTitle: (id: string) => string; treeTitle: (id: string) => string };

/** A question's first sentence (what to run or look at), cut at a word when long. */
export function shortText(text: string, max = 90): string {
  const first = /^(.+?[.?!])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > max ? `${first.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : first;
}

export function nodeText(node: TreeNode, labels: MapLabels): string {
  if (node.kind === "question") return shortText(node.text.plain);
  if (node.kind === "outcome") return `Cause: ${labels.causeTitle(node.cause)}`;
  if (node.kind === "handover") return `Continue with ${labels.treeTitle(node.tree)}`;
  return "No known cause fits";
}

function box(
  id: string,
  kind: MapBox["kind"],
  nodeId: string,
  text: string,
  wrap: number,
  href: string,
): Omit<MapBox, "x" | "y" | "onPath"> {
  const lines = wrapText(text, wrap);
  const longest = Math.max(...lines.map((l) => l.length));
  const charWidth = kind === "answer" ? CHAR_WIDTH.regular : CHAR_WIDTH.bold;
  return { id, kind, nodeId, lines, href, width: Math.ceil(longest * charWidth + 2 * PAD), height: lines.length * LINE_HEIGHT + 2 * PAD };
}

type Positioned = { width: number; height: number; boxes: Omit<MapBox, "onPath">[]; edges: Omit<MapEdge, "onPath">[] };

/** Layouts depend only on the tree, not on the highlighted path: one ELK run per tree and process. */
const layouts = new WeakMap<Tree, Promise<Positioned>>();

/**
 * Lays out a whole tree with ELK's layered algorithm (a well-kept layout library, run on the server):
 * questions, answer pills and endings as boxes, top to bottom. `path` highlights the answers taken.
 */
export async function layoutTree(tree: Tree, path: readonly string[], labels: MapLabels): Promise<MapLayout> {
  let positioned = layouts.get(tree);
  if (!positioned) {
    positioned = positionTree(tree, labels);
    layouts.set(tree, positioned);
  }
  const { width, height, boxes, edges } = await positioned;
  const { nodes, answers } = pathOf(tree, path);
  const answerOfEdge = (id: string) => id.replace(/:(in|out)$/, "");
  return {
    width,
    height,
    boxes: boxes.map((b) => ({ ...b, onPath: b.kind === "answer" ? answers.has(b.id) : nodes.has(b.id) })),
    edges: edges.map((e) => ({ ...e, onPath: answers.has(answerOfEdge(e.id)) })),
  };
}

/** The node ids and answer ids (`node/slug`) along a path of answer slugs. */
function pathOf(tree: Tree, path: readonly string[]) {
  const nodes = new Set<string>([tree.start]);
  const answers = new Set<string>();
  let current = tree.start;
  for (const slug of path) {
    const node = tree.nodes[current];
    const answer = node?.kind === "question" ? node.answers.find((a) => a.slug === slug) : undefined;
    if (!answer) break;
    answers.add(`${current}/${slug}`);
    current = answer.next;
    nodes.add(current);
  }
  return { nodes, answers };
}

async function positionTree(tree: Tree, labels: MapLabels): Promise<Positioned> {
  const shapes: Omit<MapBox, "x" | "y" | "onPath">[] = [];
  const edges: ElkExtendedEdge[] = [];
  const paths = shortestPaths(tree);
  for (const [id, node] of Object.entries(tree.nodes)) {
    const path = paths.get(id) ?? [];
    shapes.push(box(id, node.kind, id, nodeText(node, labels), node.kind === "question" ? 34 : 28, stateUrl(tree.id, path)));
    if (node.kind !== "question") continue;
    for (const answer of node.answers) {
      const answerId = `${id}/${answer.slug}`;
      shapes.push(box(answerId, "answer", id, shortText(answer.label.plain, 70), 24, stateUrl(tree.id, [...path, answer.slug])));
      edges.push({ id: `${answerId}:in`, sources: [id], targets: [answerId] });
      edges.push({ id: `${answerId}:out`, sources: [answerId], targets: [answer.next] });
    }
  }
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "36",
      "elk.padding": "[top=16,left=16,bottom=16,right=16]",
    },
    children: shapes.map((s) => ({ id: s.id, width: s.width, height: s.height })),
    edges,
  };
  const laid = await new ELK().layout(graph);
  const position = new Map((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    boxes: shapes.map((s) => ({ ...s, ...(position.get(s.id) ?? { x: 0, y: 0 }) })),
    edges: (laid.edges ?? []).map((e) => {
      const section = e.sections?.[0];
      return { id: e.id, points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [] };
    }),
  };
}
