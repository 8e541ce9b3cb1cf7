import type { ParagraphStructure } from '../model';
import { headingLevelOf } from '../reader/headings';
import { cueSpan } from '../text/structure';
import { sideText, type ExchangeDocument } from './pairs';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export interface HtmlLabels {
  lang: string;
  source: string;
  translation: string;
  generator: string;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;line-height:1.55;color:#1d2430}
table{border-collapse:collapse;width:100%}th,td{vertical-align:top;text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;width:50%}
tbody.group{border-top:2px solid #999}td h2,td h3,td h4,td h5,td h6{margin:.2rem 0}.cue{display:block;color:#666;font-size:.85em}td:empty{background:#f3efe6}
@media (max-width:720px){thead{display:none}tr,td{display:block;width:auto}td+td{border-top:1px dashed #ddd}}`;

/**
 * A self-contained bilingual page for reading offline: no scripts, no
 * external files, every text escaped. One table body per paragraph group.
 */
export function buildBilingualHtml(doc: ExchangeDocument, labels: HtmlLabels): string {
  const groups = new Map<number, string[]>();
  for (const pair of doc.pairs) {
    const cell = cellMarkup(doc.groupStructures?.[pair.group]);
    const row = `<tr><td lang="id">${cell(sideText(pair.source))}</td><td lang="${escapeHtml(doc.targetLang)}">${cell(sideText(pair.target))}</td></tr>`;
    groups.set(pair.group, [...(groups.get(pair.group) ?? []), row]);
  }
  const bodies = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, rows]) => `<tbody class="group">\n${rows.join('\n')}\n</tbody>`)
    .join('\n');
  const subtitle = doc.titleEn ? `<p lang="${escapeHtml(doc.targetLang)}">${escapeHtml(doc.titleEn)}</p>\n` : '';
  return `<!doctype html>
<html lang="${escapeHtml(labels.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(labels.generator)}">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1 lang="id">${escapeHtml(doc.title)}</h1>
${subtitle}<table>
<thead><tr><th scope="col">${escapeHtml(labels.source)}</th><th scope="col">${escapeHtml(labels.translation)}</th></tr></thead>
${bodies}
</table>
</body>
</html>
`;
}

/**
 * A cell's text as its group is: inside a heading element of its level (under
 * the page's title), after its cue's times, or plain. An empty cell stays empty.
 */
function cellMarkup(structure: ParagraphStructure | undefined): (text: string) => string {
  const level = headingLevelOf(structure);
  if (level !== null) {
    const tag = `h${level}`;
    return (text) => (text ? `<${tag}>${escapeHtml(text)}</${tag}>` : '');
  }
  const span = cueSpan(structure);
  if (span) return (text) => (text ? `<time class="cue">${escapeHtml(span)}</time>${escapeHtml(text)}` : '');
  return escapeHtml;
}
