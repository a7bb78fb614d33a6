import { useId } from "react";

export type Expected = { audience: string; issuer: string };

/** What the API expects, typed by the reader: compared with a token's aud and iss. */
export function ExpectedValues({ value, onChange }: { value: Expected; onChange: (next: Expected) => void }) {
  const id = useId();
  return (
    <details className="mt-4 rounded-md border border-line px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold">Compare a token with what your API expects</summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {(["audience", "issuer"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
              Expected {name === "audience" ? "audience (aud)" : "issuer (iss)"}
            </label>
            <input
              id={`${id}-${name}`}
              type="text"
              value={value[name]}
              onChange={(e) => onChange({ ...value, [name]: e.target.value })}
              spellCheck={false}
              autoComplete="off"
              className="mt-1 w-full rounded-md border border-line bg-bg px-2 py-1 font-mono text-sm"
            />
          </div>
        ))}
      </div>
    </details>
  );
}
