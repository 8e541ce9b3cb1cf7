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

/**
 * Headings that stand on a line of their own inside a paragraph: an article or
 * chapter number ("Pasal 3", "BAB IV", "Bagian Kedua", "Article 12") or a
 * heading word ("Mukadimah", "Preamble"). Such a line is a unit of its own, not
 * the start of the sentence on the next line.
 */
const HEADING_WORDS = 'pasal|bab|bagian|paragraf|ayat|lampiran|article|chapter|section|part|appendix|annex';
const ORDINALS = 'kesatu|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh';
const NUMBERED_HEADING = new RegExp(`^(?:${HEADING_WORDS})\\s+(?:\\d{1,4}[a-z]?|[ivxlc]{1,7}|${ORDINALS})[.:]?$`, 'i');
const HEADING_LINES = new Set(['mukadimah', 'pembukaan', 'penutup', 'preamble']);
const LONGEST_HEADING = 40;

export function isHeadingLine(line: string): boolean {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > LONGEST_HEADING) return false;
  return NUMBERED_HEADING.test(text) || HEADING_LINES.has(text.replace(/[.:]$/, '').toLowerCase());
}
