/**
 * For the store's tests: a fresh, migrated store. PGlite in memory by default; with
 * FIXPATH_TEST_DATABASE_URL (set by scripts/test-store-postgres.mjs), a new database of its own on that
 * PostgreSQL server, dropped afterwards. The same tests run against both.
 */
import { randomBytes } from "node:crypto";
import { getTableName, sql } from "drizzle-orm";
import { allArticles, allTrees, stateUrl, allPaths, step } from "@/lib/content";
import { openStore, type Store } from "./client";
import { feedback, unfoundLookups } from "./schema";

export async function openTestStore(): Promise<Store> {
  const server = process.env.FIXPATH_TEST_DATABASE_URL;
  if (!server) return openStore({ dataDir: ":memory:" });
  const name = `fixpath_test_${randomBytes(6).toString("hex")}`;
  const { Client } = await import("pg");
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      await admin(`drop database if exists ${name}`);
    },
  };
}

export async function emptyStore(store: Store): Promise<void> {
  await store.db.execute(sql.raw(`truncate ${getTableName(feedback)}, ${getTableName(unfoundLookups)} restart identity`));
}

/** Every column of every row, as text: what a privacy check searches. */
export async function everythingStored(store: Store): Promise<string> {
  const rows = [...(await store.db.select().from(feedback)), ...(await store.db.select().from(unfoundLookups))];
  return JSON.stringify(rows);
}

/** Real places from the published library (the tests follow the content, whatever it holds). */
export function samplePlaces() {
  const guide = allArticles().find((a) => a.kind === "error" && a.causes.length >= 2);
  if (!guide) throw new Error("the library has no error guide with two causes");
  const [first, second] = guide.causes;
  const endings = allTrees().flatMap((tree) =>
    allPaths(tree).flatMap((slugs) => {
      const state = step(tree, slugs);
      return state.ok && state.node.kind !== "question" ? [{ tree, slugs, kind: state.node.kind, url: stateUrl(tree.id, slugs) }] : [];
    }),
  );
  const outcome = endings.find((e) => e.kind === "outcome");
  const deadEnd = endings.find((e) => e.kind === "dead-end");
  const question = allTrees()[0];
  if (!outcome || !deadEnd || !question) throw new Error("the library has no tree with an outcome and a dead end");
  return {
    guide: guide.url,
    cause: `${guide.url}#${first?.id}`,
    otherCause: `${guide.url}#${second?.id}`,
    outcome: outcome.url,
    outcomeTree: outcome.tree.id,
    deadEnd: deadEnd.url,
    question: stateUrl(question.id, []),
  };
}
