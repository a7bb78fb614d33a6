import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Speed is measured by the benchmarks, not by tests: a busy two-core machine must not fail a correct test.
    testTimeout: 20_000,
    globalSetup: ["lib/content/vitest-setup.ts"],
  },
});
