/**
 * Punctuation evidence: questions, exclamations, quotations, colons,
 * parentheses and lists survive translation far more often than words do.
 */
const MARKS: [RegExp, string][] = [
  [/\?/, 'p:question'],
  [/!/, 'p:exclamation'],
  [/["“”„«»]/, 'p:quote'],
  [/(?:^|\s)['‘][^']+['’](?:\s|$|[.,;:])/, 'p:single-quote'],
  [/:(?!\d)/, 'p:colon'],
  [/;/, 'p:semicolon'],
  [/[()[\]]/, 'p:bracket'],
  [/\s[–—-]\s/, 'p:dash'],
  [/…|\.\.\./, 'p:ellipsis'],
  [/^\s*(?:[-•*]|\d+[.)])\s/, 'p:list-item'],
  [/\//, 'p:slash'],
  [/@|https?:|www\./, 'p:address'],
];

/** Keys for the punctuation a text contains; repeated quotations get a second key. */
export function punctuationKeys(text: string): string[] {
  const keys: string[] = [];
  for (const [pattern, key] of MARKS) if (pattern.test(text)) keys.push(key);
  const quotes = text.match(/["“”„«»]/g)?.length ?? 0;
  if (quotes >= 4) keys.push('p:quotes-2');
  const questions = text.match(/\?/g)?.length ?? 0;
  if (questions >= 2) keys.push('p:questions-2');
  return keys;
}
