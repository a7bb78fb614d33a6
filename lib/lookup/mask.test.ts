import { describe, expect, it } from "vitest";
import { describeMasking, maskSecrets } from "./mask";

const KEY = "AKIAIOSFODNN7EXAMPLE";
const TEMP_KEY = "ASIAZZZZZZZZZ7EXAMPL";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const TOKEN = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${"A1b2C3d4".repeat(30)}`;

describe("maskSecrets", () => {
  it("masks access key ids but keeps the prefix that tells long-term from temporary keys", () => {
    const { text, masked } = maskSecrets(`key ${KEY} and ${TEMP_KEY}.`);
    expect(text).toBe("key AKIA[masked] and ASIA[masked].");
    expect(masked).toEqual([{ kind: "AWS access key ID", count: 2 }]);
  });

  it("masks secret keys and session tokens, named or on their own", () => {
    for (const input of [
      `aws_secret_access_key = ${SECRET}`,
      `AWS_SECRET_ACCESS_KEY=${SECRET}`,
      `"SecretAccessKey": "${SECRET}"`,
      `secret: ${SECRET} (pasted alone)`,
      `AWS_SESSION_TOKEN=${TOKEN}`,
      `"SessionToken": "${TOKEN}"`,
      `token on its own: ${TOKEN}`,
      `https://bucket.s3.amazonaws.com/k?X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-Date=20260101T000000Z`,
    ]) {
      const { text } = maskSecrets(input);
      expect(text, input).not.toContain(SECRET);
      expect(text, input).not.toContain(TOKEN.slice(0, 60));
      expect(text, input).not.toContain(encodeURIComponent(TOKEN).slice(0, 60));
      expect(text, input).toContain("[masked]");
    }
  });

  it("masks signatures, Authorization headers and bearer tokens", () => {
    const sig = "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
    const { text, masked } = maskSecrets(
      [
        `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${sig}`,
        `Authorization: AWS4-HMAC-SHA256 Credential=${KEY}/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=${sig}`,
        "authorization: Bearer abc.def-ghi_jkl",
        "curl -H 'Authorization: Basic dXNlcjpwYXNz' https://example.com",
        "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
      ].join("\n"),
    );
    expect(text).not.toContain(sig);
    expect(text).not.toContain("abc.def-ghi_jkl");
    expect(text).not.toContain("dXNlcjpwYXNz");
    expect(text).not.toContain("dozjgNryP4J3jVmNHl0w5N");
    expect(text).toContain("Authorization: AWS4-HMAC-SHA256 [masked]");
    expect(text).toContain("authorization: Bearer [masked]");
    expect(masked.map((m) => m.kind)).toEqual(expect.arrayContaining(["request signature", "Authorization header", "JSON Web Token"]));
  });

  it("leaves error messages, request ids and hashes alone", () => {
    const text = [
      "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
      "Request ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b commit 3f786850e387550fdab836ed7e6dc881de23001b",
      "The security token included in the request is invalid.",
      "Authorization header requires 'Credential' parameter.",
    ].join("\n");
    expect(maskSecrets(text)).toEqual({ text, masked: [] });
  });

  it("tells the person what was masked", () => {
    expect(describeMasking([])).toBeUndefined();
    expect(
      describeMasking([
        { kind: "AWS access key ID", count: 2 },
        { kind: "AWS session token", count: 1 },
      ]),
    ).toBe("Masked: 2 AWS access key IDs and 1 AWS session token. Masked values are never shown, stored or put in a link.");
  });
});
