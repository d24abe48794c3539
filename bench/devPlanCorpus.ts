/**
 * Link precision and recall on the hand-built development-plan corpus (tests/devPlan/corpus):
 * each annual plan read as the CLI reads it, its ผ.02 read by readDevPlan, every project linked by
 * linkProjects and compared with the entry the truth names. Printed, never asserted.
 */
import { readPlanSheets, readPlanWorkbook } from "../src/commands/checkWorkbook";
import { linkProjects } from "../src/domain/devPlan/link";
import { readDevPlan } from "../src/domain/devPlan/readDevPlan";
import { ExcelJsWorkbook } from "../src/workbook/exceljsWorkbook";
import { DEV_PLAN_CORPUS, linkPairs } from "../tests/devPlan/corpus";
import { table } from "./stats";

interface Tally {
  /** Projects of the truth. */
  projects: number;
  /** Projects of the truth the reader did not list. */
  unread: number;
  /** Links the truth expects (projects with an entry). */
  expected: number;
  /** Links made (entry not null). */
  made: number;
  /** Links made to the expected entry. */
  correct: number;
  /** Projects with no entry in the truth left unlinked. */
  abstained: number;
  /** Projects the linker called ambiguous. */
  ambiguous: number;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

async function tallyCase(id: string): Promise<Tally> {
  const c = DEV_PLAN_CORPUS.find((x) => x.id === id)!;
  const pairs = linkPairs([c]);
  const annual = await ExcelJsWorkbook.fromBuffer(await c.annual.build());
  const reading = await readPlanWorkbook(annual);
  const planBook = c.plan ? await ExcelJsWorkbook.fromBuffer(await c.plan.build()) : annual;
  const plan = readDevPlan(await readPlanSheets(planBook), c.plan ? "file" : "workbook");
  // The fiscal year of the truth: what the linker is judged on here is the linking, not the year's reading.
  const links = plan ? linkProjects(reading.projects, plan, c.fiscalYear) : [];
  const t: Tally = { projects: pairs.length, unread: 0, expected: 0, made: 0, correct: 0, abstained: 0, ambiguous: 0 };
  for (const pair of pairs) {
    const i = reading.projects.findIndex((p) => p.sheet === pair.project.sheet && p.row + 1 === pair.project.row);
    if (i < 0) t.unread++;
    const link = i < 0 ? undefined : links[i];
    const got = link?.entry ?? null;
    if (pair.expected) t.expected++;
    if (got) t.made++;
    if (got && pair.expected && got.sheet === pair.expected.sheet && got.row === pair.expected.row) t.correct++;
    if (!got && !pair.expected) t.abstained++;
    if (link?.ambiguous) t.ambiguous++;
  }
  return t;
}

export async function devPlanCorpusBench(): Promise<string> {
  const rows: (string | number)[][] = [];
  const all: Tally = { projects: 0, unread: 0, expected: 0, made: 0, correct: 0, abstained: 0, ambiguous: 0 };
  for (const c of DEV_PLAN_CORPUS) {
    const t = await tallyCase(c.id);
    for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
    rows.push([c.id, t.projects, t.unread, t.expected, t.made, t.correct, pct(t.correct, t.made), pct(t.correct, t.expected), `${t.abstained}/${t.projects - t.expected}`, t.ambiguous]);
  }
  rows.push(["all", all.projects, all.unread, all.expected, all.made, all.correct, pct(all.correct, all.made), pct(all.correct, all.expected), `${all.abstained}/${all.projects - all.expected}`, all.ambiguous]);
  return (
    "แผนพัฒนาท้องถิ่น: links to ผ.02 entries on the hand-built corpus (tests/devPlan/corpus)\n" +
    table(["case", "projects", "unread", "expected links", "links made", "correct", "precision", "recall", "no entry, left unlinked", "ambiguous"], rows)
  );
}
