import { STANDARD_PLANS, type StandardPlan } from "../catalog";
import { planKey } from "../planNames";

/**
 * The standard แผนงาน to name in the fix for an unknown label, or null when none is close.
 *
 * Plain edit distance favours the shortest names: it offers แผนงานการศึกษา for "แผนงานโยธา".
 * What people type is usually a standard name shortened or lengthened ("โยธา", "การศาสนาและ
 * วัฒนธรรม", "สาธารณสุขและสิ่งแวดล้อม"), so the measure is how much of the shorter of the two
 * appears, in order, in the longer; ties go to the closer lengths.
 */
export function suggestPlan(label: string): StandardPlan | null {
  const key = planKey(label);
  // A paragraph pasted into the แผนงาน cell names no plan, and would cost a table per row.
  if (!key || key.length > 200) return null;
  let best: { plan: StandardPlan; overlap: number; dice: number } | null = null;
  for (const plan of STANDARD_PLANS) {
    const full = planKey(plan.name);
    for (const std of new Set([full, full.replace(/^การ/, "")])) {
      const common = commonSubsequence(key, std);
      const overlap = common / Math.min(key.length, std.length);
      const dice = (2 * common) / (key.length + std.length);
      if (!best || overlap > best.overlap || (overlap === best.overlap && dice > best.dice)) best = { plan, overlap, dice };
    }
  }
  // Below this, the letters in common are the common letters of Thai, not a shared word.
  return best && best.overlap >= 0.6 ? best.plan : null;
}

/** Length of the longest common subsequence; one row of the table at a time. */
function commonSubsequence(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}
