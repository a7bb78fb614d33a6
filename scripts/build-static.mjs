/**
 * `npm run build:static`: the static export in out/, for any static host or CDN. Everything works but
 * /api/lookup (the lookup box runs in the browser) and the path highlight on tree maps (the plain map of
 * each tree is there). Also writes the host rules the server would otherwise apply: security headers,
 * page redirects and the Markdown twins' addresses, as out/serve.json (for `npx serve out`) and as
 * out/_headers and out/_redirects (the format of several static hosts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { contentRedirects, MARKDOWN_TWINS, SECURITY_HEADERS } from "../next.config.mjs";

const OUT = "out";
// With `output: "export"`, Next.js treats distDir as the export folder and builds in .next regardless,
// which would leave the static variant (no /api/lookup) where `npm start`, `npm run serve` and the
// bench expect the server build. The server build is kept aside and put back afterwards.
const SERVER_BUILD = ".next";
const KEPT = ".next-server-kept";
rmSync(OUT, { recursive: true, force: true });
// A kept server build left by an interrupted run is the real one: put it back before anything else.
if (existsSync(KEPT)) {
  rmSync(SERVER_BUILD, { recursive: true, force: true });
  renameSync(KEPT, SERVER_BUILD);
}
const kept = existsSync(SERVER_BUILD);
if (kept) renameSync(SERVER_BUILD, KEPT);
const build = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: { ...process.env, STATIC_EXPORT: "1", NEXT_DIST_DIR: OUT, NEXT_TELEMETRY_DISABLED: "1" },
});
rmSync(SERVER_BUILD, { recursive: true, force: true });
if (kept) renameSync(KEPT, SERVER_BUILD);
if (build.status !== 0) process.exit(build.status ?? 1);

const redirects = contentRedirects();
const TYPES = [
  { source: "md/**", type: "text/markdown; charset=utf-8" },
  { source: "ticket/**", type: "application/json; charset=utf-8" },
  { source: "**/opengraph-image", type: "image/png" },
];
writeFileSync(
  `${OUT}/serve.json`,
  JSON.stringify(
    {
      cleanUrls: true,
      trailingSlash: false,
      rewrites: MARKDOWN_TWINS,
      redirects: redirects.map((r) => ({ source: r.source, destination: r.destination, type: 308 })),
      headers: [
        { source: "**", headers: SECURITY_HEADERS },
        ...TYPES.map((t) => ({ source: t.source, headers: [{ key: "Content-Type", value: t.type }] })),
      ],
    },
    null,
    2,
  ),
);
writeFileSync(
  `${OUT}/_headers`,
  ["/*", ...SECURITY_HEADERS.map((h) => `  ${h.key}: ${h.value}`), ...TYPES.flatMap((t) => [`/${t.source.replace("**", "*")}`, `  Content-Type: ${t.type}`])].join("\n") + "\n",
);
writeFileSync(
  `${OUT}/_redirects`,
  [...redirects.map((r) => `${r.source} ${r.destination} 308`), ...MARKDOWN_TWINS.map((r) => `${r.source} ${r.destination} 200`)].join("\n") + "\n",
);
console.log(`build:static: ${OUT}/ is ready; serve it with: npx serve ${OUT} -l tcp://127.0.0.1:3110`);
