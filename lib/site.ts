import { PROVIDERS, type ErrorClass, type Provider } from "./vocabulary";

/**
 * The site's canonical origin, one setting: FIXPATH_SITE_URL. Canonical URLs, Open Graph tags, the sitemap
 * and the Markdown twins use it (https://fixpath.dev when unset).
 */
export const SITE_URL = (process.env.FIXPATH_SITE_URL ?? process.env.SITE_URL ?? "https://fixpath.dev").replace(/\/$/, "");

/**
 * The origin in what readers copy (links, ticket summaries): FIXPATH_SITE_URL when set; when unset, the
 * links are written site-relative and the browser completes them with the address the page was served
 * from (lib/public-origin.ts), so a local or staging server never hands out another site's links.
 */
export const COPY_ORIGIN = (process.env.FIXPATH_SITE_URL ?? "").replace(/\/$/, "");
export const SITE_NAME = "Fixpath";
export const SITE_TAGLINE = "From the error you have to the cause, the fix, and proof that it worked.";

export const PROVIDER_LABELS: Record<Provider, string> = {
  aws: "AWS",
  gcp: "Google Cloud",
  azure: "Microsoft Entra ID and Azure",
  oauth: "OAuth 2.0 and OpenID Connect",
  jwt: "JWT validation",
  kubernetes: "Kubernetes",
  registry: "Container registries",
  git: "Git",
  github: "GitHub",
  npm: "npm",
  http: "HTTP",
  grpc: "gRPC",
  browser: "Browser",
};

/** Short names, where space is tight (badges, the tree list, OG cards). */
export const PROVIDER_SHORT: Record<Provider, string> = {
  ...PROVIDER_LABELS,
  azure: "Azure",
  oauth: "OAuth",
  jwt: "JWT",
  registry: "Registry",
};

/** Catalogue order of providers: the order of the vocabulary. */
export const PROVIDER_ORDER: readonly Provider[] = PROVIDERS;

export const CLASS_LABELS: Record<ErrorClass, { label: string; blurb: string }> = {
  authentication: { label: "Authentication", blurb: "Who is calling? The credentials were not accepted." },
  authorization: { label: "Authorization", blurb: "The caller is known but not allowed to do this." },
  request: { label: "Request", blurb: "The request itself is malformed, invalid or stale." },
  transport: { label: "Transport", blurb: "The browser, a proxy or the connection stopped the request." },
};

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/** Dates are shown the same way everywhere, independent of the server's locale and time zone. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "AWS", "gRPC"… for a provider name that came from data; "Guide" for anything else. */
export function providerLabel(name: string | undefined): string {
  const provider = PROVIDERS.find((p) => p === name);
  return provider ? PROVIDER_SHORT[provider] : "Guide";
}
