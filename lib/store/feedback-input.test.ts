import { describe, expect, it } from "vitest";
import { parseFeedbackForm } from "./feedback-input";
import { answerStorageKey, returnAddress, thanksId } from "./place-address";
import { textShape } from "./unfound";
import { cut, maskDetail } from "./feedback";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("parseFeedbackForm", () => {
  it("takes a yes or a no, and keeps the detail only with a no", () => {
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "yes", detail: "ignored" }))).toEqual({
      ok: true,
      input: { kind: "fix", place: "/a#b", answer: "yes", detail: undefined, answerId: undefined },
    });
    const no = parseFeedbackForm(form({ place: "/a#b", answer: "no", detail: "  It said 403\r\nagain " }));
    expect(no.ok && no.input.detail).toBe("It said 403\nagain");
  });

  it("refuses what is not a valid answer", () => {
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "maybe" })).ok).toBe(false);
    expect(parseFeedbackForm(form({ answer: "yes" })).ok).toBe(false);
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "yes", kind: "vote" })).ok).toBe(false);
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "yes", answer_id: "1; drop table" })).ok).toBe(false);
    expect(parseFeedbackForm(form({ place: "/a", kind: "report" })).ok).toBe(false);
  });

  it("allows 1,000 characters of detail, counting a line break as one", () => {
    const lines = `${"x".repeat(99)}\r\n`.repeat(10);
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "no", detail: lines })).ok).toBe(true);
    expect(parseFeedbackForm(form({ place: "/a#b", answer: "no", detail: "x".repeat(1001) })).ok).toBe(false);
  });
});

describe("masking and cutting what is kept", () => {
  it("masks secrets in the detail on the server too", () => {
    const masked = maskDetail("Still failing with Authorization: Bearer abcdefghijklmnopqrstuvwx1234 and AKIAIOSFODNN7EXAMPLE");
    expect(masked).not.toContain("abcdefghijklmnopqrstuvwx1234");
    expect(masked).not.toContain("IOSFODNN7EXAMPLE");
    expect(masked).toContain("[masked]");
  });

  it("cuts without splitting a surrogate pair", () => {
    expect(cut("ab😀", 3)).toBe("ab");
    expect(cut("abc", 5)).toBe("abc");
  });

  it("groups pastes that differ only in ids and numbers", () => {
    const a = textShape("Request 7f3c2a9e-1d2b-4c5d-8e9f-001122334455 failed: quota 42 exceeded at https://x.example/a?b=1");
    const b = textShape("request 0a1b2c3d-1d2b-4c5d-8e9f-aabbccddeeff failed:  quota 7 exceeded at https://y.example/");
    expect(a).toBe(b);
    expect(textShape("Permission denied")).not.toBe(textShape("Access denied"));
  });
});

describe("place addresses", () => {
  it("returns a post without JavaScript to the thank-you next to the form", () => {
    expect(thanksId("/errors/aws/x#key-inactive", "fix")).toBe("feedback-thanks-key-inactive");
    expect(returnAddress("/errors/aws/x#key-inactive", "fix")).toBe("/errors/aws/x#feedback-thanks-key-inactive");
    expect(returnAddress("/diagnose/aws-x/a/b", "fix")).toBe("/diagnose/aws-x/a/b#feedback-thanks");
    expect(returnAddress("/errors/aws/x", "report")).toBe("/errors/aws/x#report-thanks");
    expect(answerStorageKey("/errors/aws/x#k")).toBe("fixpath:feedback:/errors/aws/x#k");
  });
});
