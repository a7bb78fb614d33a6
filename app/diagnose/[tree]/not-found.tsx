import { RestartLink } from "@/components/wizard/restart-link";
import { TreeList } from "@/components/wizard/tree-list";
import { treeEntries } from "@/lib/wizard/entries";

/** A wizard address that does not exist (an unknown tree or answer): offer the tree's start, or any tree. */
export default async function WizardNotFound() {
  const entries = await treeEntries();
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">This diagnosis step does not exist</h1>
      <p className="mt-4 text-lg text-muted">
        The link may have been cut short or edited, or an answer in it was renamed. Start the diagnosis again
        from its first question; it only takes a few answers.
      </p>
      <RestartLink trees={entries.map(({ tree }) => ({ id: tree.id, title: tree.data.title }))} />
      <h2 className="mt-10 text-xl font-semibold">All diagnoses</h2>
      <TreeList entries={entries} />
    </div>
  );
}
