/**
 * Props of a page whose file has a deployment suffix (`page.server.tsx`, `page.static.tsx`), which
 * `next typegen` does not list among the typed routes. Params and search params are promises, as in
 * every Next.js 16 page.
 */
export type RouteProps<Params extends Record<string, string | string[] | undefined> = Record<string, never>> = {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
