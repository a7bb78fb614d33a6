import { readFileSync } from "node:fs";
import { parse } from "yaml";

/**
 * Page redirects live in content/redirects.yaml (validated by the content check, which also makes sure
 * every published URL either still exists or is listed there).
 */
export function contentRedirects() {
  const file = `${process.env.FIXPATH_CONTENT_DIR ?? "content"}/redirects.yaml`;
  let pages = [];
  try {
    pages = parse(readFileSync(file, "utf8"))?.pages ?? [];
  } catch {
    pages = []; // no file, or invalid: the content check reports it
  }
  return pages.map((r) => ({ source: r.from, destination: r.to, permanent: true }));
}

const development = process.env.NODE_ENV === "development";

/**
 * Two deployments from one codebase: the Node server (default) and a static export (STATIC_EXPORT=1,
 * `npm run build:static`). Route files that differ are named *.server.tsx / *.static.tsx; each build
 * only sees its own (a file with the other suffix is not a route at all).
 */
const STATIC_EXPORT = process.env.STATIC_EXPORT === "1";
const VARIANT = STATIC_EXPORT ? "static" : "server";

/**
 * Content-Security-Policy, as strict as prerendered pages allow. Each allowance, and why:
 * - script-src 'unsafe-inline': Next.js streams every page's data as inline <script> chunks, and the
 *   theme is applied by an inline script before the first paint. Pages are rendered once at build time
 *   for everyone, so there is no per-request nonce, and the chunks differ per page, so no hash list.
 *   ('unsafe-eval' only under `next dev`, which needs it for React's debugging.)
 * - style-src 'unsafe-inline': build-time code highlighting colours each token with a style attribute.
 * - img-src data: small inline images the framework may emit; nothing is loaded from other origins.
 * Everything else is 'self' or 'none': no third-party scripts, frames, fonts or connections.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: [`${VARIANT}.tsx`, `${VARIANT}.ts`, "tsx", "ts"],
  ...(STATIC_EXPORT ? { output: "export" } : {}),
  // The scale benchmark builds synthetic libraries side by side with the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Headers, redirects and rewrites are the server's; the static export writes the same rules for its
  // host (see scripts/build-static.mjs).
  ...(STATIC_EXPORT ? {} : { headers, redirects, rewrites }),
};

async function headers() {
  return [{ source: "/:path*", headers: SECURITY_HEADERS }];
}

async function redirects() {
  return contentRedirects();
}

/** The Markdown twin of every guide: /errors/aws/authfailure.md and so on. */
export const MARKDOWN_TWINS = [
  { source: "/errors/:provider/:slug.md", destination: "/md/errors/:provider/:slug" },
  { source: "/compare/:slug.md", destination: "/md/compare/:slug" },
  { source: "/playbooks/:slug.md", destination: "/md/playbooks/:slug" },
];

async function rewrites() {
  return MARKDOWN_TWINS;
}

export default nextConfig;
