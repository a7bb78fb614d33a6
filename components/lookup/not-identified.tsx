import Link from "next/link";
import { aadstsDestination } from "@/lib/azure-aadsts";
import { errorGuides, PROVIDERS, type Provider } from "@/lib/content";
import { PROVIDER_LABELS, PROVIDER_ORDER } from "@/lib/site";

type Props = { provider?: string; status?: string; code?: string; diagnose?: boolean };

/** Only well-formed values from the address are repeated (as text): anything else is ignored. */
function clean({ provider, status, code }: Props) {
  return {
    provider: PROVIDERS.find((p) => p === provider),
    status: status && /^[1-5]\d\d$/.test(status) ? status : undefined,
    code: code && /^[A-Za-z0-9_.:-]{2,80}$/.test(code) ? code : undefined,
  };
}

/**
 * An error no guide covers: said plainly, with what was recognised in it, and what Fixpath does cover.
 * Every list shown has entries; nothing promises a list that is empty.
 */
export function NotIdentified(props: Props) {
  const { provider, status, code } = clean(props);
  const guides = errorGuides();
  const covered = PROVIDER_ORDER.map((p) => ({ provider: p, count: guides.filter((g) => g.provider === p).length })).filter(
    (c) => c.count > 0,
  );
  const ownProvider = covered.find((c) => c.provider === provider);
  // An Entra ID sign-in code (AADSTS and digits): its digits are all that goes into Microsoft's lookup address,
  // the one Entra ID puts in error_uri (seen in recorded responses: https://github.com/Azure/kubelogin/blob/66784961ef44a34236a651d9b08bcdf0aa07b836/pkg/internal/token/fixtures/device_code_credential.yaml#L214).
  const entra = code && /^AADSTS(\d{4,8})$/i.exec(code)?.[1];
  // Where Fixpath has it: its guide, its row on /errors/azure, or that list (only the digits go into the address);
  // the list lives on /errors/azure, which exists while at least one Azure guide is published.
  const aadsts = entra ? aadstsDestination(code, guides) : undefined;
  const onFixpath = aadsts?.kind === "guide" || guides.some((g) => g.provider === "azure") ? aadsts : undefined;
  const recognised = [provider && PROVIDER_LABELS[provider as Provider], status && `HTTP ${status}`, code && `code ${code}`].filter(
    Boolean,
  );
  return (
    <section aria-labelledby="not-identified-title" className="mt-8">
      <h2 id="not-identified-title" className="text-xl font-semibold">
        Not identified
      </h2>
      <p className="mt-2">
        No Fixpath guide covers this error{props.diagnose ? ", so there is no diagnosis to start" : ""}. So that the editors know which
        errors need a guide, your text is kept with secrets masked (its first 500 characters, for at most 180 days), with what was
        recognised in it and nothing about you.
      </p>
      {recognised.length > 0 && (
        <p className="mt-3">
          <span className="font-medium">Recognised in it:</span> {recognised.join(" · ")}
          {code && onFixpath?.kind !== "guide" && <span className="text-muted"> (a code Fixpath has no guide for yet)</span>}
        </p>
      )}
      {entra && (
        <p className="mt-3">
          Microsoft describes every Entra ID sign-in code on its own page:{" "}
          <a href={`https://login.microsoftonline.com/error?code=${entra}`} className="text-accent underline underline-offset-4">
            the official page for {code}
          </a>{" "}
          (the address Entra ID itself puts in the <code>error_uri</code> of its error responses).
        </p>
      )}
      {onFixpath && (
        <p className="mt-3">
          {onFixpath.kind === "guide" ? (
            <>
              Fixpath has a guide for {code}:{" "}
              <Link prefetch={false} href={onFixpath.url} className="text-accent underline underline-offset-4">
                {onFixpath.title}
              </Link>
              .
            </>
          ) : onFixpath.kind === "listed" ? (
            <>
              Not covered by a guide yet:{" "}
              <Link prefetch={false} href={onFixpath.url} className="text-accent underline underline-offset-4">
                {code} in the list of other AADSTS codes
              </Link>{" "}
              says in one line what it means and where it was seen.
            </>
          ) : (
            <>
              Not covered by Fixpath yet, nor in{" "}
              <Link prefetch={false} href={onFixpath.url} className="text-accent underline underline-offset-4">
                the list of other AADSTS codes
              </Link>{" "}
              (common Entra ID codes with no guide yet, one line each).
            </>
          )}
        </p>
      )}
      {ownProvider && (
        <p className="mt-3">
          <Link prefetch={false} href={`/errors/${ownProvider.provider}`} className="text-accent underline underline-offset-4">
            All {ownProvider.count} {PROVIDER_LABELS[ownProvider.provider]} guides
          </Link>{" "}
          may still hold a neighbour of your error.
        </p>
      )}
      {covered.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">What Fixpath covers</h3>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {covered.map((c) => (
              <li key={c.provider}>
                <Link prefetch={false} href={`/errors/${c.provider}`} className="text-accent underline underline-offset-4">
                  {PROVIDER_LABELS[c.provider]}
                </Link>{" "}
                <span className="text-muted">({c.count === 1 ? "1 guide" : `${c.count} guides`})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6 text-sm text-muted">
        Paste more of the error (the code, the message, the lines around it): the lookup reads all of it, masks secrets first, and never
        puts it in an address.
      </p>
    </section>
  );
}
