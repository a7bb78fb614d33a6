import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { report } from "../problems";

/**
 * remark plugin: a footnote definition that nothing cites is dropped silently by the renderer, so a source
 * would vanish from the page unnoticed; report it. (An undefined `[^x]` stays text: rehypeCollect reports it.)
 */
export function remarkFootnoteCheck() {
  return (tree: Root, file: VFile) => {
    const cited = new Set<string>();
    visit(tree, "footnoteReference", (node) => void cited.add(node.identifier));
    visit(tree, "footnoteDefinition", (node) => {
      if (!cited.has(node.identifier)) {
        report(file, "footnote", `[^${node.label ?? node.identifier}] is defined but never cited; cite it where its claim is made, or remove it`, node.position?.start.line);
      }
    });
  };
}
