import { describe, expect, it } from "vitest";
import { TEST_KEYS, presignedUrl as presign, type PresignOptions } from "./__fixtures__/artifacts";
import { NOW, citing, complaints, field, minutes } from "./__fixtures__/read";
import { AWS, HTTP } from "./guides";
import { analyzePresignedUrl } from "./presigned-url";

const at = (offset: number) => new Date(NOW + offset);
const analyze = (url: string, now = NOW) => analyzePresignedUrl(url, { now });
/** Signed at NOW unless a test says otherwise. */
const presignedUrl = (options: PresignOptions = {}) => presign({ signedAt: at(0), ...options });

describe("presigned URL analyzer", () => {
  it("says nothing wrong about a fresh URL signed with long-term keys, and when it ends", async () => {
    const analysis = analyze(await presignedUrl({ signedAt: at(-minutes(10)), expiresIn: 3600 }));
    expect(complaints(analysis)).toEqual([]);
    expect(citing(analysis, AWS.presignedExpired.href)).toMatchObject({ severity: "ok", title: "Valid for another 50 min" });
    expect(field(analysis, "Object")).toBe("s3://amzn-s3-demo-bucket/reports/q1.pdf");
    expect(field(analysis, "Access key ID")).toBe("AKIAIOSFODNN7EXAMPLE");
    expect(field(analysis, "Signature")).toBe("present (not shown)");
  });

  it("finds an expired URL, says how long ago and names S3's answer", async () => {
    const analysis = analyze(await presignedUrl({ signedAt: at(-minutes(125)), expiresIn: 3600 }));
    const finding = citing(analysis, AWS.presignedExpired.href);
    expect(finding).toMatchObject({ severity: "problem", title: "Expired 1 h 5 min ago" });
    expect(finding.detail).toContain("Request has expired");
    expect(finding.command).toBe("aws s3 presign s3://amzn-s3-demo-bucket/reports/q1.pdf --expires-in 3600");
  });

  it("finds a URL dated in the future (a generator whose clock runs ahead)", async () => {
    const analysis = analyze(await presignedUrl({ signedAt: at(minutes(20)) }));
    expect(citing(analysis, AWS.clockSkewed.href)).toMatchObject({ severity: "problem", title: "Dated 20 min in the future" });
    expect(citing(analysis, AWS.clockSkewed.href).detail).toContain("Request is not yet valid");
  });

  it("stays silent about a URL a few seconds ahead (the clocks' own difference)", async () => {
    expect(complaints(analyze(await presignedUrl({ signedAt: at(30_000) })))).toEqual([]);
  });

  it("finds a lifetime longer than the seven-day maximum", async () => {
    const url = (await presignedUrl({ signedAt: at(0), expiresIn: 3600 })).replace("X-Amz-Expires=3600", "X-Amz-Expires=1209600");
    expect(analyze(url).findings.find((f) => f.title.includes("longer than seven days"))).toMatchObject({ severity: "problem" });
  });

  it("finds a temporary key signed without its session token", async () => {
    const withoutToken = { accessKeyId: TEST_KEYS.temporary.accessKeyId, secretAccessKey: TEST_KEYS.temporary.secretAccessKey };
    const finding = citing(analyze(await presignedUrl({ credentials: withoutToken })), AWS.s3SessionToken.href);
    expect(finding).toMatchObject({ severity: "problem" });
    expect(finding.detail).toContain("InvalidAccessKeyId");
  });

  it("notes that a URL signed with temporary credentials ends with them, and complains about nothing", async () => {
    const analysis = analyze(await presignedUrl({ credentials: TEST_KEYS.temporary, signedAt: at(0) }));
    expect(complaints(analysis)).toEqual([]);
    expect(analysis.findings.find((f) => f.title === "Signed with temporary credentials")?.severity).toBe("info");
    expect(field(analysis, "Session token")).toMatch(/^present \(\d+ characters\)$/);
  });

  it("finds a long-term key with a leftover session token", async () => {
    const analysis = analyze(await presignedUrl({ credentials: { ...TEST_KEYS.longTerm, sessionToken: "IQoJleftover" } }));
    expect(citing(analysis, AWS.s3SessionToken.href).severity).toBe("warning");
  });

  it("finds a URL signed for another Region than its host's, with S3's answer for query parameters", async () => {
    const finding = citing(analyze(await presignedUrl({ region: "us-east-1", hostRegion: "eu-central-1" })), AWS.presignedWrongRegion.href);
    expect(finding.title).toBe("Signed for us-east-1, sent to the eu-central-1 endpoint");
    expect(finding.detail).toContain("AuthorizationQueryParametersError");
  });

  it("reads the Region of dashed, dual-stack and path-style hosts, and leaves a global host alone", async () => {
    expect(
      complaints(analyze(await presignedUrl({ region: "eu-west-1", host: "amzn-s3-demo-bucket.s3-eu-west-1.amazonaws.com" }))),
    ).toEqual([]);
    expect(
      complaints(analyze(await presignedUrl({ region: "eu-west-1", host: "amzn-s3-demo-bucket.s3.dualstack.eu-west-1.amazonaws.com" }))),
    ).toEqual([]);
    const pathStyle = analyze(
      await presignedUrl({ region: "eu-west-1", host: "s3.eu-west-1.amazonaws.com", path: "/amzn-s3-demo-bucket/a%20b.txt" }),
    );
    expect(complaints(pathStyle)).toEqual([]);
    expect(field(pathStyle, "Object")).toBe("s3://amzn-s3-demo-bucket/a b.txt");
    expect(complaints(analyze(await presignedUrl({ region: "ap-southeast-2", host: "amzn-s3-demo-bucket.s3.amazonaws.com" })))).toEqual([]);
  });

  it("finds a scope for another service than S3", async () => {
    const analysis = analyze(await presignedUrl({ service: "sts", host: "amzn-s3-demo-bucket.s3.eu-central-1.amazonaws.com" }));
    expect(citing(analysis, AWS.scopeMismatch.href).title).toBe('Signed for the service "sts", sent to s3');
  });

  it("finds a Region setting that is no Region code, and an empty key ID", async () => {
    const url = await presignedUrl({ region: "eu-central-1" });
    expect(citing(analyze(url.replace("%2Feu-central-1%2F", "%2Fus_east_1%2F")), AWS.regionInvalid.href).title).toBe(
      '"us_east_1" is not an AWS Region code',
    );
    expect(citing(analyze(url.replace("AKIAIOSFODNN7EXAMPLE", "")), AWS.keyEmptyOrMangled.href).severity).toBe("problem");
  });

  it("finds a scope date that is not X-Amz-Date's date, and a wrong terminator", async () => {
    const url = await presignedUrl({ signedAt: new Date(Date.UTC(2026, 10, 26, 9)) });
    expect(citing(analyze(url.replace("%2F20261126%2F", "%2F20261125%2F")), AWS.scopeDate.href).severity).toBe("problem");
    expect(analyze(url.replace("aws4_request", "aws4_requests")).findings.some((f) => f.title.includes("aws4_requests"))).toBe(true);
  });

  it("finds host missing from the signed headers, and says which other headers the client must send", async () => {
    const url = await presignedUrl({ headers: { "content-type": "text/csv" }, method: "PUT" });
    expect(citing(analyze(url), AWS.presignedMismatch.href)).toMatchObject({
      severity: "info",
      title: "The signature also covers content-type",
    });
    expect(
      citing(
        analyze(url.replace("X-Amz-SignedHeaders=content-type%3Bhost", "X-Amz-SignedHeaders=content-type")),
        AWS.canonicalMismatch.href,
      ).severity,
    ).toBe("problem");
  });

  it("finds encoding damage: a raw + for %2B, a decoded %2F, an escape escaped twice", async () => {
    const url = await presignedUrl({ credentials: TEST_KEYS.temporary });
    expect(url).toContain("%2B");
    const plus = analyze(url.replace(/%2B/g, "+"));
    expect(citing(plus, HTTP.unencodedUrl.href)).toMatchObject({ severity: "problem", title: "A raw + in X-Amz-Security-Token" });
    const decoded = analyze(url.replace(/X-Amz-Credential=[^&]+/, (m) => m.replace(/%2F/g, "/")));
    expect(decoded.findings.find((f) => f.title.includes("raw /"))).toMatchObject({ severity: "warning" });
    expect(complaints(decoded).map((f) => f.links)).toEqual([[AWS.presignedMismatch]]);
    const twice = analyze(url.replace(/%2F/g, "%252F"));
    expect(twice.findings.some((f) => f.title.includes("percent-encoded twice"))).toBe(true);
  });

  it("finds the URL inside surrounding text, HTML-escaped ampersands included", async () => {
    const url = await presignedUrl({ signedAt: at(-minutes(90)) });
    const analysis = analyze(`curl "${url.replace(/&/g, "&amp;")}" -o out.pdf`);
    expect(citing(analysis, AWS.presignedExpired.href).severity).toBe("problem");
  });

  it("leaves key prefix and Region rules to S3-compatible hosts", async () => {
    const url = await presignedUrl({
      host: "minio.example.com:9000",
      region: "zh_CN",
      credentials: { accessKeyId: "minioadmin", secretAccessKey: "x".repeat(40) },
    });
    expect(complaints(analyze(url))).toEqual([]);
  });

  it("says plainly what it cannot read: a cut-off URL, a broken escape, a missing signature", async () => {
    expect(analyze("https://amzn-s3-demo-bucket.s3.amazonaws.com/a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Cre").unreadable).toMatch(
      /no X-Amz-Credential/,
    );
    expect(analyze("https://h/a?X-Amz-Credential=AKIA%E0%A4%A&X-Amz-Signature=00").unreadable).toMatch(/percent-encoding is broken/);
    const cut = (await presignedUrl()).replace(/&X-Amz-Signature=.*$/, "");
    expect(analyze(cut).notes?.[0]).toMatch(/no X-Amz-Signature/);
  });
});
