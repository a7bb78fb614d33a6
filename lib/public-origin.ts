/**
 * The one origin every copied link and ticket uses: FIXPATH_SITE_URL when the deployment sets it (the
 * layout publishes it as <meta name="fixpath:origin">), else the address the page is served from.
 * Browser only.
 */
export function publicOrigin(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="fixpath:origin"]')?.content;
  return (meta || location.origin).replace(/\/$/, "");
}

/** Makes a text's site-relative links absolute (`Details: /errors/…`, `](/errors/…)`) with the public origin. */
export function absolutize(text: string, origin: string): string {
  return text.replace(/(\]\(|Details: |Link: |^)(\/(?:errors|compare|playbooks|diagnose)\/)/gm, `$1${origin}$2`);
}
