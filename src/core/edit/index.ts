export * from './links';
export * from './undo';
export * from './units';
export { realignRange } from './realign';
export * from './segment-text';
