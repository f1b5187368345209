/**
 * Values keyed by a reported item: an article id and the item's ref within the article (a contact id,
 * "condition:2"). One small flat list per article, not a Map per article nor an "article#ref" key
 * string per item: at 100k articles the previous briefing cites some 60k articles with one or two
 * items each, and a Map per article (or a key string built and hashed per source) was most of the
 * cost of carrying ids over and of telling restated conditions.
 */
export class ReportedItems<V> {
  /** Per article id: item ref, value, item ref, value, … */
  private readonly byArticle = new Map<string, Array<string | V>>();

  /** Sets the value of an item (replacing an earlier one). */
  set(articleId: string, itemRef: string, value: V): void {
    const entries = this.byArticle.get(articleId);
    if (!entries) {
      this.byArticle.set(articleId, [itemRef, value]);
      return;
    }
    for (let k = 0; k < entries.length; k += 2) {
      if (entries[k] === itemRef) {
        entries[k + 1] = value;
        return;
      }
    }
    entries.push(itemRef, value);
  }

  get(articleId: string, itemRef: string): V | undefined {
    const entries = this.byArticle.get(articleId);
    if (entries) for (let k = 0; k < entries.length; k += 2) if (entries[k] === itemRef) return entries[k + 1] as V;
    return undefined;
  }
}
