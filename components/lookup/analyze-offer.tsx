"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { ArtifactKind } from "@/lib/analyze/types";
import { handOver } from "@/lib/analyze/handover";

type Recognise = typeof import("@/lib/analyze/recognise");
type Offer = { text: string; label: string };

/**
 * Whether a paste is an artifact the analyzers read. The recogniser (small, linear) is loaded on the first
 * paste; the analyzers themselves only on /analyze. The pasted text is kept in memory, from before the box
 * masks it, so "Analyze this" can hand it over without an address, history state or storage.
 */
export function useAnalyzeOffer() {
  const recognise = useRef<Promise<Recognise | undefined>>(undefined);
  const [offer, setOffer] = useState<Offer>();
  const check = async (text: string) => {
    recognise.current ??= import("@/lib/analyze/recognise").catch(() => undefined);
    const reader = await recognise.current;
    const kinds: ArtifactKind[] = reader && text.trim() ? reader.recogniseArtifacts(text) : [];
    setOffer(reader && kinds[0] ? { text, label: reader.ARTIFACT_LABELS[kinds[0]] } : undefined);
  };
  return { offer, check, clear: () => setOffer(undefined) };
}

/** "Analyze this": hands the unmasked paste to /analyze in memory and opens it. */
export function AnalyzeOffer({ offer, onDone }: { offer: Offer; onDone: () => void }) {
  const router = useRouter();
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-analyze-offer>
      <span>This looks like {offer.label}. It can be read in your browser, without sending it.</span>
      <button
        type="button"
        onClick={() => {
          handOver(offer.text);
          onDone();
          router.push("/analyze");
        }}
        className="rounded-md border border-accent px-3 py-1 font-medium text-accent"
      >
        Analyze this
      </button>
    </p>
  );
}
