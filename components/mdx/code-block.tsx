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
    <div data-code-block className="not-prose my-5 overflow-hidden rounded-md border border-line bg-code">
      <div className="flex items-center justify-between border-b border-line px-3 py-1 text-xs text-muted">
        <span>{label}</span>
        <CopyButton mode="code" label={`Copy ${label.toLowerCase()} code`} />
      </div>
      <pre {...props} className="overflow-x-auto px-4 py-3 text-sm leading-relaxed" />
    </div>
  );
}
