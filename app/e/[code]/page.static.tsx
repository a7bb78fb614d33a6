import type { RouteProps } from "@/lib/route-props";
import type { Metadata } from "next";
import { Forward } from "@/components/forward";
import { GuideChoicePage } from "@/components/lookup/guide-choice";
import { getLookup } from "@/lib/lookup/server";
import { resolveCode } from "@/lib/lookup/short-link";
import { safeDecode } from "@/lib/safe-decode";

export const dynamicParams = false;

/**
 * Static export: a page for every code, alias and slug, in its own, lower and upper case (static hosts
 * match paths exactly). Each sends the reader on to its guide; unknown codes get the 404 page.
 */
export async function generateStaticParams() {
  const { data } = await getLookup();
  const names = data.guides.flatMap((g) => [g.code, ...g.aliases, g.url.split("/").at(-1)].filter((n): n is string => Boolean(n) && !/[\s/]/.test(n ?? "")));
  return [...new Set(names.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]))].map((code) => ({ code }));
}

export async function generateMetadata(props: RouteProps<{ code: string }>): Promise<Metadata> {
  const { code } = await props.params;
  const guides = resolveCode(safeDecode(code) ?? code, (await getLookup()).data);
  return guides.length === 1 && guides[0] ? { title: guides[0].title, alternates: { canonical: guides[0].url }, robots: { index: false } } : { title: "Choose a guide", robots: { index: false } };
}

export default async function ShortLinkPage(props: RouteProps<{ code: string }>) {
  const { code } = await props.params;
  const decoded = safeDecode(code) ?? code;
  const guides = resolveCode(decoded, (await getLookup()).data);
  const only = guides.length === 1 ? guides[0] : undefined;
  if (only) return <Forward to={only.url} title={only.title} />;
  return <GuideChoicePage code={decoded} guides={guides} />;
}
