import type { Reference } from "@/lib/content";
import { Heading } from "@/components/mdx/heading";

export function References({ references }: { references: Reference[] }) {
  return (
    <section aria-labelledby="references" className="mt-12">
      <Heading level={2} id="references">
        Official references
      </Heading>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {references.map((ref) => (
          <li key={ref.url}>
            <a href={ref.url} rel="noopener" className="text-accent underline underline-offset-4">
              {ref.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
