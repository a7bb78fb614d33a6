import type { ComponentProps } from "react";
import { CopyButton } from "@/components/copy-button";

const LANGUAGE_LABELS: Record<string, string> = {
  bash: "Shell",
  sh: "Shell",
  shell: "Shell",
  console: "Terminal",
  text: "Output",
  txt: "Output",
  ts: "TypeScript",
  typescript: "TypeScript",
  js: "JavaScript",
  javascript: "JavaScript",
  json: "JSON",
  xml: "XML",
  python: "Python",
  py: "Python",
  go: "Go",
  java: "Java",
  hcl: "Terraform (HCL)",
  yaml: "YAML",
  http: "HTTP",
  ini: "INI",
  powershell: "PowerShell",
};

export function languageLabel(language: string | undefined): string {
  if (!language) return "Code";
  return LANGUAGE_LABELS[language] ?? language.toUpperCase();
}

/** A highlighted code block (highlighted at build time) with its language and a copy button. */
export function CodeBlock(props: ComponentProps<"pre"> & { "data-language"?: string }) {
  const label = languageLabel(props["data-language"]);
  return (
    <div data-code-block className="code-block not-prose">
      <div className="code-block-bar">
        <span>{label}</span>
        <CopyButton mode="code" label={`Copy ${label.toLowerCase()} code`} />
      </div>
      <pre {...props} />
    </div>
  );
}

/**
 * The highlighted lines of a code block, as HTML made at build time by lib/content/code-html.ts from our
 * own content/ files (never from anything a visitor sends): one element for React to hydrate, not hundreds.
 */
export function CodeHtml({ language, html }: { language?: string; html: string }) {
  return <code data-language={language} className="grid" dangerouslySetInnerHTML={{ __html: html }} />;
}
