/**
 * A memo for pure functions of strings that repeat across thousands of reports (names, dates, statement
 * texts). It empties itself when full, so a long run over many distinct values cannot grow it without bound.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value for `key`, computed by `compute` the first time (and again after the cache emptied). */
  get(key: string, compute: (key: string) => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, (value = compute(key)));
    }
    return value;
  }
}
