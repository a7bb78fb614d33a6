import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import type { Article } from "@/lib/content";
import { ticketForCause } from "@/lib/ticket-for";
import { TicketCopy } from "@/components/ticket-copy";
import { Cause } from "./cause";
import { mdxComponents } from "./mdx-components";

/** The component map for one article: each cause section gets its own "Copy for ticket". */
export function articleComponents(article: Article): MDXComponents {
  function ArticleCause(props: ComponentProps<typeof Cause>) {
    const ticket = ticketForCause(article, props.id);
    return (
      <Cause {...props}>
        {props.children}
        {ticket && <TicketCopy text={ticket} context={props.title} />}
      </Cause>
    );
  }
  return { ...mdxComponents, Cause: ArticleCause };
}
