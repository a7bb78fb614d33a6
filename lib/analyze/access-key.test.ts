import { describe, expect, it } from "vitest";
import { citing, complaints, field } from "./__fixtures__/read";
import { analyzeAccessKey } from "./access-key";
import { AWS } from "./guides";

describe("access key ID analyzer", () => {
  it("tells a long-term key and gives the command that names its account", () => {
    const analysis = analyzeAccessKey("AKIAIOSFODNN7EXAMPLE");
    expect(complaints(analysis)).toEqual([]);
    expect(field(analysis, "Kind")).toBe("long-term (AKIA)");
    expect(field(analysis, "Length")).toBe("20 characters");
    expect(citing(analysis, AWS.keyNotRecognised.href).command).toBe("aws sts get-access-key-info --access-key-id AKIAIOSFODNN7EXAMPLE");
  });

  it("tells a temporary key, which needs its session token", () => {
    const analysis = analyzeAccessKey("aws_access_key_id = ASIAIOSFODNN7EXAMPLE");
    expect(complaints(analysis)).toEqual([]);
    expect(citing(analysis, AWS.stsSessionToken.href).title).toBe("ASIA: a temporary key issued by STS");
  });

  it("finds an ASIA key in the environment without AWS_SESSION_TOKEN", () => {
    const analysis = analyzeAccessKey("AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=[masked]\nAWS_REGION=eu-west-1");
    expect(analysis.findings.find((f) => f.severity === "problem")?.title).toBe(
      "AWS_ACCESS_KEY_ID is an ASIA key and AWS_SESSION_TOKEN is not set",
    );
    expect(complaints(analyzeAccessKey("AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SESSION_TOKEN=IQoJb3JpZ2lu"))).toEqual([]);
  });

  it("finds a leftover session token next to an AKIA key", () => {
    const analysis = analyzeAccessKey("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SESSION_TOKEN=IQoJb3JpZ2lu");
    expect(analysis.findings.find((f) => f.severity === "warning")?.command).toBe("unset AWS_SESSION_TOKEN");
  });

  it("says so when there is no key ID", () => {
    expect(analyzeAccessKey("hello").unreadable).toMatch(/No access key ID/);
  });
});
