import Link from "next/link";

/**
 * Sends the reader on to another address in the static export, where no server can answer with a
 * redirect status: a refresh that works without JavaScript, and a link in case it does not fire.
 */
export function Forward({ to, title }: { to: string; title: string }) {
  return (
    <div className="max-w-3xl">
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="text-3xl font-bold tracking-tight">Going to {title}</h1>
      <p className="mt-4">
        If nothing happens, open{" "}
        <Link prefetch={false} href={to} className="text-accent underline underline-offset-4">
          {title}
        </Link>
        .
      </p>
    </div>
  );
}
