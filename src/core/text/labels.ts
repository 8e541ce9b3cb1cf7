/**
 * Words that news sites print on a line of their own as page furniture
 * (bylines without a name, ad markers, share buttons). Only these exact
 * words count: an ordinary one-word line such as a dateline is content.
 */
const LABEL_WORDS = new Set([
  'penulis',
  'editor',
  'penyunting',
  'reporter',
  'wartawan',
  'kontributor',
  'fotografer',
  'foto',
  'video',
  'sumber',
  'baca juga',
  'baca pula',
  'simak juga',
  'lihat juga',
  'iklan',
  'bagikan',
  'tag',
  'tags',
  'author',
  'writer',
  'photo',
  'source',
  'read also',
  'read more',
  'see also',
  'advertisement',
  'sponsored',
  'share',
]);

const LONGEST_LABEL = Math.max(...[...LABEL_WORDS].map((label) => label.length));

/** True when the whole line is one of the known labels, ignoring case and an optional trailing colon. */
export function isLabelLine(line: string): boolean {
  let text = line.trim();
  if (text.length > LONGEST_LABEL + 8) return false;
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  return LABEL_WORDS.has(text.replace(/\s+/g, ' ').toLowerCase());
}
