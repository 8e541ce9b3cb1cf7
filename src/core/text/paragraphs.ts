import { isHeadingLine, isLabelLine } from './labels';

const LINE_BREAK = /\r\n?|\n/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A blank line counts only when it separates content; blank lines at the very start or end say nothing. */
function hasSeparatingBlankLine(lines: string[]): boolean {
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first++;
  let last = lines.length - 1;
  while (last > first && isBlank(lines[last])) last--;
  for (let i = first + 1; i < last; i++) {
    if (isBlank(lines[i])) return true;
  }
  return false;
}

function groupIntoBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * A block's lines as one paragraph, each run of white space one space; a
 * heading line ("Pasal 3") keeps its line break after it, which tells the
 * sentence splitter that it is a unit of its own.
 */
function joinBlock(block: string[]): string {
  const lines = block.map((line) => line.trim().replace(/\s+/g, ' ')).filter((line) => line !== '');
  return lines.map((line, i) => (i < lines.length - 1 ? line + (isHeadingLine(line) ? '\n' : ' ') : line)).join('');
}

/**
 * Paragraphs are blocks separated by blank lines. Text that has no blank
 * line at all is treated as one paragraph per line, which is how most
 * copied web articles arrive. Lone label lines ("Penulis", "ADVERTISEMENT")
 * are page furniture and are dropped.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  const blocks = hasSeparatingBlankLine(lines)
    ? groupIntoBlocks(lines)
    : lines.filter((line) => !isBlank(line)).map((line) => [line]);
  return blocks
    .filter((block) => !(block.length === 1 && isLabelLine(block[0])))
    .map(joinBlock);
}
