import fc from "fast-check";
import { editDistance, similarity } from "../../src/domain/textMatch";

/** Plain dynamic programming, as the reference the banded version must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

const thai = fc.string({ unit: fc.constantFrom(..."กขคงถนนคสลหมู่ที่ 12"), maxLength: 14 });

it("agrees with the full distance, capped at max + 1", () => {
  fc.assert(
    fc.property(thai, thai, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      const full = reference(a, b);
      expect(editDistance(a, b)).toBe(full);
      expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
    }),
    { numRuns: 500 },
  );
});

it("agrees with the full distance on long texts a few edits apart (the banded path)", () => {
  const letter = fc.constantFrom("ก", "ข", "ค", "า", "่", " ");
  const pair = fc
    .tuple(
      fc.string({ unit: letter, minLength: 101, maxLength: 220 }),
      fc.array(fc.tuple(fc.constantFrom("ins", "del", "sub"), fc.nat(), letter), { maxLength: 5 }),
    )
    .map(([a, edits]) => {
      let b = a;
      for (const [op, at, ch] of edits) {
        const i = at % (b.length + 1);
        b = op === "ins" ? b.slice(0, i) + ch + b.slice(i) : op === "del" ? b.slice(0, i) + b.slice(i + 1) : b.slice(0, i) + ch + b.slice(i + 1);
      }
      return [a, b] as const;
    });
  fc.assert(
    fc.property(pair, fc.integer({ min: 0, max: 3 }), ([a, b], k) => {
      const full = reference(a, b);
      expect(editDistance(a, b, k)).toBe(Math.min(full, k + 1));
      expect(editDistance(b, a, k)).toBe(Math.min(full, k + 1));
    }),
    { numRuns: 500 },
  );
});

it("stays fast on long texts when a limit is given", () => {
  const long = "ถนนคอนกรีตเสริมเหล็ก".repeat(1500);
  const t0 = performance.now();
  // The text ends in "ก": change it, then also change the first letter.
  expect(editDistance(long, long.slice(0, -1) + "ข", 1)).toBe(1);
  expect(editDistance(long, "ข" + long.slice(1, -1) + "ข", 1)).toBe(2);
  expect(performance.now() - t0).toBeLessThan(2000);
  expect(similarity("แผนงานการศึกษา", "แผนงานการศึกษา")).toBe(1);
});
