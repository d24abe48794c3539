import { EVAL_CASES, evaluateLinks } from "./linkEval";

describe("link evaluation set", () => {
  it("holds at least 60 cases, pairs and non-pairs", () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(60);
    expect(EVAL_CASES.filter((c) => c.truth === null).length).toBeGreaterThanOrEqual(10);
  });

  // The threshold was chosen on this set (linkScore.ts): a drop here is a regression, not noise.
  it("links with precision 1 and recall 1, ambiguity offered where it must be", () => {
    const r = evaluateLinks();
    expect(r.misses).toEqual([]);
    expect(r.precision).toBe(1);
    expect(r.recall).toBe(1);
    expect(r.ambiguityRecall).toBe(1);
  });
});
