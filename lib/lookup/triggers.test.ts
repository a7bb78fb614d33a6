import { describe, expect, it } from "vitest";
import { chooseTriggers, fragmentTriggers, patternTriggers, textWords, wordTriggers } from "./triggers";

describe("trigger words", () => {
  it("takes only words that are whole words of every matching text", () => {
    expect(patternTriggers("\\bAuthFailure\\b")).toEqual(["authfailure"]);
    expect(patternTriggers("\\(AuthFailure\\) when calling the \\w+ operation")).toEqual(["authfailure", "when", "calling", "the"]);
    // A run followed by an optional group, a quantifier or the end of the pattern can continue in the text.
    expect(patternTriggers("\\bExpiredToken(Exception)?\\b")).toEqual([]);
    expect(patternTriggers("\\bAccessDenied")).toEqual([]);
    expect(patternTriggers("errors?")).toEqual([]);
    // Alternation anywhere: no trigger, always tested.
    expect(patternTriggers("CORS header (?:missing|wrong)")).toEqual([]);
    expect(fragmentTriggers("has been blocked by CORS policy")).toEqual(["been", "blocked", "cors"]);
    expect(fragmentTriggers("Signature expired:")).toEqual(["expired"]); // "Signature" could be the tail of a longer word
    expect(wordTriggers("google.api_core.exceptions.PermissionDenied")).toEqual([
      "google",
      "api",
      "core",
      "exceptions",
      "permissiondenied",
    ]);
  });

  it("picks the rarest candidate, and finds words in a text case-insensitively", () => {
    expect(chooseTriggers([["failed", "quota1"], ["failed", "quota2"], ["authfailure"], []])).toEqual([
      "quota1",
      "quota2",
      "authfailure",
      undefined,
    ]);
    expect(textWords("An error occurred (AuthFailure) when".toLowerCase())).toEqual(
      new Set(["an", "error", "occurred", "authfailure", "when"]),
    );
  });
});
