import { headers } from "next/headers";
import Link from "next/link";
import { GuideChoice } from "@/components/lookup/guide-choice";
import { getLookup } from "@/lib/lookup/server";
import { closestCodes } from "@/lib/lookup/short-link";
import { safeDecode } from "@/lib/safe-decode";

/** An unknown short-link code: say so, and offer the guides with the closest codes. */
export default async function UnknownCode() {
  const raw = (await headers()).get("x-fixpath-code") ?? "";
  const code = safeDecode(raw) ?? raw; // shown as text only, never as HTML
  const { data } = getLookup();
  const closest = code ? closestCodes(code, data) : [];
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">No guide for this code</h1>
      <p className="mt-3 text-lg text-muted">
        Fixpath has no guide for the code <code className="break-all font-mono">{code.slice(0, 120) || "(empty)"}</code>.
      </p>
      {closest.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Closest codes</h2>
          <GuideChoice guides={closest} />
        </>
      )}
      <p className="mt-8">
        <Link prefetch={false} href="/#catalogue" className="text-accent underline underline-offset-4">
          Browse all guides
        </Link>{" "}
        or paste the whole error into the lookup box.
      </p>
    </div>
  );
}
