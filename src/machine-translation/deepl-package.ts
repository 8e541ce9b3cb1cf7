import { loadPackage } from '../load-package';

/** deepl-node, loaded when DeepL is first used: a server without a key never needs it. */
export const deeplNode = loadPackage<typeof import('deepl-node')>('deepl-node');
