import { checkQuery } from "./request";

/** The q parameter of a page, as one string (the first when repeated), or undefined. */
export function queryParam(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  const q = searchParams.q;
  return Array.isArray(q) ? q[0] : q;
}

export { checkQuery };
