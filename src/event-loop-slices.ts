/**
 * Long runs on the main thread cut into slices between which the event loop turns, so one
 * request's long document does not keep every other visitor waiting.
 */

/** A run yields to the event loop after holding it this long. */
export const SLICE_MS = 8;

/**
 * Call the function it returns once per item of a long run: it answers a promise to await when
 * the run has held the event loop for a slice (resolved on the loop's next turn), else undefined.
 */
export function slicer(sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let start = performance.now();
  let count = 0;
  return () => {
    // Reading the clock costs more than handling one item: every 256 items is often enough.
    if ((++count & 255) !== 0 || performance.now() - start < sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        start = performance.now();
        resolve();
      }),
    );
  };
}
