import { DomainError } from '../errors';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParagraphStructure } from '../model';
import { structureOfLabel } from '../text/structure';
import type { GroupChapters, PairStatus } from './pairs';
import { CHAPTER_EN_PROP, CHAPTER_PROP, CONFIRMED_PROP, CUE_PROP, GROUP_PROP, KIND_PROP, STATUS_PROP, TITLE_EN_PROP, TITLE_PROP } from './tmx';

export class TmxError extends DomainError {
  constructor(code: 'tmx_invalid' | 'tmx_not_tmx' | 'tmx_no_indonesian' | 'tmx_entities', message: string) {
    super('invalid', code, message);
    this.name = 'TmxError';
  }
}

export interface TmxUnit {
  source: string;
  target: string;
  /** Paragraph group from Sejajar's own prop; null in TMX from other tools. */
  group: number | null;
  /** The English's status from Sejajar's prop; null when the file says none (or something else). */
  status: PairStatus | null;
  /** Whether Sejajar's prop says a person confirmed the link. */
  confirmed: boolean;
  /** What the unit's paragraph is, from Sejajar's kind and cue props; body text where they say nothing. */
  structure: ParagraphStructure;
  /** The unit's chapter on each side (0 first), from Sejajar's chapter props; null where none is given. */
  chapters: GroupChapters;
}

const STATUSES: readonly string[] = ['machine', 'draft', 'reviewed'] satisfies PairStatus[];

export interface ParsedTmx {
  title: string | null;
  titleEn: string | null;
  targetLang: string | null;
  units: TmxUnit[];
}

/** preserveOrder output: each node is {tag: children[]} plus ':@' attributes, or {'#text': value}. */
type OrderedNode = Record<string, unknown>;

const ATTRS = ':@';
const tagOf = (node: OrderedNode) => Object.keys(node).find((k) => k !== ATTRS);
const childrenOf = (node: OrderedNode): OrderedNode[] => {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
};
const attr = (node: OrderedNode, name: string): string | undefined => {
  const attrs = node[ATTRS] as Record<string, unknown> | undefined;
  const value = attrs?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};
const childrenNamed = (node: OrderedNode, tag: string) => childrenOf(node).filter((c) => tagOf(c) === tag);

/** Inline codes (bpt, ept, ph, it, ut) hold native markup and subflows hold other text: neither is the segment's text. */
const SKIPPED_INLINE = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub']);

function textOf(node: OrderedNode): string {
  return childrenOf(node)
    .map((child) => {
      const tag = tagOf(child);
      if (tag === '#text') return String(child['#text']);
      if (!tag || SKIPPED_INLINE.has(tag)) return '';
      return textOf(child);
    })
    .join('');
}

const primaryLang = (tag: string | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0];

function propValue(node: OrderedNode, type: string): string | null {
  const found = childrenNamed(node, 'prop').find((p) => attr(p, 'type') === type);
  return found ? textOf(found).trim() : null;
}

/** The parser refuses some files the validator passed (elements nested past its limit of 100): the same "invalid". */
function readXml(parser: XMLParser, xml: string): OrderedNode[] {
  try {
    return parser.parse(xml) as OrderedNode[];
  } catch (err) {
    throw new TmxError('tmx_invalid', `The file could not be read as XML: ${(err as Error).message}.`);
  }
}

/**
 * Reads the translation units of a TMX file (1.4b, also 1.1–1.3 `lang`):
 * the Indonesian variant and the first English one of each unit.
 */
export function parseTmx(xml: string): ParsedTmx {
  // Entity declarations are the one way an XML file can grow without bound when read.
  if (/<!ENTITY/i.test(xml)) throw new TmxError('tmx_entities', 'TMX files with entity declarations are not accepted.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new TmxError('tmx_invalid', `The file is not well-formed XML (line ${valid.err.line}).`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
  });
  const root = readXml(parser, xml).find((n) => tagOf(n) === 'tmx');
  if (!root) throw new TmxError('tmx_not_tmx', 'The file is XML but not TMX.');
  const header = childrenNamed(root, 'header')[0];
  const body = childrenNamed(root, 'body')[0];
  let targetLang: string | null = null;
  const units: TmxUnit[] = [];
  for (const tu of body ? childrenNamed(body, 'tu') : []) {
    const variants = childrenNamed(tu, 'tuv').map((tuv) => ({
      lang: attr(tuv, 'xml:lang') ?? attr(tuv, 'lang'),
      text: childrenNamed(tuv, 'seg').map(textOf).join(' ').replace(/\s+/g, ' ').trim(),
    }));
    const source = variants.find((v) => primaryLang(v.lang) === 'id');
    const target = variants.find((v) => primaryLang(v.lang) === 'en');
    if (!source?.text && !target?.text) continue;
    targetLang ??= target?.lang ?? null;
    const group = propValue(tu, GROUP_PROP);
    const status = propValue(tu, STATUS_PROP);
    const chapter = (type: string) => {
      const value = propValue(tu, type);
      return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) - 1 : null;
    };
    units.push({
      source: source?.text ?? '',
      target: target?.text ?? '',
      group: group !== null && /^\d+$/.test(group) ? Number(group) : null,
      status: status !== null && STATUSES.includes(status) ? (status as PairStatus) : null,
      confirmed: propValue(tu, CONFIRMED_PROP) === 'yes',
      structure: structureOfLabel(propValue(tu, KIND_PROP), propValue(tu, CUE_PROP)),
      chapters: { source: chapter(CHAPTER_PROP), target: chapter(CHAPTER_EN_PROP) },
    });
  }
  if (!units.some((u) => u.source)) throw new TmxError('tmx_no_indonesian', 'The TMX file has no Indonesian (xml:lang="id") segments.');
  return {
    title: header ? propValue(header, TITLE_PROP) : null,
    titleEn: header ? propValue(header, TITLE_EN_PROP) : null,
    targetLang,
    units,
  };
}
