/**
 * `npm run check:content`: validates every article (and tree) under content/ with the same loader the
 * site uses, prints each problem as `file:line: field: message`, and exits non-zero when there are any.
 */
import { contentRoot, loadLibrary } from "../lib/content/loader";
import { formatProblem } from "../lib/content/problems";

const root = contentRoot();
const started = performance.now();
const { library, problems } = await loadLibrary(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncheck:content: ${problems.length} problem(s) in ${root} (${seconds} s). Fix them and run again.`);
  process.exit(1);
}
const causes = library.articles.reduce((n, a) => n + a.mdx.causes.length, 0);
console.log(`check:content: ${library.articles.length} articles, ${causes} causes: no problems (${seconds} s).`);
