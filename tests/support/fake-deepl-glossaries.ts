/** In-memory v3 glossaries for the fake DeepL server. */

export interface FakeDictionary {
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
}

export interface FakeGlossary {
  id: string;
  name: string;
  creationTime: string;
  dictionaries: FakeDictionary[];
}

export class GlossaryStoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class FakeGlossaryStore {
  private readonly glossaries = new Map<string, FakeGlossary>();
  private created = 0;

  list(): FakeGlossary[] {
    return [...this.glossaries.values()];
  }

  get(id: string): FakeGlossary {
    const glossary = this.glossaries.get(id);
    if (!glossary) throw new GlossaryStoreError(404, 'Glossary not found');
    return glossary;
  }

  has(id: string): boolean {
    return this.glossaries.has(id);
  }

  create(name: string, dictionaries: FakeDictionary[]): FakeGlossary {
    if (!name) throw new GlossaryStoreError(400, "Value for 'name' not provided");
    if (dictionaries.length === 0) throw new GlossaryStoreError(400, "Value for 'dictionaries' not provided");
    this.created++;
    const id = `00000000-0000-4000-8000-${String(this.created).padStart(12, '0')}`;
    const glossary = { id, name, creationTime: new Date().toISOString(), dictionaries };
    this.glossaries.set(id, glossary);
    return glossary;
  }

  /** PUT …/dictionaries: the dictionary for this pair is replaced whole, or added. */
  replaceDictionary(id: string, dictionary: FakeDictionary): FakeDictionary {
    const glossary = this.get(id);
    glossary.dictionaries = glossary.dictionaries.filter((d) => !samePair(d, dictionary)).concat(dictionary);
    return dictionary;
  }

  /** PATCH: entries are merged into the existing dictionary of the pair. */
  mergeDictionary(id: string, dictionary: FakeDictionary): void {
    const glossary = this.get(id);
    const existing = glossary.dictionaries.find((d) => samePair(d, dictionary));
    if (!existing) glossary.dictionaries.push(dictionary);
    else for (const [source, target] of dictionary.entries) existing.entries.set(source, target);
  }

  rename(id: string, name: string): void {
    this.get(id).name = name;
  }

  delete(id: string): void {
    this.get(id);
    this.glossaries.delete(id);
  }

  deleteDictionary(id: string, sourceLang: string, targetLang: string): void {
    const glossary = this.get(id);
    const before = glossary.dictionaries.length;
    glossary.dictionaries = glossary.dictionaries.filter((d) => !samePair(d, { sourceLang, targetLang }));
    if (glossary.dictionaries.length === before) throw new GlossaryStoreError(404, 'Dictionary not found');
  }

  /** The dictionary a translation from `sourceLang` into `targetLang` (regional or not) would use. */
  dictionaryFor(id: string, sourceLang: string, targetLang: string): FakeDictionary | undefined {
    const target = targetLang.toLowerCase().split('-')[0]!;
    return this.glossaries.get(id)?.dictionaries.find((d) => samePair(d, { sourceLang, targetLang: target }));
  }
}

function samePair(a: { sourceLang: string; targetLang: string }, b: { sourceLang: string; targetLang: string }): boolean {
  return a.sourceLang.toLowerCase() === b.sourceLang.toLowerCase() && a.targetLang.toLowerCase() === b.targetLang.toLowerCase();
}

export function parseEntries(text: string, format: string): Map<string, string> {
  const separator = format === 'csv' ? ',' : '\t';
  if (format !== 'tsv' && format !== 'csv') throw new GlossaryStoreError(400, `Unsupported entries_format '${format}'`);
  const entries = new Map<string, string>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.length === 0) continue;
    const fields = line.split(separator);
    if (fields.length !== 2 || !fields[0] || !fields[1]) throw new GlossaryStoreError(400, `Invalid glossary entry '${line}'`);
    if (entries.has(fields[0])) throw new GlossaryStoreError(400, `Duplicate source term '${fields[0]}'`);
    entries.set(fields[0], fields[1]);
  }
  return entries;
}

export function dictionaryJson(dictionary: FakeDictionary) {
  return { source_lang: dictionary.sourceLang, target_lang: dictionary.targetLang, entry_count: dictionary.entries.size };
}

export function glossaryJson(glossary: FakeGlossary) {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    dictionaries: glossary.dictionaries.map(dictionaryJson),
    creation_time: glossary.creationTime,
  };
}

export function entriesTsv(dictionary: FakeDictionary): string {
  return [...dictionary.entries].map(([source, target]) => `${source}\t${target}`).join('\n');
}
