const EXCERPT_CHARS = 200;

/**
 * A short, single-line, printable excerpt of untrusted text, for messages.
 *
 * @internal
 */
export function excerpt(text: string, limit: number = EXCERPT_CHARS): string {
  const flat = text
    .slice(0, limit * 4)
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** Whether a body looks like an HTML page (a gateway's error page). @internal */
export function looksLikeHtml(text: string): boolean {
  return /^<(!doctype\s+html|html|head|body|title|center|h1)\b/i.test(text);
}

/** The `<title>` (or first heading) of an HTML page, if it has one. @internal */
export function htmlTitle(html: string): string | undefined {
  const head = html.slice(0, 8192);
  const match = /<title[^>]*>([^<]*)</i.exec(head) ?? /<h1[^>]*>([^<]*)</i.exec(head);
  const title = match?.[1] === undefined ? "" : excerpt(match[1], 120);
  return title === "" ? undefined : title;
}
