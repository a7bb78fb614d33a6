/**
 * The writer's path, end to end, in a temporary copy of the library (part of `npm test`):
 * scaffold a guide and its tree, check them, fill them in, have them "verified", preview the draft in
 * `npm run dev` (an edit shows in the open page; a broken guide breaks only its own page). Each step is a
 * test; the report is written as JSON for the test runner: { passed, failed, tests: [{ name, ok, detail }] }.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const report = process.argv[2] ?? "test-results/authoring.json";
const root = mkdtempSync(path.join(os.tmpdir(), "fixpath-authoring-"));
const content = path.join(root, "content");
const env = {
  ...process.env,
  FIXPATH_CONTENT_DIR: content,
  FIXPATH_ARTIFACT_DIR: path.join(root, "artifacts"),
  NEXT_TELEMETRY_DISABLED: "1",
};
const tsx = path.join("node_modules", ".bin", "tsx");
const guide = path.join(content, "errors", "aws", "authoring-check.mdx");
const tree = path.join(content, "trees", "aws-authoring-check.yaml");
const files = [guide, tree];
const tests = [];

function run(args, extraEnv = {}) {
  const result = spawnSync(tsx, args, { env: { ...env, ...extraEnv }, encoding: "utf8" });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
const check = (...only) => run(["scripts/content.ts", "--check", ...only]);

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    tests.push({ name, ok: true, seconds: (Date.now() - started) / 1000 });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    tests.push({ name, ok: false, detail: String(error instanceof Error ? error.message : error) });
    console.log(
      `  ✗ ${name}\n    ${String(error instanceof Error ? error.message : error)
        .split("\n")
        .join("\n    ")}`,
    );
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
const edit = (file, from, to) => {
  const text = readFileSync(file, "utf8");
  const next = typeof from === "string" ? text.split(from).join(to) : text.replace(from, to);
  expect(next !== text, `edit did not apply to ${path.basename(file)}: ${from}`);
  writeFileSync(file, next);
};

/** What a writer does to the scaffold: every TODO(writer) replaced by real text and real sources. */
function fillIn() {
  const source = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html";
  let text = readFileSync(guide, "utf8");
  text = text
    .replace(/title: ".*"/, 'title: "Authoring check: a guide written by the end-to-end test"')
    .replace(/summary: ".*"/, 'summary: "A guide the writer\'s-path test scaffolds, fills in, checks and previews."')
    .replace(/codes: \[\].*/, "codes: []")
    .replace(/class: authentication.*/, "class: authentication")
    .replace(/text: ".*"/, 'text: "The authoring check failed on purpose"')
    .replace(/seen: https:\/\/example\.com\/todo-writer.*/, `seen: ${source}`)
    .replace(/title: "TODO\(writer\): official documentation page"/, 'title: "AWS CLI User Guide: configuration files"')
    .replace(/title: "TODO\(writer\): another official page"/, 'title: "AWS CLI User Guide: environment variables"')
    .replace("https://example.com/todo-writer-1", source)
    .replace("https://example.com/todo-writer-2", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")
    .replace("https://example.com/todo-writer-source", source)
    .replaceAll("TODO(writer): ", "")
    .replaceAll("TODO(writer)", "Written");
  writeFileSync(guide, text);
  writeFileSync(tree, readFileSync(tree, "utf8").replaceAll("TODO(writer): ", "").replaceAll("TODO(writer)", "Written"));
}

async function devServer(port) {
  const distDir = path.join(".next-authoring");
  const child = spawn("node", ["scripts/dev.mjs"], {
    env: { ...env, PORT: String(port), NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    log: () => log,
    // Waits for the whole process group to exit before removing its build folder: a dev server still
    // flushing its cache would otherwise refill the folder while it is being removed (ENOTEMPTY).
    stop: async () => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r));
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          // already gone
        }
      };
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      signal("SIGKILL"); // any straggler left in the group
      rmSync(distDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

async function eventually(what, body, seconds = 30) {
  const until = Date.now() + seconds * 1000;
  let last = "";
  while (Date.now() < until) {
    try {
      if (await body()) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not happen within ${seconds} s ${last}`);
}

console.log(`authoring: a temporary library in ${root}`);
cpSync("content", content, { recursive: true });
// The main build's compile cache is valid here too (keys are content hashes): only new files compile.
if (existsSync(".fixpath/cache")) cpSync(".fixpath/cache", path.join(root, "artifacts", "cache"), { recursive: true });
try {
  await step("the scaffold writes a draft guide and tree that pass the check", () => {
    const made = run(["scripts/new-guide.ts", "aws/authoring-check"]);
    expect(made.status === 0, made.out);
    const checked = check(...files);
    expect(checked.status === 0 || !/authoring-check/.test(checked.out), `the scaffold does not pass the check:\n${checked.out}`);
    expect(/TODO\(writer\)/.test(readFileSync(guide, "utf8")), "the scaffold marks what the writer fills in");
  });

  await step("the scaffold refuses an existing slug and an unknown provider, saying why", () => {
    const again = run(["scripts/new-guide.ts", "aws/authoring-check"]);
    expect(again.status === 2 && /already exists/.test(again.out), again.out);
    const unknown = run(["scripts/new-guide.ts", "aws2/thing"]);
    expect(unknown.status === 2 && /unknown provider "aws2"/.test(unknown.out), unknown.out);
  });

  await step("publishing needs the writing done and a checker's verification table", () => {
    edit(guide, /draft: true.*\n/, "");
    const unwritten = check(...files);
    expect(/draft: TODO\(writer\) is still here/.test(unwritten.out), `a published guide with TODOs must fail:\n${unwritten.out}`);
    fillIn();
    const unverified = check(...files);
    expect(/lastVerified: missing/.test(unverified.out) && /no verification table/.test(unverified.out), unverified.out);
    const today = new Date().toISOString().slice(0, 10);
    edit(guide, /lastReviewed: .*\n/, (m) => `${m}lastVerified: ${today}\n`);
    writeFileSync(
      path.join(content, "verification", "errors", "aws", "authoring-check.md"),
      `---\nguide: /errors/aws/authoring-check\nverified: ${today}\n---\n\n| # | Claim | Verdict | Resolution | Source | Note |\n| --- | --- | --- | --- | --- | --- |\n| 1 | The check fails on purpose | OK | | https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html | |\n`,
    );
    const verified = check(...files);
    expect(verified.status === 0 || !/authoring-check/.test(verified.out), `the filled, verified guide must pass:\n${verified.out}`);
  });

  await step("ids of a guide that is not on main yet are free to rename", () => {
    edit(guide, 'id="first-cause"', 'id="renamed-cause"');
    edit(tree, "cause: first-cause", "cause: renamed-cause");
    const renamed = check(...files);
    expect(!/authoring-check/.test(renamed.out) || renamed.status === 0, renamed.out);
    expect(!/was published/.test(renamed.out), renamed.out);
  });

  edit(guide, /lastVerified: .*\n/, "draft: true\n");
  const dev = await devServer(Number(process.env.AUTHORING_PORT ?? 3190));
  try {
    await step("npm run dev previews the draft, marked Draft", async () => {
      await eventually(
        "the draft page",
        async () => {
          const response = await fetch(`${dev.base}/errors/aws/authoring-check`);
          const html = await response.text();
          return response.status === 200 && html.includes("Draft: not yet verified or published") && html.includes("Authoring check");
        },
        120,
      );
    });

    await step("an edit shows in the open page", async () => {
      edit(guide, "A guide the writer", "An edited guide the writer");
      await eventually(
        "the edit",
        async () => (await (await fetch(`${dev.base}/errors/aws/authoring-check`)).text()).includes("An edited guide the writer"),
        60,
      );
    });

    await step("a broken guide shows its problems on its own page; other pages keep working", async () => {
      edit(guide, "class: authentication", "class: authn");
      await eventually(
        "the problem page",
        async () => {
          const html = await (await fetch(`${dev.base}/errors/aws/authoring-check`)).text();
          return html.includes("has problems") && html.includes("class: must be one of");
        },
        60,
      );
      const other = await fetch(`${dev.base}/errors/aws/authfailure`);
      expect(other.status === 200, `another guide answered ${other.status}`);
    });
  } finally {
    await dev.stop();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const passed = tests.filter((t) => t.ok).length;
writeFileSync(report, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, 2));
console.log(`authoring: ${passed} passed, ${tests.length - passed} failed`);
process.exit(passed === tests.length ? 0 : 1);
