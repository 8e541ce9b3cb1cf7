/**
 * Punctuation evidence: questions, exclamations, quotations, colons,
 * parentheses and lists survive translation far more often than words do.
 */
/** Key of a single punctuation character, by char code; a switch avoids property lookups per character. */
function markKey(code: number): string | undefined {
  switch (code) {
    case 0x3f: return 'p:question';
    case 0x21: return 'p:exclamation';
    case 0x22: case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: return 'p:quote';
    case 0x3b: return 'p:semicolon';
    case 0x28: case 0x29: case 0x5b: case 0x5d: return 'p:bracket';
    case 0x2026: return 'p:ellipsis';
    case 0x2f: return 'p:slash';
    case 0x40: return 'p:address';
    default: return undefined;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Keys for the punctuation a text contains; repeated quotations and questions get a second key. */
export function punctuationKeys(text: string): string[] {
  const keys = new Set<string>();
  let quotes = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters, digits and spaces carry no punctuation evidence.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x20 || (code >= 0x30 && code <= 0x39)) continue;
    const c = text[i]!;
    const key = markKey(code);
    if (key) {
      keys.add(key);
      if (key === 'p:quote') quotes++;
      else if (code === 0x3f) questions++;
    } else if (c === ':' && !isDigit(text[i + 1])) keys.add('p:colon');
    else if ((c === '–' || c === '—' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') keys.add('p:dash');
    else if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') keys.add('p:ellipsis');
  }
  if (/^\s*(?:[-•*]|\d+[.)])\s/.test(text)) keys.add('p:list-item');
  if (quotes >= 4) keys.add('p:quotes-2');
  if (questions >= 2) keys.add('p:questions-2');
  return [...keys];
}
