/**
 * The content compiler's way in, for the commands in scripts/ and the tests (pages use `@/lib/content`,
 * which only reads what this writes).
 */
export { compileLibrary, REDIRECTS, REGISTRY, type CompileOptions, type CompileResult } from "./library";
export { artifactDir, contentRoot, writeLibrary } from "../artifact";
export { formatProblem, type Problem } from "../problems";
export { mergeRegistry, registrySchema, type Registry } from "../registry";
export { loadFixture, replaceIn } from "../fixture";
export { PLACEHOLDER } from "./placeholder";
