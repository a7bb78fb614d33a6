type Props =
  /** Copies the absolute URL of this page with `#anchor`. */
  | { mode: "link"; anchor: string; label: string }
  /** Copies the text of the code block the button sits in. */
  | { mode: "code"; label: string }
  /** Copies the ticket summary previewed next to the button. */
  | { mode: "ticket"; label: string }
  /** Copies one inline command (a fix step's `aws configure set …`). */
  | { mode: "command"; command: string; label: string };

const IDLE_TEXT = { link: "", code: "Copy", ticket: "Copy for ticket", command: "" } as const;

/**
 * A copy button, rendered on the server with no JavaScript of its own: `CopyOnClick` (in the root
 * layout) handles every `button[data-copy]` on the page, shows "Copied" through `data-copy-status`
 * (see globals.css) and announces it. A long guide has a hundred of these; as plain buttons they cost
 * the page nothing to hydrate. Without JavaScript they would do nothing, so `needs-js` hides them.
 *
 * `label` is the accessible name ("Copy link to Causes", "Copy shell code"); it starts with the visible
 * word where there is one, so speech users can say what they see.
 */
export function CopyButton(props: Props) {
  return (
    <button
      type="button"
      data-copy={props.mode}
      data-anchor={props.mode === "link" ? props.anchor : undefined}
      data-command={props.mode === "command" ? props.command : undefined}
      aria-label={props.label}
      title={props.label}
      className={
        props.mode === "link"
          ? "copy-button copy-link needs-js"
          : props.mode === "command"
            ? "copy-button copy-command needs-js"
            : "copy-button needs-js"
      }
    >
      {IDLE_TEXT[props.mode] && <span className="copy-idle">{IDLE_TEXT[props.mode]}</span>}
    </button>
  );
}
