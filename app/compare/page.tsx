import type { Metadata } from "next";
import { GuideList } from "@/components/guide-card";
import { IndexPage } from "@/components/index-page";
import { allArticles } from "@/lib/content";

export const metadata: Metadata = {
  title: "Compare guides",
  description: "Errors that are easy to confuse, side by side, with the one test that tells them apart.",
  alternates: { canonical: "/compare" },
};

export default function CompareIndex() {
  return (
    <IndexPage
      title="Compare guides"
      intro="Errors that are easy to confuse, side by side, with the one test that tells them apart."
      crumbs={[{ label: "Compare guides" }]}
    >
      <div className="mt-8">
        <GuideList articles={allArticles("compare")} headingLevel={3} />
      </div>
    </IndexPage>
  );
}
