/**
 * Hard-wrapped text: text copied out of a PDF or an e-mail, with a line
 * break every 60–80 characters inside paragraphs. Read one paragraph per
 * line, it would give the aligner dozens of "paragraphs" per real one.
 *
 * Recognised by its line lengths: most lines (not counting each paragraph's
 * last) end close to one width. Paragraphs end at a blank line, at an
 * indented line, or after a line clearly shorter than the width that ends a
 * sentence. Words broken at a line end with a hyphen are joined again,
 * except where the hyphen is the word's own (Indonesian reduplication,
 * "anak-anak"; names, "Jawa-Bali").
 */

const SENTENCE_END = /[.!?:;…"'”’)\]]$/;

/** The wrap width if the lines look hard-wrapped, else null. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 6) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width < 30 || width > 160) return null;
  const nearWidth = lengths.filter((n) => n >= width * 0.75 && n <= width).length;
  const longer = lengths.filter((n) => n > width * 1.15).length;
  return nearWidth >= lengths.length * 0.55 && longer <= lengths.length * 0.05 ? width : null;
}

/** Joins two pieces of one paragraph, repairing a word broken with a hyphen at the line end. */
export function joinWrapped(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (!l) return r;
  if (!r) return l;
  const broken = /(\p{L}+)-$/u.exec(l);
  const next = /^(\p{L}+)/u.exec(r);
  if (broken && next && !keepsHyphen(broken[1], next[1])) return l.slice(0, -1) + r;
  if (broken && next) return l + r;
  return `${l} ${r}`;
}

function keepsHyphen(before: string, after: string): boolean {
  if (/^\p{Lu}/u.test(after)) return true;
  const a = before.toLowerCase();
  const b = after.toLowerCase();
  // Reduplication: anak-anak, sayur-sayuran, kebarat-baratan.
  return b.startsWith(a) || a.endsWith(b) || (a.length >= 3 && b.startsWith(a.slice(-3)));
}

/** Paragraphs of hard-wrapped lines, at the given width. */
export function rejoinLines(lines: readonly string[], width: number): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const close = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      close();
      continue;
    }
    if (current && /^\s{2,}|^\t/.test(line)) close();
    current = current ? joinWrapped(current, line.trim()) : line.trim();
    if (endsParagraph(line, lines[i + 1], width)) close();
  }
  close();
  return paragraphs;
}

function endsParagraph(line: string, next: string | undefined, width: number): boolean {
  if (next === undefined) return true;
  const length = line.trimEnd().length;
  const nextWord = /^\s*(\S+)/.exec(next)?.[1].length ?? 0;
  // The next line's first word would have fitted here: the writer broke the line on purpose. Near the
  // width that may be the wrapping's own slack, so there the line must also end a sentence.
  const fits = length + 1 + nextWord;
  return fits <= width * 0.8 || (fits <= width * 0.92 && SENTENCE_END.test(line.trimEnd()));
}

/**
 * Plain text into paragraphs. Blank lines separate paragraphs wherever
 * there are any; without them, hard-wrapped text is rejoined and any other
 * text is one paragraph per line. `keepLines` keeps every line as it is.
 */
export function plainParagraphs(text: string, keepLines = false): string[] {
  const lines = text.split(/\r\n?|\n/);
  if (keepLines) return lines.map((l) => l.trim()).filter(Boolean);
  const width = wrapWidth(lines);
  if (width !== null) return rejoinLines(lines, width);
  const hasBlank = lines.some((l, i) => !l.trim() && i > 0 && i < lines.length - 1);
  if (!hasBlank) return lines.map((l) => l.trim()).filter(Boolean);
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (!line.trim()) {
      if (current) paragraphs.push(current);
      current = '';
    } else {
      current = current ? joinWrapped(current, line.trim()) : line.trim();
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
