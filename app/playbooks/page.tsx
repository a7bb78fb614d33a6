import type { Metadata } from "next";
import { GuideList } from "@/components/guide-card";
import { IndexPage } from "@/components/index-page";
import { allArticles } from "@/lib/content";

export const metadata: Metadata = {
  title: "Playbooks",
  description: "Problems that span several errors, such as CORS, walked from symptom to cause.",
  alternates: { canonical: "/playbooks" },
};

export default function PlaybookIndex() {
  return (
    <IndexPage
      title="Playbooks"
      intro="Problems that span several errors, such as CORS, walked from symptom to cause."
      crumbs={[{ label: "Playbooks" }]}
    >
      <div className="mt-8">
        <GuideList articles={allArticles("playbook")} headingLevel={3} />
      </div>
    </IndexPage>
  );
}
