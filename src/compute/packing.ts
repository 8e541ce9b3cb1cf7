import type { Link } from '../core/model';
import { slicer } from '../event-loop-slices';

/**
 * Results as they cross from a worker to the main thread. Structured cloning
 * rebuilds every object on the receiving thread in one go: the 100,000
 * sentences and links of a 20,000-paragraph import held the main thread for
 * 0.15–0.35 s. Packed into one string and typed arrays they arrive at once,
 * and the objects are rebuilt here in slices between which the event loop
 * turns.
 */

export interface Paragraph {
  text: string;
  sentences: string[];
}

/** Paragraphs as one string of all their texts and sentences, the length of each, and each paragraph's sentence count. */
export interface PackedParagraphs {
  chars: string;
  lengths: Uint32Array;
  sentenceCounts: Uint32Array;
}

export function packParagraphs(paragraphs: readonly Paragraph[]): PackedParagraphs {
  const strings: string[] = [];
  const sentenceCounts = new Uint32Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    strings.push(paragraphs[i].text);
    for (const s of paragraphs[i].sentences) strings.push(s);
    sentenceCounts[i] = paragraphs[i].sentences.length;
  }
  return { chars: strings.join(''), lengths: Uint32Array.from(strings, (s) => s.length), sentenceCounts };
}

export async function unpackParagraphs({ chars, lengths, sentenceCounts }: PackedParagraphs): Promise<Paragraph[]> {
  const pause = slicer();
  const out: Paragraph[] = new Array(sentenceCounts.length);
  let at = 0;
  let k = 0;
  const next = () => chars.slice(at, (at += lengths[k++]));
  for (let i = 0; i < sentenceCounts.length; i++) {
    const text = next();
    const sentences: string[] = new Array(sentenceCounts[i]);
    for (let j = 0; j < sentences.length; j++) sentences[j] = next();
    out[i] = { text, sentences };
    const turn = pause();
    if (turn) await turn;
  }
  return out;
}

/** Links as [source count, target count, ...source, ...target] each, their confidences and whether they are confirmed. */
export interface PackedLinks {
  shape: Int32Array;
  confidence: Float64Array;
  confirmed: Uint8Array;
}

const ABSENT = 0;
const UNCONFIRMED = 1;
const CONFIRMED = 2;

export function packLinks(links: readonly Link[]): PackedLinks {
  let size = 0;
  for (const l of links) size += 2 + l.source.length + l.target.length;
  const shape = new Int32Array(size);
  const confidence = new Float64Array(links.length);
  const confirmed = new Uint8Array(links.length);
  let at = 0;
  for (let i = 0; i < links.length; i++) {
    const { source, target } = links[i];
    shape[at++] = source.length;
    shape[at++] = target.length;
    shape.set(source, at);
    shape.set(target, (at += source.length));
    at += target.length;
    confidence[i] = links[i].confidence;
    const flag = links[i].confirmed;
    confirmed[i] = flag === undefined ? ABSENT : flag ? CONFIRMED : UNCONFIRMED;
  }
  return { shape, confidence, confirmed };
}

export async function unpackLinks({ shape, confidence, confirmed }: PackedLinks): Promise<Link[]> {
  const pause = slicer();
  const out: Link[] = new Array(confidence.length);
  let at = 0;
  const take = (n: number) => {
    const list: number[] = new Array(n);
    for (let j = 0; j < n; j++) list[j] = shape[at++];
    return list;
  };
  for (let i = 0; i < confidence.length; i++) {
    const sourceCount = shape[at++];
    const targetCount = shape[at++];
    const source = take(sourceCount);
    const link: Link = { source, target: take(targetCount), confidence: confidence[i] };
    if (confirmed[i] !== ABSENT) link.confirmed = confirmed[i] === CONFIRMED;
    out[i] = link;
    const turn = pause();
    if (turn) await turn;
  }
  return out;
}

/**
 * Lists of texts (the sentences of each side of each sentence link) as they go to a worker: one
 * string of all texts, the length of each, and each list's count. Cloning one string and two typed
 * arrays costs the sending thread far less than thousands of small arrays.
 */
export interface PackedTextLists {
  chars: string;
  lengths: Uint32Array;
  counts: Uint32Array;
}

export function packTextLists(lists: readonly (readonly string[])[]): PackedTextLists {
  const strings: string[] = [];
  const counts = new Uint32Array(lists.length);
  for (let i = 0; i < lists.length; i++) {
    for (const text of lists[i]) strings.push(text);
    counts[i] = lists[i].length;
  }
  const lengths = new Uint32Array(strings.length);
  for (let k = 0; k < strings.length; k++) lengths[k] = strings[k].length;
  return { chars: strings.join(''), lengths, counts };
}

/** In the worker, where rebuilding holds no event loop anyone waits on: in one go. */
export function unpackTextLists({ chars, lengths, counts }: PackedTextLists): string[][] {
  const out: string[][] = new Array(counts.length);
  let at = 0;
  let k = 0;
  for (let i = 0; i < counts.length; i++) {
    const list: string[] = new Array(counts[i]);
    for (let j = 0; j < list.length; j++) list[j] = chars.slice(at, (at += lengths[k++]));
    out[i] = list;
  }
  return out;
}
