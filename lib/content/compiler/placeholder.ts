/** What the scaffold (npm run new:guide) leaves for the writer: a draft may keep it, a published guide may not. */
export const PLACEHOLDER = "TODO(writer)";
