/**
 * Where a JWT is in a paste: the first `eyJ…` run of base64url characters and dots that has at least two
 * dots. One pass, left to right, whatever the paste holds (a 2 MB run of `eyJeyJ…` costs one scan).
 */
function isTokenChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
}

export function findJwt(text: string): { token: string; start: number } | undefined {
  let from = 0;
  for (;;) {
    const start = text.indexOf("eyJ", from);
    if (start < 0) return undefined;
    let end = start;
    while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
    const run = text.slice(start, end);
    // A sentence's full stop after a token is not part of it; the empty signature of an alg "none" token is.
    const token = run.split(".", 4).length > 3 ? run.replace(/\.+$/, "") : run;
    if (token.split(".", 3).length === 3) return { token, start };
    from = end;
  }
}
