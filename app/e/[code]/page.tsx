import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { GuideChoicePage } from "@/components/lookup/guide-choice";
import { getLookup } from "@/lib/lookup/server";
import { resolveCode } from "@/lib/lookup/short-link";
import { safeDecode } from "@/lib/safe-decode";

export const metadata: Metadata = { title: "Choose a guide", robots: { index: false } };

// Resolved per request and never stored: the set of codes a visitor can type is unbounded.
export const dynamic = "force-dynamic";

/** Short links: /e/AuthFailure → the guide; a code several providers share → a choice; else a 404. */
export default async function ShortLinkPage(props: PageProps<"/e/[code]">) {
  const { code } = await props.params;
  const decoded = safeDecode(code);
  if (decoded === undefined) notFound();
  const { data } = getLookup();
  const guides = resolveCode(decoded, data);
  if (guides.length === 0) notFound();
  if (guides.length === 1 && guides[0]) permanentRedirect(guides[0].url);
  return <GuideChoicePage code={decoded} guides={guides} />;
}
