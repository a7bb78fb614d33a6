import type { ErrorGuide } from "./content/model";

/**
 * Microsoft Entra ID sign-in codes (`AADSTS` and digits) that people meet often and that no Fixpath guide
 * covers yet: each with one line in our own words and `source`, a page where the code and that meaning really
 * appear (a file at a commit, with its line). /errors/azure lists them, and the lookup sends an unidentified
 * paste with one of these codes to its row. A code a guide claims (its `codes` or `aliases`) is left out
 * wherever the list is shown, so writing a guide removes its row without an edit here.
 */
export type AadstsCode = {
  /** As Entra ID prints it: `AADSTS` and 4 to 8 digits. */
  code: string;
  /** What the code means, one line, our own words. */
  summary: string;
  /** https URL where the code and its meaning appear (GitHub file at a commit, `#L<line>`). */
  source: string;
  /** What `source` is, for the link text. */
  sourceTitle: string;
  /** Optional: a Fixpath guide for a close neighbour of this code, shown as a pointer when it is published. */
  nearest?: string;
};

const AZIDENTITY_TROUBLESHOOTING =
  "https://github.com/moby/buildkit/blob/73ed6825c4b7569379ef89df0aedcdbe64473d31/vendor/github.com/Azure/azure-sdk-for-go/sdk/azidentity/TROUBLESHOOTING.md";
const IDENTITY_WEB = "https://github.com/AzureAD/microsoft-identity-web/blob/dfeab82385cb68f34fa5618d190ef29fada787ec";
const WORKLOAD_IDENTITY = "https://github.com/Azure/azure-workload-identity/blob/04d01a2fc7f5024290a38f6ccaf69561cf70455d";

export const OTHER_AADSTS_CODES: readonly AadstsCode[] = [
  {
    code: "AADSTS50005",
    summary: "A Conditional Access policy blocked the sign-in because the device platform it came from is not one the policy allows.",
    source: `${WORKLOAD_IDENTITY}/docs/book/src/known-issues.md#L33`,
    sourceTitle: "Azure Workload Identity: known issues",
  },
  {
    code: "AADSTS50076",
    summary:
      "Multi-factor authentication is required (a policy change or a new location), and the flow used, such as username and password, cannot perform it.",
    source:
      "https://github.com/Azure/kubelogin/blob/66784961ef44a34236a651d9b08bcdf0aa07b836/pkg/internal/token/fixtures/usernamepassword_credential.yaml#L208",
    sourceTitle: "kubelogin: a recorded Entra ID response",
  },
  {
    code: "AADSTS50105",
    summary: "The signed-in user or identity is not assigned to a role of the application it signs in to.",
    source: `${IDENTITY_WEB}/docs/getting-started/daemon-app.md#L960`,
    sourceTitle: "Microsoft.Identity.Web: daemon app troubleshooting",
  },
  {
    code: "AADSTS50126",
    summary: "The username or the password sent in the sign-in is wrong.",
    source:
      "https://github.com/distribution/distribution/blob/0d6b721dc3ceacb5d678c25b718b2f40a507c2d8/vendor/github.com/Azure/azure-sdk-for-go/sdk/azidentity/TROUBLESHOOTING.md#L119",
    sourceTitle: "Azure SDK for Go azidentity: troubleshooting",
  },
  {
    code: "AADSTS70021",
    summary:
      "Workload identity federation: no federated credential on the app matches the token presented, most often because the issuer differs (down to a trailing slash).",
    source: `${WORKLOAD_IDENTITY}/docs/book/src/troubleshooting.md#L29`,
    sourceTitle: "Azure Workload Identity: troubleshooting",
  },
  {
    code: "AADSTS90061",
    summary: "Workload identity federation: Entra ID could not fetch what it needs from the external OpenID Connect issuer of the token.",
    source: `${WORKLOAD_IDENTITY}/docs/book/src/troubleshooting.md#L42`,
    sourceTitle: "Azure Workload Identity: troubleshooting",
  },
  {
    code: "AADSTS500133",
    summary:
      "The assertion exchanged (for example the incoming token in an on-behalf-of call) is outside its valid time range: expired, or clocks disagree.",
    source: `${IDENTITY_WEB}/docs/calling-downstream-apis/from-web-apis.md#L658`,
    sourceTitle: "Microsoft.Identity.Web: calling downstream APIs from web APIs",
  },
  {
    code: "AADSTS650052",
    summary: "The app needs access to an API (a service) it was not granted in this tenant: API permissions or admin consent are missing.",
    source: `${IDENTITY_WEB}/docs/getting-started/daemon-app.md#L949`,
    sourceTitle: "Microsoft.Identity.Web: daemon app troubleshooting",
  },
  {
    code: "AADSTS700024",
    summary: "The client assertion (the JWT signed with the app's certificate) is outside its valid time range.",
    source: `${IDENTITY_WEB}/src/Microsoft.Identity.Web.TokenAcquisition/Constants.cs#L256`,
    sourceTitle: "Microsoft.Identity.Web: certificate error codes",
    nearest: "/errors/oauth/invalid-client",
  },
  {
    code: "AADSTS700027",
    summary:
      "The client assertion's signature does not verify: the certificate that signed it is not the one uploaded to the app registration.",
    source: `${AZIDENTITY_TROUBLESHOOTING}#L111`,
    sourceTitle: "Azure SDK for Go azidentity: troubleshooting",
    nearest: "/errors/oauth/invalid-client",
  },
  {
    code: "AADSTS900023",
    summary: "The tenant identifier given is not one Entra ID accepts: neither a valid DNS name nor a valid external domain.",
    source: `${AZIDENTITY_TROUBLESHOOTING}#L249`,
    sourceTitle: "Azure SDK for Go azidentity: troubleshooting",
  },
  {
    code: "AADSTS7000222",
    summary: "The client secret sent has expired: the app registration needs a new secret, and the app its value.",
    source: `${AZIDENTITY_TROUBLESHOOTING}#L103`,
    sourceTitle: "Azure SDK for Go azidentity: troubleshooting",
    nearest: "/errors/azure/aadsts7000215",
  },
];

/** The section on /errors/azure that lists these codes. */
export const OTHER_AADSTS_SECTION = "other-aadsts-codes";

/** `AADSTS50076` → `50076`; undefined for anything else. */
export function aadstsDigits(code: string): string | undefined {
  return /^AADSTS(\d{4,8})$/i.exec(code.trim())?.[1];
}

/** The anchor of a code's row on /errors/azure: `aadsts50076`. */
export function aadstsAnchor(code: string): string {
  return `aadsts${aadstsDigits(code) ?? ""}`;
}

/** Microsoft's own page for a code: the address Entra ID puts in the `error_uri` of its error responses. */
export function microsoftErrorPage(code: string): string {
  return `https://login.microsoftonline.com/error?code=${aadstsDigits(code) ?? ""}`;
}

/**
 * The AADSTS codes guides claim, as digits: every `codes` and `aliases` entry that is `AADSTS<digits>`, or only
 * the digits (`aliases: ["50173"]`).
 */
export function coveredAadsts(guides: readonly ErrorGuide[]): Map<string, ErrorGuide> {
  const covered = new Map<string, ErrorGuide>();
  for (const guide of guides) {
    for (const name of [...guide.meta.codes, ...guide.meta.aliases]) {
      const digits = aadstsDigits(name) ?? (/^\d{4,8}$/.test(name.trim()) ? name.trim() : undefined);
      if (digits && !covered.has(digits)) covered.set(digits, guide);
    }
  }
  return covered;
}

/** The listed codes no guide claims, in the order of their numbers. */
export function otherAadstsCodes(guides: readonly ErrorGuide[]): AadstsCode[] {
  const covered = coveredAadsts(guides);
  return OTHER_AADSTS_CODES.filter((c) => !covered.has(aadstsDigits(c.code) ?? "")).sort(
    (a, b) => Number(aadstsDigits(a.code)) - Number(aadstsDigits(b.code)),
  );
}

/**
 * Where on Fixpath an AADSTS code leads: its guide when one claims it; its row on /errors/azure when listed there;
 * otherwise the list itself. Only the code's digits go into the address. Undefined for anything but an AADSTS code.
 */
export function aadstsDestination(
  code: string,
  guides: readonly ErrorGuide[],
): { kind: "guide"; url: string; title: string } | { kind: "listed" | "unlisted"; url: string } | undefined {
  const digits = aadstsDigits(code);
  if (!digits) return undefined;
  const guide = coveredAadsts(guides).get(digits);
  if (guide) return { kind: "guide", url: guide.url, title: guide.meta.title };
  const listed = otherAadstsCodes(guides).some((c) => aadstsDigits(c.code) === digits);
  return listed
    ? { kind: "listed", url: `/errors/azure#aadsts${digits}` }
    : { kind: "unlisted", url: `/errors/azure#${OTHER_AADSTS_SECTION}` };
}
