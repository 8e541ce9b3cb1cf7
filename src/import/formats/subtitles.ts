import type { NodeCue } from 'subtitle';
import { subtitlePackage } from './packages';
import { DEFAULT_FILE_LIMITS, documentOf, FormatError, type Block, type FileLimits, type ReadDocument } from './blocks';
import { decodeTextFile } from '../decode';

/**
 * SubRip (.srt) and WebVTT (.vtt) through the `subtitle` parser: each cue is
 * one unit with its start and end times (milliseconds); formatting tags
 * (<i>, <b>, <v Speaker>, ASS overrides such as {\an8}) are dropped and the
 * cue's lines joined.
 */
export function readSubtitles(
  bytes: Uint8Array,
  field: string,
  fileName: string,
  format: 'srt' | 'vtt',
  { maxCues }: FileLimits = DEFAULT_FILE_LIMITS,
): ReadDocument {
  const text = decodeTextFile(bytes, field, fileName).replace(/\r\n?/g, '\n');
  let nodes;
  try {
    nodes = subtitlePackage().parseSync(text);
  } catch {
    throw new FormatError('broken_subtitles', `${fileName || 'The file'} is not a readable subtitle file.`, field, { file: fileName });
  }
  const cues = nodes.filter((n): n is NodeCue => n.type === 'cue');
  if (cues.length > maxCues) {
    throw new FormatError('too_many_cues', `${fileName || 'The file'} has more than ${maxCues} cues.`, field, {
      file: fileName,
      max: maxCues,
    });
  }
  const blocks: Block[] = cues.map(({ data }) => ({ kind: 'cue', start: data.start, end: data.end, text: cueText(data.text) }));
  if (blocks.length === 0) {
    throw new FormatError('broken_subtitles', `${fileName || 'The file'} holds no subtitle cues.`, field, { file: fileName });
  }
  return documentOf(format, blocks);
}

function cueText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s*\n\s*/g, ' ');
}

export { formatCueTime } from '../../core/text/structure';
