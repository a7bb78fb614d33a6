import { ImageResponse } from "next/og";
import { getArticle } from "@/lib/content";
import { CLASS_LABELS, providerLabel, SITE_NAME } from "@/lib/site";

export const OG_SIZE = { width: 1200, height: 630 };

type Card = { eyebrow: string; code?: string; title: string; footer: string };

/**
 * The 1200×630 Open Graph picture of a guide or a diagnosis, drawn at build time, so a link pasted in a
 * chat or ticket tool unfolds with the code, provider, title and class.
 */
export function ogImage({ eyebrow, code, title, footer }: Card): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f1216",
        color: "#e6e8eb",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 30, color: "#8ab4f8" }}>
        <div
          style={{
            width: 44,
            height: 44,
            borderRadius: 10,
            background: "#0b57d0",
            color: "#fff",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontWeight: 700,
          }}
        >
          F
        </div>
        <div style={{ display: "flex" }}>Fixpath · {eyebrow}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {code && <div style={{ fontSize: 72, fontWeight: 700, color: "#ffffff", display: "flex" }}>{code}</div>}
        <div style={{ fontSize: code ? 40 : 56, lineHeight: 1.25, display: "flex" }}>
          {title.length > 140 ? `${title.slice(0, 137)}…` : title}
        </div>
      </div>
      <div style={{ fontSize: 28, color: "#a9b1bc", display: "flex" }}>{footer}</div>
    </div>,
    OG_SIZE,
  );
}

const TAGLINE = {
  error: "causes, fixes and how to verify",
  compare: "side by side, with worked examples",
  playbook: "causes, fixes and how to verify",
} as const;

/** The card of an error guide, compare guide or playbook: its kind, code, title, class and status. */
export function articleOgImage(url: string): ImageResponse {
  const article = getArticle(url);
  if (!article) return ogImage({ eyebrow: SITE_NAME, title: url, footer: "" });
  const { kind, meta } = article;
  const eyebrow = kind === "error" ? `${providerLabel(article.provider)} error guide` : kind === "compare" ? "Compare guide" : "Playbook";
  const status = meta.httpStatus ? ` · HTTP ${meta.httpStatus}` : "";
  return ogImage({
    eyebrow,
    code: meta.codes[0],
    title: meta.title,
    footer: `${CLASS_LABELS[meta.class].label}${status} · ${TAGLINE[kind]}`,
  });
}
