import type { DeepLClient, MultilingualGlossaryInfo } from 'deepl-node';
import { deeplNode } from './deepl-package';
import { glossaryVersion } from '../core/machine-translation/glossary-entries';
import type { GlossaryEntry, GlossaryRef } from '../core/machine-translation/types';

const SOURCE_LANG = 'id';
// Glossaries are not regional: one 'en' dictionary serves en-US and en-GB.
const TARGET_LANG = 'en';

/**
 * Keeps one DeepL v3 glossary in step with the approved terms, calling DeepL
 * as little as possible: nothing is uploaded while the version is unchanged,
 * the dictionary is replaced in place when terms change, and a glossary is
 * created only the first time or when DeepL lost the previous one.
 */
export class DeepLGlossarySync {
  private pairSupported?: Promise<boolean>;

  constructor(
    private readonly client: DeepLClient,
    private readonly name: string,
  ) {}

  async sync(entries: GlossaryEntry[], previous: GlossaryRef | null | undefined): Promise<GlossaryRef | null> {
    if (entries.length === 0) {
      if (previous) await this.deleteIfPresent(previous.id);
      return null;
    }
    if (!(await this.supportsIdToEn())) return null;
    const version = glossaryVersion(entries);
    const existing = previous ? await this.find(previous.id) : null;
    if (!existing) return this.create(entries, version);
    const dictionary = existing.dictionaries.find(isIdToEn);
    if (previous!.version === version && dictionary?.entryCount === entries.length) {
      return { id: existing.glossaryId, version, entryCount: dictionary.entryCount };
    }
    const replaced = await this.client.replaceMultilingualGlossaryDictionary(existing.glossaryId, toDictionary(entries));
    return { id: existing.glossaryId, version, entryCount: replaced.entryCount };
  }

  async drop(ref: GlossaryRef): Promise<void> {
    await this.deleteIfPresent(ref.id);
  }

  /** DeepL only keeps glossaries for some language pairs; asked once per translator. */
  private supportsIdToEn(): Promise<boolean> {
    this.pairSupported ??= this.client
      .getGlossaryLanguagePairs()
      .then((pairs) => pairs.some((pair) => isIdToEn({ sourceLangCode: pair.sourceLang, targetLangCode: pair.targetLang })))
      .catch((error: unknown) => {
        this.pairSupported = undefined;
        throw error;
      });
    return this.pairSupported;
  }

  private async create(entries: GlossaryEntry[], version: string): Promise<GlossaryRef> {
    const info = await this.client.createMultilingualGlossary(this.name, [toDictionary(entries)]);
    const entryCount = info.dictionaries.find(isIdToEn)?.entryCount ?? entries.length;
    return { id: info.glossaryId, version, entryCount };
  }

  private async find(id: string): Promise<MultilingualGlossaryInfo | null> {
    try {
      return await this.client.getMultilingualGlossary(id);
    } catch (error) {
      if (error instanceof deeplNode().GlossaryNotFoundError) return null;
      throw error;
    }
  }

  private async deleteIfPresent(id: string): Promise<void> {
    try {
      await this.client.deleteMultilingualGlossary(id);
    } catch (error) {
      if (!(error instanceof deeplNode().GlossaryNotFoundError)) throw error;
    }
  }
}

function isIdToEn(pair: { sourceLangCode: string; targetLangCode: string }): boolean {
  return pair.sourceLangCode.toLowerCase() === SOURCE_LANG && pair.targetLangCode.toLowerCase() === TARGET_LANG;
}

function toDictionary(entries: GlossaryEntry[]) {
  const glossaryEntries = new (deeplNode().GlossaryEntries)();
  for (const entry of entries) glossaryEntries.add(entry.source, entry.target);
  return { sourceLangCode: SOURCE_LANG, targetLangCode: TARGET_LANG, entries: glossaryEntries };
}
