import type { NextConfig } from "next";
import { pageRedirects } from "./lib/content";

const development = process.env.NODE_ENV === "development";

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

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // The scale benchmark builds synthetic libraries side by side with the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The feedback store: PGlite loads its PostgreSQL WebAssembly and data files from its own package folder
  // at run time, which a bundled copy cannot; pg is loaded only with DATABASE_URL.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // Moved pages (content/redirects.yaml) and renamed wizard answers, as the content compiler validated them.
  async redirects() {
    return pageRedirects().map((r) => ({ source: r.from, destination: r.to, permanent: true }));
  },
  // The Markdown twin of every guide: /errors/aws/authfailure.md and so on.
  async rewrites() {
    return [
      { source: "/errors/:provider/:slug.md", destination: "/md/errors/:provider/:slug" },
      { source: "/compare/:slug.md", destination: "/md/compare/:slug" },
      { source: "/playbooks/:slug.md", destination: "/md/playbooks/:slug" },
    ];
  },
};

export default nextConfig;
