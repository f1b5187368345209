/**
 * Strings as small dense numbers for the length of one merge: numbers compare in one instruction and
 * key maps without hashing a string. Created per run, so it grows with the run's distinct values only.
 */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let v = this.ids.get(s);
    if (v === undefined) this.ids.set(s, (v = this.ids.size));
    return v;
  }
}
