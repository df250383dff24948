// What an error keeps of untrusted text, made safe to store, log and send:
// no credential in clear, no control character in an identifier, no header
// value a server or `new Response` would refuse.

/**
 * Characters that make a log line read differently from what it holds: C0 and C1 controls (CR,
 * LF, NUL, ANSI escapes, DEL), format characters (bidi overrides and isolates such as U+202E,
 * zero-width spaces and joiners, the BOM) and the line and paragraph separators U+2028/9.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Whether `value` holds an invisible or control character: such a string is no identifier. */
export function hasControl(value: string): boolean {
  return INVISIBLE.test(value);
}

/** `value` with each invisible or control character replaced by `?`: for metadata keys, which are kept. */
export function withoutControl(value: string): string {
  return hasControl(value) ? value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "?") : value;
}

// Credentials a platform message (or a client's error) may echo, each as a head that stays and a
// secret that is masked:
// - `Bearer <token>`; `Basic <base64>` (with a digit, `+`, `/` or `=`, so "Basic subscription" stays);
// - `sk-…`, `sk_…` and `sk-proj-…` keys;
// - JWTs: three base64url parts, the first `eyJ…`;
// - `api_key=`, `apikey=`, `key=`, `token=`, `access_token=` in a URL's query or a form;
// - an echoed `x-api-key: …` (or `"x-api-key": "…"`).
// Every repetition is bounded, so the work stays linear in the text.
// One literal, not built at load time: a module-level call would stay in every bundle.
const CREDENTIAL =
  /\b(Bearer\s{1,2048}|Basic\s{1,2048}(?=[A-Za-z]{0,4096}[\d+/=])|sk[-_])([\w~+/=-][\w.~+/=-]{6,4094}[\w~+/=-])|\b(eyJ)([\w-]{4,4096}\.[\w-]{4,4096}\.[\w-]{4,4096})|([?&;](?:api[_-]?key|key|token|access[_-]?token)=)([^\s&#"'<>]{4,4096})|\b(x-api-key["']?\s{0,16}[:=]\s{0,16}["']?)([^\s"',;]{4,4096})/gi;

/** JSON's escapes of printable ASCII (`\u0073`, `\/`), which would hide a credential from the pattern. */
const ASCII_ESCAPE = /\\u00([2-7][\da-fA-F])|\\\//g;

/**
 * `text` with the credentials it echoes masked (`sk-****a1b2`: at most the last 4 characters of
 * the secret kept), for the shapes listed above; JSON escapes of printable ASCII are read as the
 * characters they stand for to find one. Toolkit only.
 *
 * @internal
 */
export function maskCredentials(text: string): string {
  // Most texts name no credential: a length check and one cheap look before the expression runs.
  if (text.length < 11 || !/bearer|basic|sk[-_]|eyj|key|token|\\/i.test(text)) return text;
  const plain = text.includes("\\")
    ? text.replace(ASCII_ESCAPE, (_escape: string, hex: string | undefined) =>
        hex === undefined ? "/" : String.fromCharCode(Number.parseInt(hex, 16)),
      )
    : text;
  let found = false;
  const masked = plain.replace(CREDENTIAL, (match: string, ...groups: (string | undefined)[]) => {
    for (let index = 0; index < 8; index += 2) {
      const head = groups[index];
      const secret = groups[index + 1];
      if (head !== undefined && secret !== undefined) {
        found = true;
        return `${head}****${secret.length < 12 ? "" : secret.slice(-4)}`;
      }
    }
    return match;
  });
  // Escapes are read as characters only to find a credential: a text without one stays as written.
  return found ? masked : text;
}

/**
 * `value` as a valid HTTP header value: a lone surrogate becomes U+FFFD, and
 * every character outside printable ASCII is percent-encoded (UTF-8), so that
 * `writeHead` and `new Response` never refuse it, whatever an error holds.
 */
export function headerValue(value: string): string {
  // Printable ASCII is kept as it is (a request id reads back the same); anything else is encoded, `%` too.
  if (!/[^\x20-\x7e]/.test(value)) return value.trim();
  return wellFormed(value)
    .replace(/[^\x20-\x7e]|%/gu, (char) => encodeURIComponent(char))
    .trim();
}

/** `value` with lone surrogates replaced by U+FFFD, so that `encodeURIComponent` never throws on it. */
export function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
