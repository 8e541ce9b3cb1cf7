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
tbody.group{border-top:2px solid #999}td:empty{background:#f3efe6}
@media (max-width:720px){thead{display:none}tr,td{display:block;width:auto}td+td{border-top:1px dashed #ddd}}`;

/**
 * A self-contained bilingual page for reading offline: no scripts, no
 * external files, every text escaped. One table body per paragraph group.
 */
export function buildBilingualHtml(doc: ExchangeDocument, labels: HtmlLabels): string {
  const groups = new Map<number, string[]>();
  for (const pair of doc.pairs) {
    const row = `<tr><td lang="id">${escapeHtml(sideText(pair.source))}</td><td lang="${escapeHtml(doc.targetLang)}">${escapeHtml(sideText(pair.target))}</td></tr>`;
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
