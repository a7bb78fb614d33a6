import type { Metadata } from "next";
import Link from "next/link";
import { Heading } from "@/components/mdx/heading";

export const metadata: Metadata = {
  title: "Editorial standard",
  description: "How Fixpath guides are sourced, written, fact-checked, dated and corrected.",
  alternates: { canonical: "/editorial" },
};

const CORRECTIONS = "corrections@fixpath.dev";

export default function EditorialPage() {
  return (
    <article className="prose max-w-3xl">
      <h1>How Fixpath guides are written and kept true</h1>
      <p className="lead">
        A guide is only useful if you can act on it during an incident without second-guessing it. These are the rules every guide and every
        diagnosis on Fixpath follows.
      </p>

      <Heading level={2} id="sources">
        Sources
      </Heading>
      <ol>
        <li>
          <strong>Official documentation first.</strong> Status codes, error codes, exact messages, commands, flags and API fields come from
          the owner of the system: AWS documentation, IETF RFCs, the WHATWG Fetch standard, MDN, grpc.io and the gRPC repositories, Google
          Cloud and Microsoft Learn. Every guide lists these as its official references.
        </li>
        <li>
          <strong>Observed output wins.</strong> Where documentation and real responses disagree (a status code, the wording of a message),
          the guide says what is observed and notes what the documentation says. Exact messages come from the tool&apos;s own source code or
          from output people pasted into public issue threads.
        </li>
        <li>
          <strong>Nothing else.</strong> A claim we could not confirm in one of these ways is cut, not hedged. Where official pages disagree
          with each other, the guide says so instead of picking one.
        </li>
      </ol>
      <p>Guides are written in our own words; we do not copy sentences or code from other sites.</p>

      <Heading level={2} id="sources-on-the-page">
        Every fact carries its source
      </Heading>
      <ul>
        <li>
          Every HTTP status, time limit, quota, default value and version-dependent behaviour stated in a guide has a numbered footnote; the
          numbers lead to the guide&apos;s list of sources.
        </li>
        <li>
          Every exact message the lookup recognises records where it was seen: an SDK or CLI source file, an official page, or a public
          issue thread showing the real output.
        </li>
        <li>Every cause cites at least one source. The content check refuses a guide that breaks any of this.</li>
      </ul>

      {/* Earlier links pointed at #review: they land here. */}
      <span id="review" />
      <Heading level={2} id="verification">
        How a guide is checked
      </Heading>
      <ul>
        <li>A writer drafts the guide and its decision tree. Until it is checked it is a draft, and drafts are not published.</li>
        <li>
          A checker who did not write it goes through it claim by claim: every status, message, limit, default, command and causal
          statement, against official documentation, SDK and CLI source, and real output in public issue threads. Each claim is recorded in
          a table (claim, verdict, source) kept with the guide in our repository, so the next check starts from the last one.
        </li>
        <li>
          A claim found wrong or misleading is rewritten; one that cannot be sourced is cut. A guide is published only when its table has no
          open wrong or misleading claim.
        </li>
        <li>
          An automated content check refuses to publish a guide with a missing field, a message without its source, a footnote without a
          definition, a cause without its check, fix, verification or source, a dead link or anchor, or a decision tree that loops, strands
          a node or misses a cause.
        </li>
      </ul>

      <Heading level={2} id="last-reviewed">
        &ldquo;Last reviewed&rdquo; and &ldquo;verified&rdquo;
      </Heading>
      <p>
        Each guide shows two dates. <strong>Last reviewed</strong> is the day of its last edit. <strong>Verified</strong> is the day a
        checker other than its writer last checked every claim against its sources. Cloud services change their messages and defaults; a
        guide whose verification is old is the first one we check again.
      </p>

      <Heading level={2} id="links">
        Links that keep working
      </Heading>
      <p>
        Guide addresses, cause anchors (such as <code>/errors/aws/authfailure#key-not-recognised</code>) and diagnosis steps are meant to be
        pasted into support tickets, so they do not change. When a section is renamed, its old address keeps working.
      </p>

      <Heading level={2} id="corrections">
        Report a wrong or outdated guide
      </Heading>
      <p>
        If a guide is wrong, out of date or missed your cause, use &ldquo;Report a problem with this guide&rdquo; at the foot of the guide
        (it masks secrets before sending), or write to <a href={`mailto:${CORRECTIONS}`}>{CORRECTIONS}</a> with the guide&apos;s address,
        what you saw (the exact error, with secrets removed) and, if you have it, the official page that shows the right answer. We correct
        the guide, recheck the rest of it, and update its review date.
      </p>
      <p>
        <Link prefetch={false} href="/#catalogue">
          Back to all guides
        </Link>
      </p>
    </article>
  );
}
