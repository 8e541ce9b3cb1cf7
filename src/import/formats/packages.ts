import { loadPackage } from '../../load-package';

/**
 * The file format readers' packages, loaded when a file of their format is
 * first read. Large files are read on the compute workers; a server that
 * takes only text and JSON, and most commands, never load these.
 */
export const readabilityPackage = loadPackage<typeof import('@mozilla/readability')>('@mozilla/readability');
export const linkedomPackage = loadPackage<typeof import('linkedom')>('linkedom');
export const mammothPackage = loadPackage<typeof import('mammoth')>('mammoth');
export const markedPackage = loadPackage<typeof import('marked')>('marked');
export const subtitlePackage = loadPackage<typeof import('subtitle')>('subtitle');
export const htmlparser2Package = loadPackage<typeof import('htmlparser2')>('htmlparser2');
