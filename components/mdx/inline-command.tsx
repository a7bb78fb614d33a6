import { CopyButton } from "@/components/copy-button";

/** A command inside a fix step, with its own copy button (added at build time: lib/content/compiler/inline-commands.ts). */
export function InlineCommand({ command }: { command: string }) {
  return (
    <span className="inline-command">
      <code>{command}</code>
      <CopyButton mode="command" command={command} label={`Copy the command ${command}`} />
    </span>
  );
}
