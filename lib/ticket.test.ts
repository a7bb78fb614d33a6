import { describe, expect, it } from "vitest";
import { loadFixture } from "./content/compiler";
import { ticketForCause } from "./ticket-for";
import { step, stateUrl } from "./content";

describe("ticket summary", () => {
  it("for a wizard outcome: error, cause, answers, fix, verify command, link and review date", async () => {
    const { library } = await loadFixture();
    const guide = library.articles.find((a) => a.url === "/errors/aws/authfailure");
    const tree = library.trees.find((t) => t.id === "aws-authfailure");
    if (!guide || !tree) throw new Error("fixture missing");
    const state = step(tree, ["sts-fails", "env"]);
    if (!state.ok || state.node.kind !== "outcome") throw new Error("expected an outcome");
    const text = ticketForCause(guide, state.node.cause, { url: stateUrl(tree.id, state.slugs), trail: state.trail });
    expect(text).toBe(
      [
        "**AuthFailure (AWS)**: The access key is not recognised",
        "",
        "Diagnosis, step by step:",
        "- Run `aws sts get-caller-identity`. What does it print? → An error: InvalidClientTokenId",
        "- Run `aws configure list`. Where does the key come from? → env",
        "",
        "Fix:",
        "Replace the key pair.",
        "",
        "Verify the fix:",
        "```",
        "aws sts get-caller-identity",
        "```",
        "",
        "Details: /diagnose/aws-authfailure/sts-fails/env",
        "(Fixpath guide, last reviewed 1 November 2026)",
      ].join("\n"),
    );
  });

  it("for a cause section: no answers, and the link goes to the section", async () => {
    const { library } = await loadFixture();
    const guide = library.articles.find((a) => a.url === "/errors/aws/accessdenied");
    if (!guide) throw new Error("fixture missing");
    const text = ticketForCause(guide, "no-allow") ?? "";
    expect(
      text.startsWith(
        "**AccessDenied (AWS)**: No policy allows the action\n\nFix:\nAdd an allow statement.\n\nDetails: /errors/aws/accessdenied#no-allow",
      ),
    ).toBe(true);
    expect(text).not.toContain("Diagnosis");
    expect(text).not.toContain("Verify the fix:"); // that cause's Verify has no command
    expect(ticketForCause(guide, "no-such-cause")).toBeUndefined();
  });
});

describe("ticket summary of a step that is not a cause", () => {
  it("for a question: the answers so far and the open question, with its command", async () => {
    const { stepTicketSummary } = await import("./ticket");
    expect(
      stepTicketSummary({
        error: "AuthFailure (AWS)",
        status: "diagnosis in progress",
        answers: [{ question: "Run `aws sts get-caller-identity`.", answer: "InvalidClientTokenId" }],
        next: {
          title: "Open question (step 2)",
          lines: ["Run it with `--region us-east-1`.", "```", "aws sts get-caller-identity --region us-east-1", "```"],
        },
        url: "/diagnose/aws-authfailure/invalid-client-token",
        lastReviewed: "3 December 2026",
      }),
    ).toBe(
      [
        "**AuthFailure (AWS)**: diagnosis in progress",
        "",
        "Diagnosis so far:",
        "- Run `aws sts get-caller-identity`. → InvalidClientTokenId",
        "",
        "Open question (step 2):",
        "Run it with `--region us-east-1`.",
        "```",
        "aws sts get-caller-identity --region us-east-1",
        "```",
        "",
        "Details: /diagnose/aws-authfailure/invalid-client-token",
        "(Fixpath guide, last reviewed 3 December 2026)",
      ].join("\n"),
    );
  });
});
