/**
 * Finds which of many phrases occur in a text, in one pass over the text: phrases are filed
 * under their first two characters, so each position costs one map look-up instead of a
 * search for every phrase (600 `includes` per project made 10,000 projects take seconds).
 * Keys are numbers made of the two UTF-16 codes, so the scan allocates no strings.
 */
export class PhraseMatcher<T> {
  private readonly byPrefix = new Map<number, { phrase: string; value: T }[]>();
  private readonly single = new Map<number, { phrase: string; value: T }[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      if (!phrase) continue;
      const table = phrase.length === 1 ? this.single : this.byPrefix;
      const key = phrase.length === 1 ? phrase.charCodeAt(0) : pairKey(phrase, 0);
      const list = table.get(key) ?? [];
      list.push({ phrase, value });
      table.set(key, list);
    }
  }

  /** The value of every phrase that occurs in the text, each phrase once. */
  matches(text: string): T[] {
    let seen: Set<string> | null = null;
    const out: T[] = [];
    const take = (list: { phrase: string; value: T }[] | undefined, i: number) => {
      if (!list) return;
      for (const e of list)
        if (text.startsWith(e.phrase, i) && !seen?.has(e.phrase)) {
          (seen ??= new Set()).add(e.phrase);
          out.push(e.value);
        }
    };
    const singles = this.single.size > 0;
    for (let i = 0; i < text.length; i++) {
      if (i + 1 < text.length) take(this.byPrefix.get(pairKey(text, i)), i);
      if (singles) take(this.single.get(text.charCodeAt(i)), i);
    }
    return out;
  }
}

const pairKey = (s: string, i: number) => s.charCodeAt(i) * 65_536 + s.charCodeAt(i + 1);
