/**
 * Which deployment is being built: the Node server (`next start`, the default) or a static export for
 * any static host or CDN (`npm run build:static`). Route files that differ between the two are named
 * `*.server.tsx` and `*.static.tsx` (see pageExtensions in next.config.mjs).
 */
export const STATIC_EXPORT = process.env.STATIC_EXPORT === "1";
