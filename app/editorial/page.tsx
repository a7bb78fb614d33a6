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
        A guide is only useful if you can act on it during an incident without second-guessing it. These are
        the rules every guide and every diagnosis on Fixpath follows.
      </p>

      <Heading level={2} id="sources">Sources</Heading>
      <ol>
        <li>
          <strong>Official documentation first.</strong> Status codes, error codes, exact messages, commands,
          flags and API fields come from the owner of the system: AWS documentation, IETF RFCs, the WHATWG
          Fetch standard, MDN, grpc.io and the gRPC repositories, Google Cloud and Microsoft Learn. Every guide
          lists these as its official references.
        </li>
        <li>
          <strong>Observed output second.</strong> Where documentation does not print the exact text a tool
          shows (an SDK&apos;s error line, a browser console message), we quote output seen in public bug
          reports or in the tool&apos;s own source code, and say so when it matters (&ldquo;seen as 401&rdquo;,
          &ldquo;in observed responses&rdquo;).
        </li>
        <li>
          <strong>Nothing else.</strong> A claim we could not confirm in either way is left out or stated no
          more strongly than the evidence allows. Where official pages disagree with each other, the guide
          says so instead of picking one.
        </li>
      </ol>
      <p>Guides are written in our own words; we do not copy sentences or code from other sites.</p>

      <Heading level={2} id="review">How a guide is checked</Heading>
      <ul>
        <li>
          A writer drafts the guide and its decision tree from a dossier of sourced facts, each tagged with
          its evidence (official documentation, observed output, or SDK source).
        </li>
        <li>
          A second editor fact-checks every claim against the official references, runs the commands, and
          checks that each cause&apos;s symptom really tells it apart, its check confirms it, its fix fixes it and
          its verification proves it.
        </li>
        <li>
          An automated content check refuses to publish a guide with a missing field, a cause without its
          check, fix or verification, a dead link or anchor, a reference that is not https, or a decision tree
          that loops, strands a node or misses a cause.
        </li>
      </ul>

      <Heading level={2} id="last-reviewed">What &ldquo;last reviewed&rdquo; means</Heading>
      <p>
        The date under each guide is the day its content was last checked, end to end, against its official
        references. It is not the day of the last typo fix. Cloud services change their messages and
        defaults; a guide whose review date is old is the first one we recheck.
      </p>

      <Heading level={2} id="links">Links that keep working</Heading>
      <p>
        Guide addresses, cause anchors (such as <code>/errors/aws/authfailure#key-not-recognised</code>) and
        diagnosis steps are meant to be pasted into support tickets, so they do not change. When a section
        is renamed, its old address keeps working.
      </p>

      <Heading level={2} id="corrections">Report a wrong or outdated guide</Heading>
      <p>
        If a guide is wrong, out of date or missed your cause, write to{" "}
        <a href={`mailto:${CORRECTIONS}`}>{CORRECTIONS}</a> with the guide&apos;s address, what you saw (the exact
        error, with secrets removed) and, if you have it, the official page that shows the right answer. We
        correct the guide, recheck the rest of it, and update its review date.
      </p>
      <p>
        <Link prefetch={false} href="/#catalogue">Back to all guides</Link>
      </p>
    </article>
  );
}
