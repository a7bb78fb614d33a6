import { describe, expect, it } from "vitest";
import { aadstsAnchor, aadstsDestination, coveredAadsts, microsoftErrorPage, OTHER_AADSTS_CODES, otherAadstsCodes } from "./azure-aadsts";
import { errorGuides, getArticle, type ErrorGuide } from "./content";

/** The list of AADSTS codes with no guide, against the compiled library as the published site shows it (no drafts). */
const digits = (code: string) => code.slice("AADSTS".length);

describe("other AADSTS codes", () => {
  it("are well-formed Entra ID codes, each listed once", () => {
    expect(OTHER_AADSTS_CODES.length).toBeGreaterThanOrEqual(6);
    for (const c of OTHER_AADSTS_CODES) expect(c.code).toMatch(/^AADSTS\d{4,8}$/);
    const seen = OTHER_AADSTS_CODES.map((c) => digits(c.code));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("each has one line of its own and an https source at a commit and line", () => {
    for (const c of OTHER_AADSTS_CODES) {
      expect(c.summary, c.code).toMatch(/^\S.{19,199}$/);
      expect(c.summary, c.code).not.toMatch(/\n/);
      expect(c.sourceTitle.trim(), c.code).not.toBe("");
      const url = new URL(c.source);
      expect(url.protocol, c.code).toBe("https:");
      // A GitHub file is cited at a commit and a line, so the link keeps showing what it showed.
      if (url.hostname === "github.com")
        expect(c.source, c.code).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/.+#L\d+(-L\d+)?$/);
    }
  });

  it("none is a code a published guide claims", () => {
    const guides = errorGuides();
    const covered = coveredAadsts(guides);
    // The library's own AADSTS guides are found (so the check below is not vacuous).
    expect(covered.get("7000215")?.url).toBe("/errors/azure/aadsts7000215");
    for (const c of OTHER_AADSTS_CODES) expect(covered.get(digits(c.code))?.url, c.code).toBeUndefined();
    expect(otherAadstsCodes(guides)).toHaveLength(OTHER_AADSTS_CODES.length);
  });

  it("a pointer to a neighbouring guide names a published guide", () => {
    for (const c of OTHER_AADSTS_CODES) if (c.nearest) expect(getArticle(c.nearest)?.kind, `${c.code} → ${c.nearest}`).toBe("error");
  });

  it("a code a guide starts to claim leaves the list by itself", () => {
    const guide = {
      url: "/errors/azure/aadsts50076",
      meta: { title: "MFA", codes: ["AADSTS50076"], aliases: [] },
    } as unknown as ErrorGuide;
    const byAlias = {
      url: "/errors/azure/aadsts50126",
      meta: { title: "Password", codes: [], aliases: ["50126"] },
    } as unknown as ErrorGuide;
    const codes = otherAadstsCodes([...errorGuides(), guide, byAlias]).map((c) => c.code);
    expect(codes).not.toContain("AADSTS50076");
    expect(codes).not.toContain("AADSTS50126");
    expect(aadstsDestination("AADSTS50076", [guide])).toEqual({ kind: "guide", url: "/errors/azure/aadsts50076", title: "MFA" });
  });

  it("leads a code to its guide, its row, or the list; only the digits go into the address", () => {
    const guides = errorGuides();
    expect(aadstsDestination("AADSTS7000215", guides)).toMatchObject({ kind: "guide", url: "/errors/azure/aadsts7000215" });
    expect(aadstsDestination("aadsts50076", guides)).toEqual({ kind: "listed", url: "/errors/azure#aadsts50076" });
    expect(aadstsDestination("AADSTS12345678", guides)).toEqual({ kind: "unlisted", url: "/errors/azure#other-aadsts-codes" });
    expect(aadstsDestination("AuthFailure", guides)).toBeUndefined();
    expect(aadstsDestination("AADSTS123", guides)).toBeUndefined();
    expect(aadstsAnchor("AADSTS50076")).toBe("aadsts50076");
    expect(microsoftErrorPage("AADSTS50076")).toBe("https://login.microsoftonline.com/error?code=50076");
  });
});
