import { describe, expect, it } from 'vitest';
import { checkTermInput, termSourceKey } from '../../../src/core/glossary';

describe('checkTermInput', () => {
  it('accepts a minimal term with defaults and tidied white space', () => {
    expect(checkTermInput({ source: '  pasukan   keamanan ', targets: 'security forces\n\n troops ' })).toEqual({
      ok: true,
      term: { source: 'pasukan keamanan', targets: ['security forces', 'troops'], note: '', mode: 'forms', status: 'approved', caseSensitive: false, documentId: null },
    });
  });

  it('reads every field', () => {
    const result = checkTermInput({ source: 'CSTO', targets: ['CSTO', 'CSTO'], note: ' acronym ', mode: 'derived', status: 'proposed', caseSensitive: 'on', documentId: '7' });
    expect(result).toEqual({
      ok: true,
      term: { source: 'CSTO', targets: ['CSTO'], note: 'acronym', mode: 'derived', status: 'proposed', caseSensitive: true, documentId: 7 },
    });
  });

  it.each([
    [{ targets: 'x' }, [['source', 'required']]],
    [{ source: 'a', targets: '' }, [['targets', 'required']]],
    [{ source: '!!!', targets: 'x' }, [['source', 'no_words']]],
    [{ source: 'a'.repeat(201), targets: 'x' }, [['source', 'too_long']]],
    [{ source: 'a', targets: ['x', 3] }, [['targets', 'not_text']]],
    [{ source: 'a', targets: Array.from({ length: 21 }, (_, i) => `t${i}`) }, [['targets', 'too_many_targets']]],
    [{ source: 'a', targets: ['x|y'] }, [['targets', 'separator']]],
    [{ source: 'a', targets: 'x', mode: 'stem' }, [['mode', 'invalid_choice']]],
    [{ source: 'a', targets: 'x', status: 'done' }, [['status', 'invalid_choice']]],
    [{ source: 'a', targets: 'x', caseSensitive: 'maybe' }, [['caseSensitive', 'invalid_choice']]],
    [{ source: 'a', targets: 'x', documentId: 'abc' }, [['documentId', 'invalid_document']]],
    [{ source: 5, targets: 'x', note: 'n'.repeat(2001) }, [['source', 'not_text'], ['note', 'too_long']]],
  ])('refuses %j', (input, expected) => {
    const result = checkTermInput(input as Record<string, unknown>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.field, e.code])).toEqual(expected);
  });
});

describe('termSourceKey', () => {
  it.each([
    ['Pasukan  Keamanan', false, 'pasukan keamanan'],
    ['CSTO', true, 'CSTO'],
    ['CSTO', false, 'csto'],
  ])('%s (case-sensitive %s) → %s', (source, caseSensitive, key) => {
    expect(termSourceKey(source, caseSensitive)).toBe(key);
  });
});
