import { run } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import { mdxComponents } from "./mdx-components";

/** Renders MDX compiled by lib/content (only ever our own content/ files) on the server. */
export async function MdxContent({ code, components = mdxComponents }: { code: string; components?: MDXComponents }) {
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={components} />;
}
