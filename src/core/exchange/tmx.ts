import { XMLBuilder } from 'fast-xml-parser';
import { sideText, type ExchangeDocument } from './pairs';
import { xmlSafe } from './xml-text';

export const TMX_SOURCE_LANG = 'id';
export const GROUP_PROP = 'x-sejajar-paragraph';
export const TITLE_PROP = 'x-sejajar-title';
export const TITLE_EN_PROP = 'x-sejajar-title-en';

export interface TmxOptions {
  creationTool: string;
  creationToolVersion: string;
  now?: Date;
}

/** TMX dates are basic ISO 8601 in UTC: 20261126T211200Z. */
const tmxDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const prop = (type: string, value: string) => ({ '@_type': type, '#text': xmlSafe(value) });
const tuv = (lang: string, text: string) => ({ '@_xml:lang': lang, seg: xmlSafe(text) });

/**
 * A TMX 1.4b file with one translation unit per sentence link. A link with
 * nothing on one side becomes a unit with a single variant. The paragraph
 * group of each unit travels in a prop so Sejajar can rebuild paragraphs.
 */
export function buildTmx(doc: ExchangeDocument, options: TmxOptions): string {
  const headerProps = [prop(TITLE_PROP, doc.title), ...(doc.titleEn ? [prop(TITLE_EN_PROP, doc.titleEn)] : [])];
  const units = doc.pairs.map((pair, i) => ({
    '@_tuid': String(i + 1),
    prop: [prop(GROUP_PROP, String(pair.group))],
    tuv: [
      ...(pair.source.length > 0 ? [tuv(TMX_SOURCE_LANG, sideText(pair.source))] : []),
      ...(pair.target.length > 0 ? [tuv(doc.targetLang, sideText(pair.target))] : []),
    ],
  }));
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
