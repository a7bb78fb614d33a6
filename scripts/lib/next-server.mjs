/**
 * The one way this project runs the production server: `next start` on 127.0.0.1, in a Node whose
 * HTTP parser accepts URLs up to 256 KiB, so that an over-long lookup gets our clear 413 JSON error
 * instead of Node's bare 431. Used by npm start, npm run serve, Playwright and the benchmarks.
 */
export const MAX_HEADER_BYTES = 262_144;

export function serverArgs(port) {
  return [`--max-http-header-size=${MAX_HEADER_BYTES}`, "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)];
}

export function serverCommand(port) {
  return ["node", ...serverArgs(port)].join(" ");
}
