import { describe, expect, it } from "vitest";
import { maskSecrets } from "./mask";
import { KINDS, pick, surroundings } from "./secret-samples";

/**
 * Property test: a secret of every kind, generated at random (seeded, so a failure can be replayed), embedded
 * in random surrounding text, is masked, and the surrounding words survive. The browser twin of this test is
 * e2e/no-leak.spec.ts.
 */
describe("masking, as a property", () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`masks every generated ${kind} in random surroundings, and keeps the surrounding words`, () => {
      for (let i = 0; i < 60; i++) {
        const { secret, paste } = make();
        const before = surroundings();
        const after = surroundings();
        const separator = pick([" ", "\n", "\t", ", ", " | "]);
        const input = [...before, paste, ...after].join(separator);
        const { text, masked } = maskSecrets(input);
        expect(text, `${kind}: ${input}`).not.toContain(secret);
        expect(masked.length, input).toBeGreaterThan(0);
        for (const word of [...before, ...after]) expect(text, `${kind}: lost "${word}" in ${input}`).toContain(word);
      }
    });
  }

  it("keeps an Authorization header's surroundings: the status after the token survives", () => {
    const { text } = maskSecrets("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl 401 Unauthorized");
    expect(text).toBe("Authorization: Bearer [masked] 401 Unauthorized");
  });

  it("leaves words that look like a field's value but are not secrets", () => {
    for (const text of ["password: required", "api_key: missing", "The security token included in the request is invalid.", "token=null"]) {
      expect(maskSecrets(text).text, text).toBe(text);
    }
  });
});
