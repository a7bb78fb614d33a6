import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Callout } from "./callout";
import { Cause, Check, Fix, Symptom, Verify } from "./cause";
import { CodeBlock, CodeHtml } from "./code-block";
import { Heading } from "./heading";
import { InlineCommand } from "./inline-command";

function MdxLink({ href = "", ...props }: ComponentProps<"a">) {
  if (href.startsWith("/")) return <Link prefetch={false} href={href} {...props} />;
  if (href.startsWith("#")) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}

/** Names available in MDX, and the HTML elements we restyle. Nothing else lives here. */
export const mdxComponents = {
  Callout,
  Cause,
  Symptom,
  Check,
  Fix,
  Verify,
  // Placed by guides; the article binds it to the guide's tree (article-components.tsx). Elsewhere: nothing.
  DecisionTree: () => null,
  a: MdxLink,
  pre: CodeBlock,
  CodeHtml,
  InlineCommand,
  h2: ({ id, children }) => (
    <Heading level={2} id={id}>
      {children}
    </Heading>
  ),
  h3: ({ id, children }) => (
    <Heading level={3} id={id}>
      {children}
    </Heading>
  ),
  h4: ({ id, children }) => (
    <Heading level={4} id={id}>
      {children}
    </Heading>
  ),
  // remark-gfm task-list checkboxes have no label of their own.
  input: (props) => <input {...props} aria-label={props.checked ? "Done" : "Not done"} />,
} satisfies MDXComponents;
