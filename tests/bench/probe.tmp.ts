import kataDasar from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };
import { compileGlossary, DEFAULT_TERM, type GlossaryTerm } from '../../src/core/glossary';
import { scanWords, scanEnglishWords } from '../../src/core/glossary/words';
import { englishBases } from '../../src/core/glossary/english';
const ROOTS = (kataDasar as string[]).filter((w) => /^[a-z]{3,}$/.test(w));
function random(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; }; }
const pick = <T,>(r: () => number, l: readonly T[]) => l[Math.floor(r() * l.length)]!;
const F = [(w: string) => w, (w: string) => 'di' + w, (w: string) => 'ber' + w, (w: string) => w + 'nya', (w: string) => `${w}-${w}`, (w: string) => 'ke' + w + 'an', (w: string) => 'me' + w + 'kan', (w: string) => w.toUpperCase()];
const G = [(w: string) => w, (w: string) => w + 's', (w: string) => w + 'ed', (w: string) => w + 'ing'];
function mk(seed: number, forms: typeof F) { const rnd = random(seed); const parts: string[] = []; let len = 0;
while (len < 1e6) { const s = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => pick(rnd, forms)(ROOTS[Math.floor(ROOTS.length * rnd() ** 4)]!)).join(' ') + '. '; parts.push(s); len += s.length; } return parts.join(''); }
const text = mk(42, F), etext = mk(43, G);
const N = Number(process.argv[2] ?? 100);
const tr = random(1000 + N);
const terms: GlossaryTerm[] = Array.from({ length: N }, (_, i) => { const r = tr(); const n = r < 0.2 ? 2 : 1; return { ...DEFAULT_TERM, id: i + 1, source: Array.from({ length: n }, () => pick(tr, ROOTS)).join(' '), targets: [pick(tr, ROOTS), pick(tr, ROOTS) + ' ' + pick(tr, ROOTS)], mode: r > 0.9 ? 'derived' : 'forms', caseSensitive: r > 0.98 }; });
const t = (label: string, fn: () => unknown) => { const c = process.cpuUsage(); const t0 = performance.now(); const r = fn(); const u = process.cpuUsage(c); console.log(label.padEnd(20), ((u.user + u.system) / 1000).toFixed(0).padStart(5), 'ms cpu', (performance.now() - t0).toFixed(0).padStart(5), 'wall'); return r; };
const m = compileGlossary(terms);
const words = t('scan id', () => scanWords(text)) as any[];
t('scan en', () => scanEnglishWords(etext));
const d = [...new Set(scanEnglishWords(etext).map((w) => w.text))];
t('englishBases', () => d.map((w) => englishBases(w.toLowerCase())));
t('match id 1', () => m.matchSource(text));
t('match id 2', () => m.matchSource(text));
t('match en 1', () => m.matchTarget(etext));
t('match en 2', () => m.matchTarget(etext));
import { emptyVocabulary, addKey } from '../../src/core/glossary/vocabulary';
import { sourceTermKey } from '../../src/core/glossary/keys';
import { analyseWord } from '../../src/core/glossary/morphology/analyse';
{
  const v = emptyVocabulary();
  for (const term of terms) if (term.mode === 'derived' && !term.caseSensitive) for (const w of term.source.split(' ')) addKey(v, sourceTermKey(w, term));
  const distinct = [...new Set(words.map((w: any) => w.text.toLowerCase()))];
  const pass = distinct.filter((w) => v.derivedSignatures.foundIn(w));
  const hit = pass.filter((w) => { const a = analyseWord(w); return a ? v.derived.has(a.root) : false; });
  console.log('derived roots', v.derived.size, 'distinct', distinct.length, 'pass', pass.length, 'hit', hit.length);
  const lens = new Map(); for (const r of v.derived) lens.set(r.length, (lens.get(r.length) ?? 0) + 1); console.log([...lens].sort((a,b)=>a[0]-b[0]));
}
import { sourceTokenKeys, formVariants } from '../../src/core/glossary/keys';
{
  const v = emptyVocabulary();
  for (const term of terms) for (const w of term.source.split(' ')) addKey(v, sourceTermKey(w, term));
  const distinct = [...new Set(words.map((w: any) => w.text))];
  const fresh = distinct.map((w) => (' ' + w).slice(1));
  t('lower', () => fresh.map((w) => w.toLowerCase()));
  t('has', () => fresh.map((w) => v.forms.has(w)));
  t('clitic re', () => fresh.map((w) => /(?:nya|ku|mu|lah|kah|pun|tah)$/i.test(w)));
  t('foundIn', () => fresh.map((w) => v.derivedSignatures.foundIn(w)));
  t('formVariants', () => fresh.map((w) => formVariants(w)));
  t('sourceTokenKeys', () => fresh.map((w) => sourceTokenKeys(w, v)));
  t('sourceTokenKeys2', () => fresh.map((w) => sourceTokenKeys(w, v)));
}
