/**
 * Input meant to break things, for every text field a feature accepts. Script
 * payloads set `window.__pwned`, so a browser test can prove none of them ran.
 * Reuse it for new fields: `for (const input of HOSTILE_TEXTS) ...`.
 */
export interface HostileText {
  name: string;
  text: string;
  /** True when the text carries markup that must never reach the page as markup. */
  markup?: boolean;
}

export const PWNED = '__pwned';

const set = `window.${PWNED}=1`;

export const HOSTILE_TEXTS: HostileText[] = [
  { name: 'script element', text: `<script>${set}</script>`, markup: true },
  { name: 'script split over a closing tag', text: `</span></p><script>${set}</script><p>`, markup: true },
  { name: 'image with onerror', text: `<img src=x onerror="${set}">`, markup: true },
  { name: 'svg onload', text: `<svg/onload=${set}>`, markup: true },
  { name: 'attribute break-out', text: `" autofocus onfocus="${set}" x="`, markup: true },
  { name: 'single-quoted attribute break-out', text: `' onmouseover='${set}' x='`, markup: true },
  { name: 'javascript URL', text: `<a href="javascript:${set}">klik</a>`, markup: true },
  { name: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${set}</script>"></iframe>`, markup: true },
  { name: 'broken HTML', text: '<div><p>Teks <b>tebal <i>miring</div></b> <!-- komentar <td', markup: true },
  { name: 'EJS and template delimiters', text: '<%= process.exit() %> {{constructor.constructor("return 1")()}} ${1+1}', markup: true },
  { name: 'HTML entities', text: '&lt;script&gt; &amp;amp; &#60;b&#62; &nbsp;' },
  { name: 'byte-order mark', text: '\uFEFFBerita hari ini. Hujan turun.' },
  { name: 'CRLF line ends', text: 'Paragraf satu.\r\n\r\nParagraf dua.\r\nBaris lanjut.' },
  { name: 'lone CR line ends', text: 'Paragraf satu.\r\rParagraf dua.\rBaris lanjut.' },
  { name: 'zero-width characters', text: 'Ja\u200Bkar\u200Cta\u200D ber\u2060ada\uFEFF di Jawa.' },
  { name: 'right-to-left override', text: 'Berkas \u202Eexe.txt\u202C dan \u2067عربى\u2069 serta \u200Fteks.' },
  { name: 'control characters', text: 'Satu\u0000dua\u0007tiga\u001Bempat\u007F.' },
  { name: 'lone surrogates', text: 'Rusak \uD800 dan \uDFFF di sini.' },
  { name: 'emoji and combining marks', text: 'Kopi ☕ dan e\u0301 serta 👩🏽‍💻 dan Z̸̡̢a̷l̵g̶o.' },
  { name: 'only whitespace', text: ' \t\u00A0\u3000\n\n ' },
  { name: 'very long word', text: 'a'.repeat(50_000) },
  { name: 'SQL-looking text', text: "Robert'); DROP TABLE documents;-- ' OR 1=1 --" },
];

/** Bytes no encoding the import reads (UTF-8, UTF-16 with its mark, Windows-1252) decodes, for uploads and raw bodies. */
export const INVALID_UTF8: { name: string; bytes: Buffer }[] = [
  { name: 'UTF-8 mixed with Latin-1', bytes: Buffer.from([0x4b, 0xc3, 0xa9, 0x20, 0x4b, 0x61, 0x66, 0xe9, 0x2e]) },
  { name: 'truncated sequence', bytes: Buffer.from([0x41, 0xe2, 0x82]) },
  { name: 'overlong slash', bytes: Buffer.from([0xc0, 0xaf, 0x41]) },
  { name: 'UTF-16 with half a character', bytes: Buffer.from('\uFEFFHujan\uD800', 'utf16le') },
  { name: 'a byte Windows-1252 lacks', bytes: Buffer.from([0x4b, 0x61, 0x66, 0x81, 0x2e]) },
];

/** File names an upload may claim; they come back in error messages. */
export const HOSTILE_FILE_NAMES = [
  `<img src=x onerror=${set}>.txt`,
  '../../etc/passwd',
  'C:\\Windows\\win.ini',
  `"><script>${set}</script>.txt`,
  'berkas\u202Etxt.exe',
  'x'.repeat(1000) + '.txt',
];

/** Query strings and paths for pages that echo or use their input. */
export const HOSTILE_URLS = [
  `/?lng=<script>${set}</script>`,
  `/?lng=id"><script>${set}</script>`,
  `/documents/<script>${set}</script>`,
  `/documents/1?x=<img src=x onerror=${set}>`,
  `/signin?next=javascript:${set}`,
  `/signin?next="><script>${set}</script>`,
  '/signin?next=//evil.example/',
  '/documents/%E0%A4%A',
  '/documents/1%00',
  '/api/documents/%3Cscript%3E',
  '/?' + 'a=1&'.repeat(2000),
];

/** One paragraph per line-pair: `count` one-word paragraphs. */
export function oneWordParagraphs(count: number, word = 'Kata'): string {
  return Array.from({ length: count }, (_, i) => `${word}${i}`).join('\n\n');
}

export function megabytes(n: number): string {
  return 'Kata dan kalimat. '.repeat(Math.ceil((n * 1024 * 1024) / 18)).slice(0, n * 1024 * 1024);
}

/**
 * True when the HTML carries markup the app did not write: a script element
 * that is not one of our asset files, or any inline event handler.
 */
export function hasInjectedMarkup(html: string): boolean {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  const foreignScript = scripts.some((tag) => !/^<script src="\/assets\/(?:[\w-]+\/)?[\w.-]+\.js" defer>$/.test(tag));
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.test(html);
  const jsUrl = /<[a-z][^>]*(href|src|action)\s*=\s*["']?\s*javascript:/i.test(html);
  return foreignScript || handler || jsUrl || /<iframe|<svg|<img/i.test(html);
}
