import type { Answer, RichText, Tree, TreeNode } from "./types";

/** The part of a tree the semantics need: its start and its nodes. */
type Graph = Pick<Tree, "start" | "nodes">;

/** One answer taken on the way: the question, the answer chosen, and the path up to that question. */
export type TakenAnswer = {
  nodeId: string;
  question: RichText;
  slug: string;
  label: RichText;
  /** Answer slugs before this question: the state where this answer can be changed. */
  before: string[];
};

export type WizardState =
  /** `slugs` are the current slugs of the answers taken (a former slug in the URL is replaced). */
  | { ok: true; nodeId: string; node: TreeNode; trail: TakenAnswer[]; slugs: string[] }
  /** The path does not exist: `validSlugs` is the longest prefix that does; `badSlug` the first that failed. */
  | { ok: false; validSlugs: string[]; badSlug: string; reason: "unknown-answer" | "past-the-end" };

export type ValidState = Extract<WizardState, { ok: true }>;

function answerFor(answers: Answer[], slug: string): Answer | undefined {
  // A renamed answer still matches by its former slug; the state then carries the current one.
  return answers.find((a) => a.slug === slug) ?? answers.find((a) => a.formerSlugs.includes(slug));
}

/**
 * The wizard as a pure function: where a list of answer slugs leads in a tree. Every state is a URL
 * (`/diagnose/<tree>/<slug>/<slug>…`), so this is all a page needs to render any state.
 */
export function step(tree: Graph, slugs: readonly string[]): WizardState {
  let nodeId = tree.start;
  const trail: TakenAnswer[] = [];
  const canonical: string[] = [];
  for (let i = 0; i < slugs.length; ) {
    const slug = slugs[i] ?? "";
    const node = tree.nodes[nodeId];
    if (node?.kind !== "question") return { ok: false, validSlugs: [...canonical], badSlug: slug, reason: "past-the-end" };
    const given = answerFor(node.answers, slug);
    // A question added after the address was made: take the answer old addresses assume, keep the slug.
    const answer = given ?? node.answers.find((a) => a.assumedByOldLinks);
    if (!answer) return { ok: false, validSlugs: canonical, badSlug: slug, reason: "unknown-answer" };
    trail.push({ nodeId, question: node.text, slug: answer.slug, label: answer.label, before: [...canonical] });
    canonical.push(answer.slug);
    nodeId = answer.next;
    if (given) i++;
  }
  const node = tree.nodes[nodeId];
  if (!node) throw new Error(`tree node "${nodeId}" is missing; the content check should have refused this tree`);
  return { ok: true, nodeId, node, trail, slugs: canonical };
}

/**
 * Every valid answer path of a tree, the empty start path first (trees are acyclic, so this ends).
 * With `former`, also every path that uses a former slug of a renamed answer.
 */
export function allPaths(tree: Graph, { former = false } = {}): string[][] {
  const paths: string[][] = [];
  const walk = (nodeId: string, slugs: string[]) => {
    paths.push(slugs);
    const node = tree.nodes[nodeId];
    if (node?.kind !== "question") return;
    for (const answer of node.answers) {
      for (const slug of former ? [answer.slug, ...answer.formerSlugs] : [answer.slug]) walk(answer.next, [...slugs, slug]);
      // The addresses made before this question existed skip it.
      if (former && answer.assumedByOldLinks) walkSkipping(answer.next, slugs);
    }
  };
  // Past a skipped question the old address has no segment for it: its paths start one level up.
  const walkSkipping = (nodeId: string, slugs: string[]) => {
    const node = tree.nodes[nodeId];
    if (node?.kind !== "question") return;
    for (const answer of node.answers) {
      for (const slug of [answer.slug, ...answer.formerSlugs]) walk(answer.next, [...slugs, slug]);
    }
  };
  walk(tree.start, []);
  return [...new Map(paths.map((p) => [p.join("/"), p])).values()];
}

/** The longest path through the tree, counted in answers. */
export function longestPath(tree: Graph): number {
  return Math.max(...allPaths(tree).map((p) => p.length));
}

export function stateUrl(treeId: string, slugs: readonly string[]): string {
  return ["/diagnose", treeId, ...slugs].join("/");
}

export function mapUrl(treeId: string, slugs: readonly string[] = []): string {
  return ["/diagnose", treeId, "map", ...slugs].join("/");
}

/** Old wizard addresses (a former slug somewhere in the path) and where each lives now. */
export function formerPathRedirects(tree: Tree): { from: string; to: string }[] {
  const current = new Set(allPaths(tree).map((p) => p.join("/")));
  return allPaths(tree, { former: true })
    .filter((p) => !current.has(p.join("/")))
    .map((p) => {
      const state = step(tree, p);
      return { from: stateUrl(tree.id, p), to: stateUrl(tree.id, state.ok ? state.slugs : []) };
    });
}

function signalled(answer: Answer, lower: string, text: string): boolean {
  return answer.signals.some((s) => ("text" in s ? lower.includes(s.text.toLowerCase()) : new RegExp(s.pattern, "i").test(text)));
}

/**
 * How far a pasted error already walks a tree: at each question, the one answer whose signals the text
 * shows is taken (none, or several, and the walk stops there). When the paste names a cause, the walk
 * then follows the answers every path to that cause's outcome shares.
 */
export function preAnswered(tree: Graph, text: string, cause?: string): string[] {
  const lower = text.toLowerCase();
  const slugs: string[] = [];
  let nodeId = tree.start;
  for (let guard = 0; guard < 100; guard++) {
    const node = tree.nodes[nodeId];
    if (node?.kind !== "question") break;
    const hits = node.answers.filter((a) => signalled(a, lower, text));
    let answer = hits.length === 1 ? hits[0] : undefined;
    if (!answer && cause) {
      // Every way on from here that reaches the cause goes through one answer: take it.
      const toward = node.answers.filter((a) => reaches(tree, a.next, cause));
      answer = toward.length === 1 ? toward[0] : undefined;
    }
    if (!answer) break;
    slugs.push(answer.slug);
    nodeId = answer.next;
  }
  return slugs;
}

function reaches(tree: Graph, from: string, cause: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  const node = tree.nodes[from];
  if (!node) return false;
  if (node.kind === "outcome") return node.cause === cause && !node.guide;
  return node.kind === "question" && node.answers.some((a) => reaches(tree, a.next, cause, seen));
}

/** The shortest answer path to every node (a node several answers lead to is reached first by the shortest). */
export function shortestPaths(tree: Graph): Map<string, string[]> {
  const paths = new Map<string, string[]>([[tree.start, []]]);
  const queue = [tree.start];
  while (queue.length > 0) {
    const id = queue.shift() ?? "";
    const node = tree.nodes[id];
    if (node?.kind !== "question") continue;
    for (const answer of node.answers) {
      if (paths.has(answer.next)) continue;
      paths.set(answer.next, [...(paths.get(id) ?? []), answer.slug]);
      queue.push(answer.next);
    }
  }
  return paths;
}
