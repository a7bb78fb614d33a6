import type { GuideLink } from "./types";

/**
 * Every guide section a finding may cite, in one place, so one unit test can prove that each still exists
 * in the published library (guides.test.ts). A finding states only what the cited section states.
 */
const at = (href: string, label: string): GuideLink => ({ href, label });

export const AWS = {
  presignedExpired: at("/errors/aws/requestexpired#presigned-url-expired", "RequestExpired: a presigned URL past its expiry"),
  clockSkewed: at("/errors/aws/requestexpired#client-clock-skewed", "RequestExpired: the signing machine's clock is wrong"),
  signedThenDelayed: at("/errors/aws/requestexpired#request-signed-then-delayed", "RequestExpired: signed, then sent much later"),
  presignedWrongRegion: at(
    "/errors/aws/authorizationheadermalformed#presigned-url-wrong-region",
    "AuthorizationHeaderMalformed: a presigned URL signed for another Region",
  ),
  clientRegionMismatch: at(
    "/errors/aws/authorizationheadermalformed#client-region-mismatch",
    "AuthorizationHeaderMalformed: signed for another Region than the bucket's",
  ),
  regionInvalid: at("/errors/aws/authorizationheadermalformed#region-value-invalid", "AuthorizationHeaderMalformed: not a Region code"),
  keyEmptyOrMangled: at(
    "/errors/aws/authorizationheadermalformed#credential-key-empty-or-mangled",
    "AuthorizationHeaderMalformed: the key ID in the credential is empty or damaged",
  ),
  scopeDate: at(
    "/errors/aws/authorizationheadermalformed#credential-date-mismatch",
    "AuthorizationHeaderMalformed: the scope date differs from X-Amz-Date",
  ),
  scopeMismatch: at(
    "/errors/aws/signaturedoesnotmatch#credential-scope-mismatch",
    "SignatureDoesNotMatch: wrong Region, service or date in the scope",
  ),
  canonicalMismatch: at(
    "/errors/aws/signaturedoesnotmatch#canonical-request-mismatch",
    "SignatureDoesNotMatch: a different canonical request",
  ),
  presignedMismatch: at(
    "/errors/aws/signaturedoesnotmatch#presigned-url-mismatch",
    "SignatureDoesNotMatch: a presigned URL used differently than signed",
  ),
  signatureClock: at("/errors/aws/signaturedoesnotmatch#clock-skew", "SignatureDoesNotMatch: Signature expired or not yet current"),
  secretMismatch: at(
    "/errors/aws/signaturedoesnotmatch#secret-key-mismatch",
    "SignatureDoesNotMatch: the secret does not belong to the key",
  ),
  s3SessionToken: at(
    "/errors/aws/invalidaccesskeyid#session-token-missing-or-mismatched",
    "InvalidAccessKeyId: a temporary key without its session token",
  ),
  stsSessionToken: at(
    "/errors/aws/invalidclienttokenid#session-token-missing-or-mismatched",
    "InvalidClientTokenId: a temporary key without its session token",
  ),
  keyNotRecognised: at("/errors/aws/invalidclienttokenid#key-not-recognised", "InvalidClientTokenId: the key ID is unknown"),
  endpointMismatch: at("/errors/aws/invalidaccesskeyid#endpoint-mismatch", "InvalidAccessKeyId: keys and endpoint do not belong together"),
  keyWhitespace: at("/errors/aws/incompletesignature#access-key-id-whitespace", "IncompleteSignature: whitespace in the access key ID"),
  handBuiltHeader: at(
    "/errors/aws/incompletesignature#hand-built-authorization-header",
    "IncompleteSignature: an incomplete Authorization header",
  ),
} as const;

export const HTTP = {
  unencodedUrl: at("/errors/http/400#unencoded-url", "HTTP 400: the URL is not percent-encoded"),
  clockSkew: at("/errors/http/401#clock-skew", "HTTP 401: a wrong clock makes a token look expired or not yet valid"),
} as const;

export const JWT = {
  notRefreshed: at("/errors/jwt/expired#client-did-not-refresh", "JWT expired: the client did not get a new token"),
  clockSkew: at("/errors/jwt/expired#clock-skew", "JWT expired: the verifier's or issuer's clock is wrong"),
  expComputedWrong: at("/errors/jwt/expired#exp-computed-wrong", "JWT expired: exp computed wrongly"),
  lifetimeTooShort: at("/errors/jwt/expired#lifetime-too-short", "JWT expired: a lifetime shorter than the work"),
  wrongAudience: at("/errors/oauth/invalid-token#wrong-audience", "invalid_token: issued for another API, or an ID token"),
  wrongIssuer: at("/errors/oauth/invalid-token#wrong-issuer", "invalid_token: another issuer"),
  keyNotFound: at("/errors/oauth/invalid-token#signing-key-not-found", "invalid_token: the API cannot find the signing key"),
  notAJwt: at("/errors/oauth/invalid-token#not-a-jwt", "invalid_token: not a JWT, or a malformed header"),
} as const;

export const CORS = {
  allowOriginMissing: at("/playbooks/cors#allow-origin-missing", "CORS: no Access-Control-Allow-Origin"),
  errorWithoutHeaders: at("/playbooks/cors#error-response-without-cors-headers", "CORS: an error or redirect without CORS headers"),
  preflightRejected: at("/playbooks/cors#preflight-rejected", "CORS: the preflight is not answered with 2xx"),
  notAllowed: at("/playbooks/cors#method-or-header-not-allowed", "CORS: a method or header not allowed"),
  credentials: at("/playbooks/cors#credentials-not-allowed", "CORS: credentials with a wildcard"),
  originMismatch: at("/playbooks/cors#origin-mismatch", "CORS: the allowed origin differs from the page's"),
  multipleOrigins: at("/playbooks/cors#multiple-allow-origin-values", "CORS: several Access-Control-Allow-Origin values"),
} as const;

export const GOOGLE = {
  apiNotEnabled: at("/errors/gcp/service-disabled#api-not-enabled", "SERVICE_DISABLED: the API is not enabled in the project"),
  noQuotaProject: at("/errors/gcp/service-disabled#adc-no-quota-project", "SERVICE_DISABLED: user ADC without a quota project"),
  otherProject: at("/errors/gcp/service-disabled#enabled-in-other-project", "SERVICE_DISABLED: enabled in another project"),
  quotaProjectDenied: at("/errors/gcp/service-disabled#quota-project-denied", "USER_PROJECT_DENIED: the quota project may not be used"),
  billingDisabled: at("/errors/gcp/service-disabled#billing-disabled", "BILLING_DISABLED: no active billing account"),
  missingRole: at("/errors/gcp/permission-denied#missing-role", "PERMISSION_DENIED: no role grants the permission"),
  wrongPrincipal: at("/errors/gcp/permission-denied#wrong-principal", "PERMISSION_DENIED: the call runs as another account"),
  scope: at("/errors/grpc/permission-denied#token-scope-insufficient", "PERMISSION_DENIED: the token lacks the OAuth scope"),
  vpcSc: at("/errors/grpc/permission-denied#vpc-service-controls", "PERMISSION_DENIED: a VPC Service Controls perimeter"),
  consumerInvalid: at("/errors/grpc/permission-denied#wrong-or-quota-project", "PERMISSION_DENIED: the wrong project or quota project"),
  apiKeyInvalid: at("/errors/grpc/invalid-argument#api-key-invalid", "INVALID_ARGUMENT: the API key is invalid"),
  noCredentials: at("/errors/gcp/unauthenticated#no-credentials-sent", "UNAUTHENTICATED: no credential reached Google"),
  tokenExpired: at("/errors/gcp/unauthenticated#token-expired", "UNAUTHENTICATED: the token expired"),
  wrongToken: at("/errors/gcp/unauthenticated#wrong-token-for-google-api", "UNAUTHENTICATED: not a Google access token"),
  apiKeyNotAccepted: at("/errors/gcp/unauthenticated#api-key-not-accepted", "UNAUTHENTICATED: an API key where OAuth is required"),
} as const;

export const ALL_LINKS: GuideLink[] = [AWS, HTTP, JWT, CORS, GOOGLE].flatMap((group) => Object.values(group));
