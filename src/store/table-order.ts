import type { ForeignKey } from './dialect';

/**
 * Orders tables so that every table comes after the tables it refers to,
 * keeping the given order where foreign keys leave a choice. A table that
 * refers to itself is fine (its rows are copied in key order).
 */
export function orderByForeignKeys(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const pending = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { table, references } of foreignKeys) {
    if (table !== references && pending.has(references)) pending.get(table)?.add(references);
  }
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending.keys()].find((t) => [...pending.get(t)!].every((ref) => !pending.has(ref)));
    if (ready === undefined) {
      throw new Error(`Tables refer to each other in a cycle (${[...pending.keys()].join(', ')}); no copy order exists.`);
    }
    ordered.push(ready);
    pending.delete(ready);
  }
  return ordered;
}
