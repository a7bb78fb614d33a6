import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    // The content module has three doors: `lib/content` (pages read the compiled library),
    // `lib/content/client` (what runs in the browser too) and `lib/content/compiler` (commands and
    // tests compile it). Nothing reaches past them.
    ignores: ["lib/content/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/content/(?!(?:compiler|client)$).+|^(\\.\\./)+content/.+",
              message:
                "Import from @/lib/content, @/lib/content/client (browser code) or @/lib/content/compiler (scripts and tests), not from its files.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".tmp*/**",
    ".fixpath/**",
    "test-results/**",
    "playwright-report/**",
    "bench-results/**",
    "next-env.d.ts",
  ]),
]);
