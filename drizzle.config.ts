import { defineConfig } from "drizzle-kit";

/**
 * drizzle-kit: `npx drizzle-kit generate` writes a new versioned migration into lib/store/migrations
 * after a change to lib/store/schema.ts. Applying them is `npm run store:migrate` (and every server start).
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/store/schema.ts",
  out: "./lib/store/migrations",
});
