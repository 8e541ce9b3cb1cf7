export type { Link } from './types';
export { alignUnits, type AlignOptions } from './align-units';
export { alignDocument, type DocumentAlignment, type DocumentAlignOptions } from './align-document';
export { alignParagraphs, sentencesOf } from './align-paragraphs';
export { alignByChapters, chapterBeginnings } from './chapters';
export type { SideTimes, TimeSpan } from './times';
