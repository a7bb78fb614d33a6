/**
 * Where a guide or a wizard step is decided by an artifact the reader holds, the page offers the analyzer
 * in place. Keys are `<guide>#<cause>` for guide causes and `<tree>/<node>` for wizard questions; one
 * unit test proves each still exists (offers.test.ts).
 */
export type Offer = { label: string; what: string };

const PRESIGNED: Offer = { label: "Check your presigned URL", what: "Paste your presigned URL" };
const TOKEN: Offer = { label: "Check your token", what: "Paste your JWT" };
const HEADER: Offer = { label: "Check your Authorization header", what: "Paste the request's headers" };
const KEY: Offer = { label: "Check your access key ID", what: "Paste the key ID (never the secret)" };
const CLOCK: Offer = { label: "Check this device's clock", what: "No paste needed, it compares this device's clock with the server's" };
const CORS: Offer = { label: "Check your CORS headers", what: "Paste the response headers (curl -i) or a HAR entry" };
const BODY: Offer = { label: "Read your error body", what: "Paste the error body" };

export const CAUSE_OFFERS: Readonly<Record<string, Offer>> = {
  "/errors/aws/requestexpired#presigned-url-expired": PRESIGNED,
  "/errors/aws/requestexpired#client-clock-skewed": CLOCK,
  "/errors/aws/authorizationheadermalformed#presigned-url-wrong-region": PRESIGNED,
  "/errors/aws/authorizationheadermalformed#credential-date-mismatch": HEADER,
  "/errors/aws/signaturedoesnotmatch#presigned-url-mismatch": PRESIGNED,
  "/errors/aws/signaturedoesnotmatch#credential-scope-mismatch": HEADER,
  "/errors/aws/signaturedoesnotmatch#clock-skew": CLOCK,
  "/errors/aws/invalidaccesskeyid#session-token-missing-or-mismatched": PRESIGNED,
  "/errors/aws/invalidaccesskeyid#presigned-url-key-deleted": PRESIGNED,
  "/errors/aws/invalidclienttokenid#session-token-missing-or-mismatched": KEY,
  "/errors/aws/incompletesignature#hand-built-authorization-header": HEADER,
  "/errors/aws/incompletesignature#access-key-id-whitespace": HEADER,
  "/errors/jwt/expired#client-did-not-refresh": TOKEN,
  "/errors/jwt/expired#clock-skew": TOKEN,
  "/errors/jwt/expired#exp-computed-wrong": TOKEN,
  "/errors/oauth/invalid-token#access-token-expired": TOKEN,
  "/errors/oauth/invalid-token#wrong-audience": TOKEN,
  "/errors/oauth/invalid-token#wrong-issuer": TOKEN,
  "/errors/oauth/invalid-token#signing-key-not-found": TOKEN,
  "/errors/oauth/invalid-token#not-a-jwt": TOKEN,
  "/errors/http/401#clock-skew": TOKEN,
  "/playbooks/cors#allow-origin-missing": CORS,
  "/playbooks/cors#error-response-without-cors-headers": CORS,
  "/playbooks/cors#preflight-rejected": CORS,
  "/playbooks/cors#method-or-header-not-allowed": CORS,
  "/playbooks/cors#credentials-not-allowed": CORS,
  "/playbooks/cors#origin-mismatch": CORS,
  "/playbooks/cors#multiple-allow-origin-values": CORS,
  "/errors/gcp/service-disabled#enabled-in-other-project": BODY,
};

export const QUESTION_OFFERS: Readonly<Record<string, Offer>> = {
  "aws-requestexpired/presigned-expiry": PRESIGNED,
  "aws-requestexpired/clock-compare": CLOCK,
  "aws-signaturedoesnotmatch/presigned": PRESIGNED,
  "aws-invalidaccesskeyid/presigned-params": PRESIGNED,
  "aws-invalidaccesskeyid/key-prefix-program": KEY,
  "jwt-expired/decode": TOKEN,
  "jwt-expired/decode-401": TOKEN,
  "jwt-expired/token-age": TOKEN,
  "oauth-invalid-token/claims": TOKEN,
  "oauth-invalid-token/issuer-matches": TOKEN,
  "oauth-invalid-token/kid-listed": TOKEN,
  "http-401/jwt-claims": TOKEN,
  "http-401/clock": CLOCK,
};
