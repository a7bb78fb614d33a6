import { LookupBox } from "./lookup-box";

/** The lookup box as used on /search: prefilled with the (masked) query. */
export function LookupForm({ initial }: { initial?: string }) {
  return (
    <div className="mt-6">
      <LookupBox variant="page" initial={initial} shortcut />
    </div>
  );
}
