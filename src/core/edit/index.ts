export * from './links';
export * from './undo';
export * from './units';
export { realignRange, withConfirmed } from './realign';
export * from './english-rows';
export * from './sentence-reuse';
export * from './segment-text';
export * from './passages';
export * from './source-text';
