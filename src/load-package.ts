import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded on its first use rather than when the server starts. Most
 * processes never need some of them (pg with SQLite, deepl-node without a key,
 * prom-client without metrics, the file format readers outside the compute
 * workers), and each costs the process memory for as long as it runs:
 * together about 30 MB of a server at rest. Only for CommonJS packages, which
 * `require` loads synchronously. Use the package's types through
 * `import type`, so the static import graph does not load it.
 */
export function loadPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
