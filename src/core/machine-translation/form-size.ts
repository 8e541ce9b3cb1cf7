/**
 * Size in bytes of `value` once form-encoded (application/x-www-form-urlencoded),
 * which is how deepl-node sends texts. DeepL's 128 KiB limit applies to the
 * request body as sent, where every non-ASCII UTF-8 byte takes three bytes.
 */
export function formEncodedLength(value: string): number {
  let size = 0;
  for (const char of value) size += encodedCharLength(char);
  return size;
}

/** Size of one `&name=value` pair in a form body. */
export function formFieldLength(name: string, value: string): number {
  return 1 + formEncodedLength(name) + 1 + formEncodedLength(value);
}

export function encodedCharLength(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return isLiteralAscii(code) ? 1 : 3;
  return 3 * utf8Length(code);
}

function isLiteralAscii(code: number): boolean {
  return (
    code === 0x20 || // serialized as '+'
    code === 0x2a ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x5f ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function utf8Length(code: number): number {
  if (code < 0x800) return 2;
  // Lone surrogates are sent as U+FFFD, which is three bytes as well.
  if (code < 0x10000) return 3;
  return 4;
}
