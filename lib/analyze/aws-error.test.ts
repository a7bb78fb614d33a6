import { describe, expect, it } from "vitest";
import { citing, field } from "./__fixtures__/read";
import { analyzeAwsError } from "./aws-error";
import { AWS } from "./guides";

const analyze = (text: string, codes = {}) => analyzeAwsError(text, { now: 0, codes });

describe("AWS error reader", () => {
  it("reads S3's RequestTimeTooSkewed clocks side by side", () => {
    const analysis = analyze(
      "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20150604T232559Z</RequestTime><ServerTime>2015-06-04T22:26:16Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>9E09E2E8D09D863C</RequestId></Error>",
    );
    expect(citing(analysis, AWS.clockSkewed.href).title).toBe("The request was signed 59 min 43 s ahead of S3's clock");
    expect(field(analysis, "RequestId")).toBe("9E09E2E8D09D863C");
  });

  it("reads an expired presigned URL's expiry and S3's clock", () => {
    const analysis = analyze(
      "<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>300</X-Amz-Expires><Expires>2017-07-20T04:18:45Z</Expires><ServerTime>2017-07-20T04:18:55Z</ServerTime></Error>",
    );
    expect(citing(analysis, AWS.presignedExpired.href).title).toBe("The presigned URL expired 10 s before S3 received it");
  });

  it("reads the three timestamps of Signature expired, and the direction of Signature not yet current", () => {
    const expired = analyze(
      "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20220127T001427Z is now earlier than 20220127T014428Z (20220127T015928Z - 15 min.)",
    );
    expect(citing(expired, AWS.signatureClock.href).title).toBe("Signed 1 h 45 min before AWS's time, outside a 15-minute window");
    const ahead = analyze(
      "SignatureDoesNotMatch: Signature not yet current: 20210112T194419Z is still later than 20210112T072625Z (20210112T071125Z + 15 min.)",
    );
    expect(citing(ahead, AWS.clockSkewed.href).detail).toContain("The signing clock is ahead.");
    const zone = analyze("Signature expired: 20260101T080000Z is now earlier than 20260101T094530Z (20260101T100030Z - 15 min.)");
    expect(citing(zone, AWS.clockSkewed.href).detail).toContain("local time but read as UTC");
  });

  it("tells a Region mismatch from a Region setting that is not a Region", () => {
    const presigned = analyze(
      "<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region></Error>",
    );
    expect(citing(presigned, AWS.presignedWrongRegion.href).title).toBe("Signed for us-east-1; the bucket is in eu-central-1");
    const header = analyze(
      "An error occurred (AuthorizationHeaderMalformed) when calling the ListBuckets operation: The authorization header is malformed; the region 'us_east_1' is wrong; expecting 'us-east-1'",
    );
    expect(citing(header, AWS.regionInvalid.href).severity).toBe("problem");
  });

  it("finds a temporary key S3 does not know, and a plain signature mismatch", () => {
    const asia = analyze(
      "<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId></Error>",
    );
    expect(citing(asia, AWS.s3SessionToken.href).severity).toBe("problem");
    const json = analyze(
      '{"__type": "com.amazon.coral.service#InvalidSignatureException", "message": "The request signature we calculated does not match the signature you provided."}',
    );
    expect(field(json, "Code")).toBe("InvalidSignatureException");
    expect(citing(json, AWS.secretMismatch.href).links).toContain(AWS.canonicalMismatch);
  });

  it("routes other codes through the published codes, and says when none covers it", () => {
    const text =
      "<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors></Response>";
    expect(
      analyze(text, { AuthFailure: { href: "/errors/aws/authfailure#causes", label: "AuthFailure" } }).findings[0]?.links[0]?.href,
    ).toBe("/errors/aws/authfailure#causes");
    expect(analyze(text).notes).toEqual(["No published Fixpath guide covers AuthFailure yet."]);
  });
});
