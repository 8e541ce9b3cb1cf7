import { XMLBuilder } from 'fast-xml-parser';
import { cueSpan, structureLabel } from '../text/structure';
import { joinPairs, sideText, type ExchangeDocument, type ExchangePair, type GroupChapters, type RevisionStamp } from './pairs';
import { xmlSafe } from './xml-text';

export const TMX_SOURCE_LANG = 'id';
export const GROUP_PROP = 'x-sejajar-paragraph';
export const TITLE_PROP = 'x-sejajar-title';
export const TITLE_EN_PROP = 'x-sejajar-title-en';
/** The English's status: machine, draft or reviewed. */
export const STATUS_PROP = 'x-sejajar-status';
/** Present with "yes" when a person confirmed the unit's link. */
export const CONFIRMED_PROP = 'x-sejajar-confirmed';
/** What the unit's paragraph is where it is not body text: h1 … h6 or cue. */
export const KIND_PROP = 'x-sejajar-kind';
/** A subtitle cue's times, "00:00:01.000 → 00:00:03.500". */
export const CUE_PROP = 'x-sejajar-cue';
/** The chapter (1-based) of the unit's paragraph on the Indonesian and on the English side, where the document has chapters. */
export const CHAPTER_PROP = 'x-sejajar-chapter';
export const CHAPTER_EN_PROP = 'x-sejajar-chapter-en';

export interface TmxOptions {
  creationTool: string;
  creationToolVersion: string;
  now?: Date;
}

/** TMX dates are basic ISO 8601 in UTC: 20261126T211200Z. */
const tmxDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const prop = (type: string, value: string) => ({ '@_type': type, '#text': xmlSafe(value) });
const tuv = (lang: string, text: string) => ({ '@_xml:lang': lang, seg: xmlSafe(text) });

/** The nearest pair before (step -1) or after (step 1) each pair that has Indonesian. */
function nearestWithSource(pairs: readonly ExchangePair[], step: 1 | -1): (number | null)[] {
  const out: (number | null)[] = new Array(pairs.length).fill(null);
  let seen: number | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const i = step === 1 ? pairs.length - 1 - k : k;
    out[i] = seen;
    if (pairs[i]!.source.length > 0) seen = i;
  }
  return out;
}

/**
 * The pairs as translation units. A unit with English and no Indonesian is one that CAT tools
 * drop or warn about (OmegaT), so such English joins a neighbour: the unit before it in the same
 * paragraph, else the one after it in the same paragraph, else the unit before it (an English
 * paragraph the translator added joins the end of the paragraph before), else the one after.
 * Indonesian without English stays a unit of its own: it is text of the document, and to a CAT
 * tool an untranslated segment.
 */
export function tmxUnits(pairs: readonly ExchangePair[]): ExchangePair[] {
  const before = nearestWithSource(pairs, -1);
  const after = nearestWithSource(pairs, 1);
  const joined = new Map<number, number[]>();
  pairs.forEach((pair, i) => {
    if (pair.source.length > 0) {
      joined.set(i, [...(joined.get(i) ?? []), i]);
      return;
    }
    const sameGroup = (j: number | null) => (j !== null && pairs[j]!.group === pair.group ? j : null);
    const home = sameGroup(before[i]!) ?? sameGroup(after[i]!) ?? before[i] ?? after[i];
    if (home !== null && home !== undefined) joined.set(home, [...(joined.get(home) ?? []), i]);
  });
  return [...joined.entries()]
    .sort(([a], [b]) => a - b)
    .map(([home, members]) => ({
      ...members.sort((a, b) => a - b).map((m) => pairs[m]!).reduce(joinPairs),
      group: pairs[home]!.group,
    }));
}

const stampAttributes = (prefix: 'creation' | 'change', stamp: RevisionStamp | undefined) =>
  stamp
    ? { [`@_${prefix}date`]: tmxDate(new Date(stamp.at)), ...(stamp.author ? { [`@_${prefix}id`]: xmlSafe(stamp.author) } : {}) }
    : {};

function chapterProps(chapters: GroupChapters | undefined) {
  return [
    ...(chapters?.source != null ? [prop(CHAPTER_PROP, String(chapters.source + 1))] : []),
    ...(chapters?.target != null ? [prop(CHAPTER_EN_PROP, String(chapters.target + 1))] : []),
  ];
}

function unitOf(pair: ExchangePair, i: number, doc: ExchangeDocument) {
  const structure = doc.groupStructures?.[pair.group];
  const span = cueSpan(structure);
  return {
    '@_tuid': String(i + 1),
    ...stampAttributes('creation', pair.created),
    ...stampAttributes('change', pair.changed),
    prop: [
      prop(GROUP_PROP, String(pair.group + 1)),
      ...(pair.status && pair.target.length > 0 ? [prop(STATUS_PROP, pair.status)] : []),
      ...(pair.confirmed ? [prop(CONFIRMED_PROP, 'yes')] : []),
      ...(structure && structure.kind !== 'body' ? [prop(KIND_PROP, structureLabel(structure))] : []),
      ...(span ? [prop(CUE_PROP, span)] : []),
      ...chapterProps(doc.groupChapters?.[pair.group]),
    ],
    tuv: [
      ...(pair.source.length > 0 ? [tuv(TMX_SOURCE_LANG, sideText(pair.source))] : []),
      ...(pair.target.length > 0 ? [tuv(doc.targetLang, sideText(pair.target))] : []),
    ],
  };
}

/**
 * A TMX 1.4b file with one translation unit per sentence link (see tmxUnits for English without
 * Indonesian). Each unit carries its paragraph (1-based, as in every export), its status, whether
 * its link was confirmed, and its paragraph's structure (heading and level, cue times, chapters)
 * as props, so Sejajar can rebuild the document, and the dates and
 * authors of its first and latest revision as creation and change attributes.
 */
export function buildTmx(doc: ExchangeDocument, options: TmxOptions): string {
  const headerProps = [prop(TITLE_PROP, doc.title), ...(doc.titleEn ? [prop(TITLE_EN_PROP, doc.titleEn)] : [])];
  const units = tmxUnits(doc.pairs).map((pair, i) => unitOf(pair, i, doc));
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  const tree = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': options.creationTool,
        '@_creationtoolversion': options.creationToolVersion,
        '@_datatype': 'plaintext',
        '@_segtype': 'sentence',
        '@_adminlang': 'en-US',
        '@_srclang': TMX_SOURCE_LANG,
        '@_o-tmf': options.creationTool,
        '@_creationdate': tmxDate(options.now ?? new Date()),
        prop: headerProps,
      },
      body: { tu: units },
    },
  };
  return builder.build(tree) as string;
}
