import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Built once with the site (and required by the static export).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl("/sitemap.xml") };
}
