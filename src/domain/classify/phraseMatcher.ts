/**
 * Finds which of many phrases occur in a text, in one pass over the text: phrases are filed
 * under their first two characters, so each position costs one map look-up instead of a
 * search for every phrase (600 `includes` per project made 10,000 projects take seconds).
 */
export class PhraseMatcher<T> {
  private readonly byPrefix = new Map<string, { phrase: string; value: T }[]>();
  private readonly single = new Map<string, { phrase: string; value: T }[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      if (!phrase) continue;
      const table = phrase.length === 1 ? this.single : this.byPrefix;
      const key = phrase.slice(0, 2);
      const list = table.get(key) ?? [];
      list.push({ phrase, value });
      table.set(key, list);
    }
  }

  /** The value of every phrase that occurs in the text, each phrase once. */
  matches(text: string): T[] {
    const seen = new Set<string>();
    const out: T[] = [];
    const take = (list: { phrase: string; value: T }[] | undefined, i: number) => {
      if (!list) return;
      for (const e of list)
        if (!seen.has(e.phrase) && text.startsWith(e.phrase, i)) {
          seen.add(e.phrase);
          out.push(e.value);
        }
    };
    for (let i = 0; i < text.length; i++) {
      take(this.byPrefix.get(text.slice(i, i + 2)), i);
      if (this.single.size) take(this.single.get(text[i]), i);
    }
    return out;
  }
}
