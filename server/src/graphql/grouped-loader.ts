import DataLoader from 'dataloader';

/**
 * A loader of the rows belonging to each key: `load` fetches the rows of every key asked for in
 * one tick (one `IN (...)` query), `keyOf` says which key a row belongs to.
 */
export function groupedLoader<T>(
  load: (keys: readonly number[]) => Promise<T[]>,
  keyOf: (row: T) => number,
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<number, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(r);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}
