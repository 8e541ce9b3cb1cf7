import { describe, expect, it } from 'vitest';
import { addRoots } from '../../../src/core/glossary/morphology/dictionary';
import { rootText, stemText } from '../../../src/core/search/words';

describe('the search column of a sentence', () => {
  it('holds each Indonesian word’s root, the same however often the words come', () => {
    const once = rootText('Pasukan menyerang kota, lalu diserang lagi.');
    expect(once).toBe('pasukan serang kota lalu serang lagi');
    expect(rootText('Pasukan menyerang kota, lalu diserang lagi.')).toBe(once);
    expect(rootText('DISERANG')).toBe('serang');
  });

  it('follows a root dictionary installed after words were reduced', () => {
    // An invented root: before it is known the word is read another way; afterwards by it.
    expect(rootText('Mereka mengelotak pintu.')).not.toBe('mereka kelotak pintu');
    addRoots(['kelotak']);
    expect(rootText('Mereka mengelotak pintu.')).toBe('mereka kelotak pintu');
  });

  it('holds English stems without stop words, the same on every call', () => {
    expect(stemText('The soldiers were attacking the cities.')).toBe('soldier attack citi');
    expect(stemText('The soldiers were attacking the cities.')).toBe('soldier attack citi');
    expect(stemText('the and of')).toBe('');
  });
});
