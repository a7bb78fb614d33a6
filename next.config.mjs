import { readFileSync } from "node:fs";
import { parse } from "yaml";

/**
 * Page redirects live in content/redirects.yaml (validated by the content check, which also makes sure
 * every published URL either still exists or is listed there).
 */
function contentRedirects() {
  const file = `${process.env.FIXPATH_CONTENT_DIR ?? "content"}/redirects.yaml`;
  let pages = [];
  try {
    pages = parse(readFileSync(file, "utf8"))?.pages ?? [];
  } catch {
    pages = []; // no file, or invalid: the content check reports it
  }
  return pages.map((r) => ({ source: r.from, destination: r.to, permanent: true }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async redirects() {
    return contentRedirects();
  },
  async rewrites() {
    // The Markdown twin of every guide: /errors/aws/authfailure.md and so on.
    return [
      { source: "/errors/:provider/:slug.md", destination: "/md/errors/:provider/:slug" },
      { source: "/compare/:slug.md", destination: "/md/compare/:slug" },
      { source: "/playbooks/:slug.md", destination: "/md/playbooks/:slug" },
    ];
  },
};

export default nextConfig;
