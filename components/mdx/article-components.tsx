import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import type { Article, Tree } from "@/lib/content";
import { AnalyzeLink } from "@/components/analyze/analyze-link";
import { LazyTicket } from "@/components/lazy-ticket";
import { CAUSE_OFFERS } from "@/lib/analyze/offers";
import { Cause } from "./cause";
import { DecisionTree } from "./decision-tree";
import { mdxComponents } from "./mdx-components";

/** The component map for one article: each cause section gets its own "Copy for ticket"; the tree is the guide's. */
export function articleComponents(article: Article, tree: Tree | undefined): MDXComponents {
  function ArticleCause(props: ComponentProps<typeof Cause>) {
    return (
      <Cause {...props} guide={article.url}>
        {props.children}
        <AnalyzeLink offer={CAUSE_OFFERS[`${article.url}#${props.id}`]} />
        <LazyTicket guide={article.url} cause={props.id} context={props.title} />
      </Cause>
    );
  }
  function ArticleTree() {
    return <DecisionTree tree={tree} />;
  }
  return { ...mdxComponents, Cause: ArticleCause, DecisionTree: ArticleTree };
}
