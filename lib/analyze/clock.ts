import { AWS, HTTP, JWT } from "./guides";
import { duration, utc } from "./text";
import type { Finding } from "./types";

/**
 * This browser's clock against the server's: the `Date` header of a request to this site (which carries
 * nothing pasted), corrected by half the round trip. `Date` has whole seconds, so smaller differences are
 * within the measurement and reported as none.
 */

export type ClockSample = { sentAt: number; receivedAt: number; serverDate: string };
export type ClockReading = { offset: number; uncertainty: number; findings: Finding[] } | { error: string };

/** How far this clock is behind (negative offset: ahead of) the server, and what that breaks. */
export function readClock({ sentAt, receivedAt, serverDate }: ClockSample): ClockReading {
  const server = Date.parse(serverDate);
  if (!Number.isFinite(server)) return { error: "The server's answer had no readable Date header." };
  const roundTrip = Math.max(0, receivedAt - sentAt);
  // The header was written some time during the round trip, within a second it truncates.
  const offset = server + 500 - (sentAt + roundTrip / 2);
  const uncertainty = 500 + roundTrip / 2;
  return { offset, uncertainty, findings: clockFindings(offset, uncertainty, server) };
}

function clockFindings(offset: number, uncertainty: number, server: number): Finding[] {
  const skew = Math.abs(offset);
  const direction = offset > 0 ? "behind" : "ahead of";
  if (skew <= uncertainty + 1000)
    return [
      {
        severity: "ok",
        title: "This device's clock agrees with the server's",
        detail: `The server's Date header (${utc(server)}) and this clock differ by less than the measurement can tell (±${duration(uncertainty + 1000)}).`,
        links: [AWS.clockSkewed, JWT.clockSkew],
      },
    ];
  const findings: Finding[] = [
    {
      severity: skew > 60_000 ? "problem" : "info",
      title: `This device's clock is ${duration(skew)} ${direction} the server's`,
      detail: `Measured from the Date header of a request to this site (${utc(server)}), corrected by half the round trip; accurate to ±${duration(uncertainty)}. It matters on the machine that signs requests or checks tokens: turn on time synchronisation (NTP) there.`,
      links: [AWS.clockSkewed],
      command: "date -u; curl -sI https://sts.amazonaws.com | grep -i '^date:'",
    },
  ];
  if (skew > 5 * 60_000)
    findings.push({
      severity: "problem",
      title: `AWS requests signed on this device fail${skew <= 15 * 60_000 ? " at services with a 5-minute window" : ""}`,
      detail: `AWS compares the signing time with its own clock: most services allow 5 minutes (the SigV4 documentation; Kinesis and Rekognition print 5 min.), STS, SQS, DynamoDB and S3 allow 15. A clock ${duration(skew)} ${direction} AWS gets Signature ${offset > 0 ? "expired" : "not yet current"}, RequestExpired or RequestTimeTooSkewed.`,
      links: [AWS.clockSkewed, AWS.signatureClock],
    });
  if (skew > 1000)
    findings.push({
      severity: skew > 60_000 ? "problem" : "info",
      title: `Tokens checked on this device look ${offset > 0 ? "not yet valid" : "expired too soon"}`,
      detail: `A verifier judges exp, nbf and iat by its own clock. jsonwebtoken, jose and PyJWT allow no skew by default, Spring Security 60 s, Microsoft.IdentityModel 300 s; a difference of ${duration(skew)} ${skew > 300_000 ? "is beyond all of them" : skew > 60_000 ? "is beyond all but Microsoft.IdentityModel's" : "is beyond those without leeway"}.`,
      links: [JWT.clockSkew, HTTP.clockSkew],
    });
  return findings;
}
