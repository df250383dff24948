import { maskCredentials } from "./text-safety.js";

/**
 * A short, single-line, printable excerpt of untrusted text, for messages.
 *
 * @internal
 */
export function excerpt(text: string, limit = 200): string {
  const flat = text
    .slice(0, limit * 4)
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
  return maskCredentials(flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat);
}

/**
 * The `<title>` of an HTML page, if it has one, from its first 8 KiB. Every
 * repetition in the expression is bounded, so the work is linear in the input
 * (`[^>]*` here was quadratic on `<title<title…`).
 *
 * @internal
 */
export function htmlTitle(html: string): string | undefined {
  const title = excerpt(/<title[^>]{0,64}>([^<]{0,480})/i.exec(html.slice(0, 8192))?.[1] ?? "", 120);
  return title === "" ? undefined : title;
}
