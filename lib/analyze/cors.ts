import { CORS } from "./guides";
import { parseExchange, valuesOf, type Exchange } from "./headers";
import type { Analysis, Field, Finding } from "./types";

/**
 * Response headers of a CORS preflight or request (with the request's own headers when pasted): each
 * check is one cause of the CORS playbook, read from the headers the way the browser reads them.
 */

const SAFELISTED_METHODS = new Set(["GET", "HEAD", "POST"]);

const is2xx = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;
const listOf = (values: string[]) =>
  values
    .join(",")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

export function analyzeCors(text: string): Analysis {
  return corsAnalysis(parseExchange(text), "CORS response headers");
}

/** One exchange (also one HAR entry), labelled for the page. */
export function corsAnalysis(exchange: Exchange, label: string): Analysis {
  const { headers, status, method } = exchange;
  const req = (name: string) => valuesOf(headers, name, "request");
  const res = (name: string) => valuesOf(headers, name, "response");
  const requestedMethod = req("access-control-request-method")[0]?.toUpperCase();
  const requestedHeaders = listOf(req("access-control-request-headers"));
  const preflight = method === "OPTIONS" || requestedMethod !== undefined;
  const origin = req("origin")[0];
  const allowOrigin = res("access-control-allow-origin");
  const allowCredentials = res("access-control-allow-credentials")[0]?.trim().toLowerCase() === "true";
  const sendsCookies = req("cookie").length > 0;
  const location = res("location")[0];
  const allowMethods = res("access-control-allow-methods");
  const allowHeaders = res("access-control-allow-headers");
  const findings: Finding[] = [];
  const add = (severity: Finding["severity"], title: string, detail: string, link: Finding["links"][number]) =>
    findings.push({ severity, title, detail, links: [link] });

  if (preflight && status !== undefined && !is2xx(status))
    add(
      "problem",
      status >= 300 && status < 400 ? `The preflight is redirected (${status})` : `The preflight is answered with ${status}`,
      status >= 300 && status < 400
        ? `The OPTIONS request gets a redirect${location ? ` to ${location}` : ""}. Chrome: Redirect is not allowed for a preflight request. Call the final URL (scheme, host, trailing slash) so that nothing redirects.`
        : `Chrome: It does not have HTTP ok status. The preflight never carries credentials, so authentication, a router without an OPTIONS route or a firewall answers it. Answer OPTIONS before them with 204 and the Access-Control-Allow-* headers; the real request is never sent until then.`,
      CORS.preflightRejected,
    );
  else if (allowOrigin.length === 0)
    add(
      "problem",
      "No Access-Control-Allow-Origin",
      preflight
        ? "A preflight answered without Access-Control-Allow-Origin fails, whatever its status: the browser never sends the real request."
        : status !== undefined && status >= 300
          ? `The ${status} response has no CORS headers, so the browser hides it and reports the header as missing: the CORS headers are added only on the success path. Make CORS run first, on errors and redirects too (nginx: add_header … always), then fix the ${status} itself.`
          : "Chrome: No 'Access-Control-Allow-Origin' header is present on the requested resource. Send the page's origin from an exact allow-list, with Vary: Origin.",
      preflight ? CORS.preflightRejected : status !== undefined && status >= 300 ? CORS.errorWithoutHeaders : CORS.allowOriginMissing,
    );
  const values = listOf(allowOrigin);
  if (allowOrigin.length > 1 || values.length > 1)
    add(
      "problem",
      `Access-Control-Allow-Origin has ${values.length} values`,
      `The header takes exactly one origin, or *; this response sends ${values.join(", ")}. Usually both the application and a proxy add it. Let one layer own CORS and send back only the matching origin.`,
      CORS.multipleOrigins,
    );
  const single = values.length === 1 ? (allowOrigin[0] ?? "").trim() : undefined;
  if (single === "*" && (allowCredentials || sendsCookies))
    add(
      "problem",
      "A wildcard origin with credentials",
      `${allowCredentials ? "The response allows credentials" : "The request sends cookies"} and Access-Control-Allow-Origin is *. Chrome: must not be the wildcard '*' when the request's credentials mode is 'include'. Echo the allow-listed origin with Access-Control-Allow-Credentials: true, or stop sending credentials.`,
      CORS.credentials,
    );
  else if (single && single !== "*" && single !== "null" && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+$/i.test(single))
    add(
      "problem",
      /\/$/.test(single) ? "The allowed origin ends with a slash" : "The allowed origin is not an origin",
      `"${single}" is compared byte for byte with the page's origin: scheme, host and port, no path and no trailing slash. Chrome: contains the invalid value, or is not equal to the supplied origin.`,
      CORS.originMismatch,
    );
  else if (single && origin && single !== "*" && single !== origin.trim())
    add(
      "problem",
      "The allowed origin is not the page's",
      `The request came from ${origin}; the response allows ${single}. Chrome: has a value '${single}' that is not equal to the supplied origin. Add the exact origin to the allow-list and echo it back.`,
      CORS.originMismatch,
    );
  if (sendsCookies && single && single !== "*" && !allowCredentials)
    add(
      "problem",
      "Cookies are sent, Access-Control-Allow-Credentials is not true",
      "Chrome: The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.",
      CORS.credentials,
    );
  if (preflight && is2xx(status ?? 200) && allowOrigin.length > 0)
    findings.push(
      ...preflightLists(
        requestedMethod,
        requestedHeaders,
        listOf(allowMethods),
        listOf(allowHeaders),
        allowCredentials,
        allowHeaders.length > 0,
      ),
    );
  if (findings.length === 0) add("ok", `Allows ${single ?? "the origin"}`, "No CORS problem in these headers.", CORS.allowOriginMissing);

  const fields: Field[] = [
    ...(method ? [{ name: "Method", value: method }] : []),
    ...(status !== undefined ? [{ name: "Status", value: String(status) }] : []),
    ...(origin ? [{ name: "Origin", value: origin }] : []),
    ...(requestedMethod ? [{ name: "Access-Control-Request-Method", value: requestedMethod }] : []),
    ...(requestedHeaders.length ? [{ name: "Access-Control-Request-Headers", value: requestedHeaders.join(", ") }] : []),
    ...[
      "access-control-allow-origin",
      "access-control-allow-credentials",
      "access-control-allow-methods",
      "access-control-allow-headers",
      "vary",
      "location",
    ].flatMap((name) => res(name).map((value) => ({ name, value }))),
  ];
  return {
    kind: "http-headers",
    label,
    fields,
    findings,
    notes: status === undefined ? ["Include the status line (curl -i prints it) to check the status too."] : undefined,
  };
}

function preflightLists(
  method: string | undefined,
  requested: string[],
  methods: string[],
  headers: string[],
  credentials: boolean,
  hasAllowHeaders: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const wildcard = (list: string[]) => list.includes("*") && !credentials;
  if (method && !SAFELISTED_METHODS.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods))
    findings.push({
      severity: "problem",
      title: `${method} is not in Access-Control-Allow-Methods`,
      detail: `Chrome: Method ${method} is not allowed by Access-Control-Allow-Methods in preflight response. List every method the browser uses.`,
      links: [CORS.notAllowed],
    });
  for (const name of requested)
    if (!headers.includes(name) && !(wildcard(headers) && name !== "authorization"))
      findings.push({
        severity: "problem",
        title: `${name} is not in Access-Control-Allow-Headers`,
        detail: `Chrome: Request header field ${name} is not allowed by Access-Control-Allow-Headers in preflight response.${
          name === "authorization" && headers.includes("*")
            ? " Access-Control-Allow-Headers: * does not cover Authorization under the Fetch standard: list it by name."
            : ""
        }`,
        links: [CORS.notAllowed],
      });
  if (requested.length === 0 && !headers.includes("authorization"))
    findings.push({
      severity: "info",
      title: hasAllowHeaders ? "Authorization is not in Access-Control-Allow-Headers" : "No Access-Control-Allow-Headers",
      detail:
        "If the request sends an Authorization header, the preflight must list it by name (* does not cover it). Paste the request's Access-Control-Request-Headers to check exactly what it asks for.",
      links: [CORS.notAllowed],
    });
  if (credentials && (methods.includes("*") || headers.includes("*")))
    findings.push({
      severity: "problem",
      title: "A wildcard list with credentials",
      detail: "With credentials, * is not a wildcard in Access-Control-Allow-Headers or -Methods: list the names.",
      links: [CORS.credentials],
    });
  return findings;
}
