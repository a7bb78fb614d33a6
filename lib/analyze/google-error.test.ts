import { describe, expect, it } from "vitest";
import { citing, field } from "./__fixtures__/read";
import { analyzeGoogleError } from "./google-error";
import { GOOGLE } from "./guides";

const analyze = (text: string, codes = {}) => analyzeGoogleError(text, { now: 0, codes });
const body = (status: string, reason: string | undefined, message: string, metadata: Record<string, string> = {}) =>
  JSON.stringify({
    error: {
      code: 403,
      message,
      status,
      details: reason ? [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason, domain: "googleapis.com", metadata }] : [],
    },
  });

describe("Google API error reader", () => {
  it("reads SERVICE_DISABLED field by field and gives the command with its service and project", () => {
    const analysis = analyze(
      body(
        "PERMISSION_DENIED",
        "SERVICE_DISABLED",
        "Cloud Pub/Sub API has not been used in project example-project before or it is disabled.",
        {
          consumer: "projects/example-project",
          service: "pubsub.googleapis.com",
        },
      ),
    );
    const finding = citing(analysis, GOOGLE.apiNotEnabled.href);
    expect(finding.command).toBe("gcloud services enable pubsub.googleapis.com --project=example-project");
    expect(finding.links).toContain(GOOGLE.otherProject);
    expect(field(analysis, "metadata.consumer")).toBe("projects/example-project");
    expect(field(analysis, "domain")).toBe("googleapis.com");
  });

  it("tells user ADC without a quota project by its message, though the reason is SERVICE_DISABLED", () => {
    const text = body(
      "PERMISSION_DENIED",
      "SERVICE_DISABLED",
      "Your application is authenticating by using local Application Default Credentials. The fcm.googleapis.com API requires a quota project, which is not set by default.",
    );
    expect(citing(analyze(text), GOOGLE.noQuotaProject.href).severity).toBe("problem");
  });

  it("routes each ErrorInfo reason to its cause", () => {
    const cases: [string, string][] = [
      ["USER_PROJECT_DENIED", GOOGLE.quotaProjectDenied.href],
      ["BILLING_DISABLED", GOOGLE.billingDisabled.href],
      ["IAM_PERMISSION_DENIED", GOOGLE.missingRole.href],
      ["ACCESS_TOKEN_SCOPE_INSUFFICIENT", GOOGLE.scope.href],
      ["SECURITY_POLICY_VIOLATED", GOOGLE.vpcSc.href],
      ["CONSUMER_INVALID", GOOGLE.consumerInvalid.href],
      ["API_KEY_INVALID", GOOGLE.apiKeyInvalid.href],
      ["CREDENTIALS_MISSING", GOOGLE.noCredentials.href],
      ["ACCESS_TOKEN_EXPIRED", GOOGLE.tokenExpired.href],
      ["ACCESS_TOKEN_TYPE_UNSUPPORTED", GOOGLE.wrongToken.href],
    ];
    for (const [reason, href] of cases)
      expect(citing(analyze(body("PERMISSION_DENIED", reason, "x")), href).severity, reason).toBe("problem");
  });

  it("reads Python's dict repr and gcloud's YAML as well as JSON", () => {
    const python =
      "401 UNAUTHENTICATED. {'error': {'code': 401, 'message': 'Request had invalid authentication credentials. Expected OAuth 2 access token', 'status': 'UNAUTHENTICATED'}}";
    expect(citing(analyze(python), GOOGLE.tokenExpired.href).links).toContain(GOOGLE.wrongToken);
    const yaml =
      "ERROR: (gcloud.scc.notifications.describe) PERMISSION_DENIED: Caller does not have required permission.\n- '@type': type.googleapis.com/google.rpc.ErrorInfo\n  reason: USER_PROJECT_DENIED\n  metadata:\n    consumer: projects/111\n";
    const analysis = analyze(yaml);
    expect(citing(analysis, GOOGLE.quotaProjectDenied.href).severity).toBe("problem");
    expect(field(analysis, "metadata.consumer")).toBe("projects/111");
  });

  it("routes an unknown reason through the published codes, or says no guide covers it", () => {
    const text = body("RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED", "Quota exceeded");
    expect(analyze(text).notes).toEqual(["No published Fixpath guide covers RATE_LIMIT_EXCEEDED yet."]);
    const routed = analyze(text, { RATE_LIMIT_EXCEEDED: { href: "/errors/gcp/x#causes", label: "X" } });
    expect(routed.findings[0]?.links[0]?.href).toBe("/errors/gcp/x#causes");
  });
});
