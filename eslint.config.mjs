import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    // The content module has two doors: `lib/content` (pages read the compiled library) and
    // `lib/content/compiler` (commands and tests compile it). Nothing reaches past them.
    ignores: ["lib/content/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/content/(?!compiler$).+|^(\\.\\./)+content/.+",
              message: "Import from @/lib/content (or @/lib/content/compiler in scripts and tests), not from its files.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", ".fixpath/**", "test-results/**", "playwright-report/**", "bench-results/**", "next-env.d.ts"]),
]);
