import { describe, expect, it } from "vitest";
import { TEST_KEYS, signedRequestHeaders } from "./__fixtures__/artifacts";
import { NOW, citing, complaints, field, minutes } from "./__fixtures__/read";
import { AWS } from "./guides";
import { analyzeSigV4Header } from "./sigv4-header";

const analyze = (text: string) => analyzeSigV4Header(text, { now: NOW });
const signed = (options: Parameters<typeof signedRequestHeaders>[0] = {}) => signedRequestHeaders({ signedAt: new Date(NOW), ...options });
const HEADER =
  "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261126/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" +
  "a".repeat(64);

describe("SigV4 Authorization header analyzer", () => {
  it("says nothing wrong about a request the SDK signed, with its other headers", async () => {
    const analysis = analyze(await signed());
    expect(complaints(analysis)).toEqual([]);
    expect(field(analysis, "Credential scope")).toBe("20261126 · us-east-1 · sts · aws4_request");
    expect(field(analysis, "Session token")).toBe("none");
  });

  it("asks for the other headers when only the Authorization header is pasted", () => {
    const analysis = analyze(HEADER);
    expect(complaints(analysis)).toEqual([]);
    expect(analysis.notes?.[0]).toMatch(/paste the request's other headers/);
  });

  it("names each missing part as IncompleteSignature does", () => {
    const analysis = analyze(
      "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261126/us-east-1/sts/aws4_request, Signature=" + "a".repeat(64),
    );
    expect(citing(analysis, AWS.handBuiltHeader.href).detail).toContain("requires 'SignedHeaders' parameter");
  });

  it("finds whitespace next to the key ID, before or after it", () => {
    const after = analyze(HEADER.replace("EXAMPLE/", "EXAMPLE /"));
    expect(citing(after, AWS.keyWhitespace.href).detail).toContain("missing equal-sign");
    const before = analyze(HEADER.replace("Credential=", "Credential= "));
    expect(citing(before, AWS.keyWhitespace.href).detail).toContain(
      "'AKIAIOSFODNN7EXAMPLE/20261126/us-east-1/sts/aws4_request' not a valid key=value pair",
    );
  });

  it("finds a signature that is not 64 hex characters, but not a masked one", () => {
    expect(citing(analyze(HEADER.replace("a".repeat(64), "ABC")), AWS.handBuiltHeader.href).title).toContain("64 lower-case hex");
    expect(complaints(analyze(HEADER.replace("a".repeat(64), "[masked]")))).toEqual([]);
  });

  it("finds a temporary key sent without its token, and a long-term key with one", async () => {
    const bare = { accessKeyId: TEST_KEYS.temporary.accessKeyId, secretAccessKey: TEST_KEYS.temporary.secretAccessKey };
    expect(citing(analyze(await signed({ credentials: bare })), AWS.stsSessionToken.href).severity).toBe("problem");
    const s3 = await signed({
      credentials: bare,
      service: "s3",
      region: "eu-west-1",
      host: "amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com",
    });
    expect(citing(analyze(s3), AWS.s3SessionToken.href).detail).toContain("InvalidAccessKeyId");
    expect(complaints(analyze(await signed({ credentials: TEST_KEYS.temporary })))).toEqual([]);
    expect(
      citing(analyze(await signed({ credentials: { ...TEST_KEYS.longTerm, sessionToken: "IQoJleftover" } })), AWS.stsSessionToken.href)
        .severity,
    ).toBe("warning");
  });

  it("finds an x-amz header that is sent but not signed, and an unsorted list", async () => {
    const added = `${await signed()}\n> x-amz-security-token: IQoJadded`;
    expect(citing(analyze(added), AWS.canonicalMismatch.href).title).toBe("Sent but not signed: x-amz-security-token");
    expect(
      analyze(HEADER.replace("content-type;host;x-amz-date", "host;content-type;x-amz-date")).findings.some((f) =>
        f.title.includes("alphabetical"),
      ),
    ).toBe(true);
  });

  it("does not count response headers of a curl -v paste as sent", async () => {
    expect(complaints(analyze(`${await signed()}\n< HTTP/1.1 200 OK\n< x-amz-request-id: 123`))).toEqual([]);
  });

  it("finds the scope date differing from X-Amz-Date", async () => {
    const text = (await signed()).replace("/20261126/", "/20261125/");
    expect(citing(analyze(text), AWS.scopeDate.href).severity).toBe("problem");
  });

  it("finds a request signed long ago, or dated in the future", async () => {
    expect(citing(analyze(await signed({ signedAt: new Date(NOW - minutes(20)) })), AWS.signedThenDelayed.href).title).toBe(
      "Signed 20 min ago",
    );
    expect(citing(analyze(await signed({ signedAt: new Date(NOW + minutes(40)) })), AWS.clockSkewed.href).title).toBe(
      "X-Amz-Date is 40 min in the future",
    );
  });

  it("checks the scope against the host: S3 Regions, global endpoints, services", async () => {
    const s3 = await signed({ service: "s3", region: "us-east-1", host: "amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com" });
    expect(citing(analyze(s3), AWS.clientRegionMismatch.href).detail).toContain("AuthorizationHeaderMalformed");
    const global = await signed({ region: "eu-west-1", host: "sts.amazonaws.com" });
    expect(citing(analyze(global), AWS.scopeMismatch.href).title).toBe(
      "Signed for eu-west-1, sent to a global endpoint (signed for us-east-1)",
    );
    expect(complaints(analyze(await signed({ region: "eu-west-1", host: "sts.eu-west-1.amazonaws.com" })))).toEqual([]);
    const service = await signed({ service: "iam", host: "sts.amazonaws.com" });
    expect(citing(analyze(service), AWS.scopeMismatch.href).title).toBe('Signed for the service "iam", sent to sts');
  });

  it("finds a header block without X-Amz-Date or Date", () => {
    expect(citing(analyze(`${HEADER}\nHost: sts.amazonaws.com`), AWS.handBuiltHeader.href).title).toBe(
      "Neither X-Amz-Date nor Date is among the headers",
    );
  });

  it("finds a Credential with the wrong number of parts", () => {
    expect(citing(analyze(HEADER.replace("/sts/aws4_request", "")), AWS.keyEmptyOrMangled.href).severity).toBe("problem");
  });
});
