import type { VFile } from "vfile";
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";
import { report } from "./problems";

export type LineOf = (path: ReadonlyArray<PropertyKey>) => number;
export type ParsedYaml = { data: unknown; lineOf: LineOf };

/** The YAML between the opening and closing `---` lines, and the body with the frontmatter blanked. */
export type SplitSource = ParsedYaml & {
  /** The body, with the frontmatter replaced by blank lines so that body line numbers match the file. */
  body: string;
};

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string, file: VFile): SplitSource | undefined {
  const match = FENCE.exec(source);
  if (!match) {
    report(file, "frontmatter", "missing; start the file with a `---` line, the YAML fields, and a closing `---` line", 1);
    return undefined;
  }
  // The YAML starts on line 2 of the file (line 1 is the opening fence).
  const parsed = parseYaml(match[1] ?? "", file, { firstLine: 2, field: "frontmatter" });
  if (!parsed) return undefined;
  const fenceLines = match[0].split("\n").length - 1;
  const body = "\n".repeat(fenceLines) + source.slice(match[0].length);
  return { ...parsed, body };
}

/**
 * Parses YAML keeping positions, so that every later message can name the line of a field.
 * `firstLine` is the file line on which the YAML text starts.
 */
export function parseYaml(text: string, file: VFile, { firstLine, field }: { firstLine: number; field: string }): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  for (const error of doc.errors) {
    const first = error.message.split("\n")[0] ?? "";
    const quoting = /Nested mappings|Implicit map keys|Unexpected scalar/.test(first)
      ? ' (a value that contains ": " must be quoted: key: "a: b")'
      : "";
    report(file, field, `invalid YAML: ${first}${quoting}`, fileLine(error.pos[0]));
  }
  if (doc.errors.length > 0) return undefined;
  return { data: doc.toJS(), lineOf: (path) => lineOfPath(doc, path, fileLine, firstLine) };
}

/** Finds the line of the deepest node of `path` that exists (a missing field points at its parent). */
function lineOfPath(doc: Document, path: ReadonlyArray<PropertyKey>, fileLine: (offset: number) => number, firstLine: number): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const parts = path.slice(0, depth).map((p) => (typeof p === "symbol" ? String(p) : p));
    if (depth > 0) {
      // Prefer the key's own line for map entries, so `summary:` points at the key.
      const parent = doc.getIn(parts.slice(0, -1), true);
      const last = parts[parts.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return fileLine(range[0]);
      }
    }
    const node = depth === 0 ? doc.contents : doc.getIn(parts, true);
    const range = node && typeof node === "object" && "range" in node ? node.range : undefined;
    if (Array.isArray(range) && typeof range[0] === "number") return depth === 0 ? Math.max(1, firstLine - 1) : fileLine(range[0]);
  }
  return Math.max(1, firstLine - 1);
}
