import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import type { Article } from "@/lib/content";
import { LazyTicket } from "@/components/lazy-ticket";
import { Cause } from "./cause";
import { mdxComponents } from "./mdx-components";

/** The component map for one article: each cause section gets its own "Copy for ticket". */
export function articleComponents(article: Article): MDXComponents {
  function ArticleCause(props: ComponentProps<typeof Cause>) {
    return (
      <Cause {...props}>
        {props.children}
        <LazyTicket guide={article.url} cause={props.id} context={props.title} />
      </Cause>
    );
  }
  return { ...mdxComponents, Cause: ArticleCause };
}
