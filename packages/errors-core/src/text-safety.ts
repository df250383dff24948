// What an error keeps of untrusted text, made safe to store, log and send:
// no credential in clear, no control character in an identifier, no header
// value a server or `new Response` would refuse.

/** C0 and C1 control characters, DEL included: CR, LF, NUL and ANSI escapes among them. */
const CONTROL = /\p{Cc}/u;

/** Whether `value` holds a control character: such a string is no identifier. */
export function hasControl(value: string): boolean {
  return CONTROL.test(value);
}

/** `value` with each control character replaced by `?`: for metadata keys, which are kept. */
export function withoutControl(value: string): string {
  return hasControl(value) ? value.replace(/\p{Cc}/gu, "?") : value;
}

// Credentials a platform message may echo: `Bearer <token>`, `Basic <base64>` (with a digit, `+`,
// `/` or `=`, so that "Basic subscription" is left alone), and `sk-…` / `sk_…` keys. Each
// repetition is bounded, so the work stays linear in the text.
const CREDENTIAL =
  /\b(Bearer\s{1,16}|Basic\s{1,16}(?=[A-Za-z]{0,4096}[\d+/=])|sk[-_])([\w~+/=-][\w.~+/=-]{6,4094}[\w~+/=-])/gi;

/**
 * `text` with the credentials it echoes masked (`Bearer ****a1b2`,
 * `sk_****a1b2`): `****` and at most the last 4 characters of the secret,
 * enough to tell keys apart, not to use one. The platform may quote a
 * caller's key back ("Incorrect API key provided: sk_…"), and whatever an
 * error keeps ends up in logs.
 */
export function maskCredentials(text: string): string {
  // Most texts name no credential: a length check (the shortest, `sk-` and 8 characters, is 11
  // long) and one cheap look before the expression runs.
  return text.length > 10 && /bearer|basic|sk[-_]/i.test(text)
    ? text.replace(
        CREDENTIAL,
        (_, head: string, secret: string) => `${head}****${secret.length < 12 ? "" : secret.slice(-4)}`,
      )
    : text;
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
