/**
 * The fixed vocabularies of the content model, without any dependency: imported by the schema (server)
 * and by UI that runs in the browser (which must not pull the schema library into its bundle).
 */
export const PROVIDERS = [
  "aws",
  "gcp",
  "azure",
  "oauth",
  "jwt",
  "kubernetes",
  "registry",
  "git",
  "github",
  "npm",
  "http",
  "grpc",
  "browser",
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const ERROR_CLASSES = ["authentication", "authorization", "request", "transport"] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export const ARTICLE_KINDS = ["error", "compare", "playbook"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
