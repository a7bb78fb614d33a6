import { run } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { compileBody } from "./pipeline";

/** Compiles a snippet and returns the props each `<CodeHtml>` was given. */
async function codeBlocks(body: string): Promise<{ language?: string; html: string }[]> {
  const code = await compileBody(new VFile({ path: "snippet.mdx", value: body }), new Map());
  const seen: { language?: string; html: string }[] = [];
  const jsx = (type: unknown, props: Record<string, unknown>) => {
    // The compiled module creates every element eagerly, so this sees each block once.
    if (type === CodeHtml) seen.push(props as { language?: string; html: string });
    return null;
  };
  function CodeHtml() {
    return null;
  }
  const { default: Content } = await run(code, { Fragment: "fragment", jsx, jsxs: jsx, baseUrl: import.meta.url });
  Content({ components: { CodeHtml } });
  return seen;
}

describe("code blocks become one HTML string", () => {
  it("keeps the language and every line, merging neighbouring tokens of one colour", async () => {
    const [block, ...rest] = await codeBlocks("```bash\naws sts get-caller-identity --region us-east-1\naws configure list\n```\n");
    expect(rest).toEqual([]);
    expect(block?.language).toBe("bash");
    const lines = block?.html.split("\n") ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^<span data-line="">.*<\/span>$/);
    // " sts" and " get-caller-identity" have the same colour: one span, not two.
    expect(block?.html).toContain("> sts get-caller-identity</span>");
    expect(block?.html.replace(/<[^>]+>/g, "")).toBe("aws sts get-caller-identity --region us-east-1\naws configure list");
  });

  it("escapes markup inside the code, so it is shown and never run", async () => {
    const [block] = await codeBlocks('```html\n<script>alert("x")</script>\n<img src=x onerror=alert(1)>\n```\n');
    expect(block?.html).not.toMatch(/<script|<img/i);
    const text = (block?.html ?? "").replace(/<[^>]+>/g, "").replace(/&#x3C;/g, "<").replace(/&#x26;/g, "&");
    expect(text).toBe('<script>alert("x")</script>\n<img src=x onerror=alert(1)>');
  });

  it("handles a block with no language as plain text", async () => {
    const [block] = await codeBlocks("```\nHTTP/1.1 401 Unauthorized\n```\n");
    expect(block?.language).toBe("text");
    expect(block?.html.replace(/<[^>]+>/g, "")).toBe("HTTP/1.1 401 Unauthorized");
  });
});
