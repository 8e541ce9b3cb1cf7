/**
 * Punctuation evidence: questions, exclamations, quotations, colons,
 * parentheses and lists survive translation far more often than words do.
 */
const MARK_KEYS: Record<string, string> = {
  '?': 'p:question',
  '!': 'p:exclamation',
  '"': 'p:quote', '“': 'p:quote', '”': 'p:quote', '„': 'p:quote', '«': 'p:quote', '»': 'p:quote',
  ';': 'p:semicolon',
  '(': 'p:bracket', ')': 'p:bracket', '[': 'p:bracket', ']': 'p:bracket',
  '…': 'p:ellipsis',
  '/': 'p:slash',
  '@': 'p:address',
};

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Keys for the punctuation a text contains; repeated quotations and questions get a second key. */
export function punctuationKeys(text: string): string[] {
  const keys = new Set<string>();
  let quotes = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const key = MARK_KEYS[c];
    if (key) {
      keys.add(key);
      if (key === 'p:quote') quotes++;
      else if (c === '?') questions++;
    } else if (c === ':' && !isDigit(text[i + 1])) keys.add('p:colon');
    else if ((c === '–' || c === '—' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') keys.add('p:dash');
    else if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') keys.add('p:ellipsis');
  }
  if (/^\s*(?:[-•*]|\d+[.)])\s/.test(text)) keys.add('p:list-item');
  if (quotes >= 4) keys.add('p:quotes-2');
  if (questions >= 2) keys.add('p:questions-2');
  return [...keys];
}
