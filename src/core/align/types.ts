/** The aligner speaks the vocabulary's link: which source units face which target units, and how surely. */
export type { Link } from '../model';
