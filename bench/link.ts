/**
 * Linking projects to the development plan (ผ.02): precision and recall on the hand-written
 * evaluation set, and the time for 5,000 projects against a 3,000-entry plan. The large plan is
 * SYNTHETIC: the sample generator's projects, 3,000 of them retyped as ผ.02 entries the way
 * officers differ (prefix, ม. for หมู่ที่, ค.ส.ล.), the other 2,000 absent from the plan.
 * `npx tsx bench/link.ts` runs this section alone.
 */
import { linkProjects } from "../src/domain/devPlan/link";
import type { DevPlanEntry } from "../src/domain/devPlan/types";
import { normalizeText } from "../src/domain/parse/text";
import { generateSamplePlan } from "../src/sample/generatePlan";
import { devPlan, entry, evaluateLinks, project } from "../tests/devPlan/linkEval";
import { ms, table, timeRuns } from "./stats";

const FISCAL_YEAR = 2568;

export async function linkBench(runs: number): Promise<string> {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const e = evaluateLinks();
  const out = [
    "ผ.02 linking on the evaluation set (tests/devPlan/linkEval.ts, hand-written; the threshold was chosen on it)",
    table(["cases", "precision", "recall", "ambiguity offered"], [[e.cases, pct(e.precision), pct(e.recall), pct(e.ambiguityRecall)]]),
  ];

  const { projects, entries, source, origin } = syntheticPlan(5_000, 3_000);
  const plan = devPlan(entries);
  let links = linkProjects(projects, plan, FISCAL_YEAR);
  const t = await timeRuns(runs, () => (links = linkProjects(projects, plan, FISCAL_YEAR)));
  // Generated names repeat (about 8 % of them), so a link is right when the entry was retyped
  // from a project of the same name, whether or not this project's own entry.
  const sameName = (i: number, no: string) => origin[Number(no)] === projects[i].name;
  let right = 0;
  let wrong = 0;
  let ambiguous = 0;
  let missed = 0;
  links.forEach((l, i) => {
    if (l.ambiguous) ambiguous++;
    else if (l.entry) {
      if (sameName(i, l.entry.no)) right++;
      else wrong++;
    } else if (source[i] !== null) missed++;
  });
  out.push(
    `\nLinking ${projects.length.toLocaleString("en")} projects against ${entries.length.toLocaleString("en")} entries (SYNTHETIC, sample generator): median ${ms(t.median)} (min ${ms(t.min)}, max ${ms(t.max)}) of ${runs} runs`,
    table(["linked right", "linked wrong", "ambiguous", "in plan, not linked"], [[right, wrong, ambiguous, missed]]),
  );
  return out.join("\n");
}

/** The first `inPlan` generated projects get a retyped entry; the rest are not in the plan. */
export function syntheticPlan(n: number, inPlan: number) {
  const rows = generateSamplePlan({ projects: Math.ceil(n * 1.1), seed: 13, fiscalYear: FISCAL_YEAR })
    .projects.map((r) => r.cells ?? {})
    .filter((c) => typeof c.name === "string" && c.name.trim() !== "")
    .slice(0, n);
  const entries: DevPlanEntry[] = [];
  const source: (number | null)[] = [];
  const origin: string[] = [];
  const projects = rows.map((c, i) => {
    const name = String(c.name);
    const budget = typeof c.budget === "number" ? c.budget : undefined;
    if (i < inPlan) {
      entries.push(entry(String(entries.length), retype(name, i), i % 5 === 0 ? { 2569: budget ?? 100000 } : { 2568: budget ?? 100000 }, String(c.detail ?? ""), 10 + entries.length));
      source.push(entries.length - 1);
      origin.push(normalizeText(name));
    } else source.push(null);
    return project({ name, location: typeof c.location === "string" ? c.location : "", detail: typeof c.detail === "string" ? c.detail : "", budget });
  });
  return { projects, entries, source, origin };
}

/** How the same project reads in ผ.02: the officers' usual differences, varied by row. */
function retype(name: string, i: number): string {
  let s = normalizeText(name);
  if (i % 2 === 0) s = s.replace(/^โครงการ/, "");
  if (i % 3 === 0) s = s.replace(/หมู่ที่ (\d+)/g, "ม.$1");
  if (i % 4 === 0) s = s.replace(/คอนกรีตเสริมเหล็ก/g, "ค.ส.ล.").replace(/คสล\./g, "คอนกรีตเสริมเหล็ก");
  if (i % 7 === 0) s += " (เพิ่มเติม ครั้งที่ 1/2567)";
  return s;
}

if (require.main === module) {
  linkBench(Number(process.env.BENCH_RUNS ?? 5)).then(console.log, (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
