import { Catalogue } from "@/components/catalogue";
import { LookupBox } from "@/components/lookup/lookup-box";
import { allArticles } from "@/lib/content";
import { SITE_TAGLINE } from "@/lib/site";

export default function HomePage() {
  return (
    <>
      <section aria-labelledby="intro-title" className="max-w-3xl">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Fix the error in front of you
        </h1>
        <p className="mt-4 text-lg text-muted">{SITE_TAGLINE}</p>
        <div className="mt-6">
          <LookupBox variant="hero" shortcut />
        </div>
        <p className="mt-3">
          Each guide explains one authentication or authorization error, from AWS, Google Cloud, Azure, OAuth and JWT libraries, Kubernetes,
          registries, Git hosting, npm, HTTP, gRPC or the browser: what it means, every known cause with the check that tells it apart, the
          fix, and the command that proves the fix worked. Every section has a stable link you can paste into a support ticket.
        </p>
      </section>
      <Catalogue articles={allArticles()} />
    </>
  );
}
