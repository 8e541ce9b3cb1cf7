export type { Lang, TextSpan, Token, SegmentedParagraph } from './types';
export { normalizeLine, normalizeText } from './normalize';
export { splitParagraphs } from './paragraphs';
export { isHeadingLine, isLabelLine } from './labels';
export { splitSentences } from './sentences';
export { tokenize } from './tokens';
export { segmentDocument } from './segment';
