export * from './types';
export * from './errors';
export * from './planner';
export * from './cache-key';
export * from './glossary-entries';
export * from './concurrency';
export { formEncodedLength } from './form-size';
export { splitSentencesRough } from './sentence-split';
export * from './run-plan';
