import { describe, expect, it } from "vitest";
import type { LookupGuide } from "./data";
import { resolveCode } from "./short-link";

const guide = (url: string, code: string | undefined, aliases: string[] = []): LookupGuide => ({
  url,
  title: url,
  summary: "",
  tier: 1,
  ...(code ? { code } : {}),
  words: [],
  names: [],
  fragments: [],
  patterns: [],
  aliases,
  headings: [],
  causes: {},
});

const data = {
  guides: [
    guide("/errors/grpc/permission-denied", "PERMISSION_DENIED", ["codes.PermissionDenied"]),
    guide("/errors/gcp/permission-denied", "IAM_PERMISSION_DENIED"),
    guide("/errors/kubernetes/unauthorized", "StatusReasonUnauthorized"),
    guide("/errors/registry/unauthorized", undefined),
    guide("/errors/aws/accessdenied", "AccessDenied", ["AccessDeniedException"]),
  ],
};
const urls = (code: string) => resolveCode(code, data).map((g) => g.url);

describe("/e/<code> short links", () => {
  it("resolve codes and aliases in any case and spelling", () => {
    expect(urls("accessdeniedexception")).toEqual(["/errors/aws/accessdenied"]);
    expect(urls("permission-denied")).toEqual(["/errors/grpc/permission-denied"]);
    expect(urls("IAM_PERMISSION_DENIED")).toEqual(["/errors/gcp/permission-denied"]);
  });
  it("fall back to slugs only when no code matches, and offer a choice when several guides share one", () => {
    expect(urls("unauthorized")).toEqual(["/errors/kubernetes/unauthorized", "/errors/registry/unauthorized"]);
    expect(urls("no-such-code")).toEqual([]);
  });
});
