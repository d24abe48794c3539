/**
 * The integration workbook's plan, read by the real reader: the entries and the tree written by
 * hand beside it (integrationBook.ts) by someone other than the reader's author. Objective and
 * target are not compared (the hand-written entries leave them out).
 */
import { readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { devPlanStrategies } from "../../src/domain/devPlan/tree";
import { planOf, planOnly, TREE } from "./integrationBook";
import { sheetsOf } from "./workbooks/readBack";

const comparable = (e: { objective: string; target: string }) => ({ ...e, objective: "", target: "" });

it("reads every entry of the hand-built ผ.02 as written beside it, and its tree", async () => {
  const plan = readDevPlan(await sheetsOf(await planOnly()), "file")!;
  const truth = planOf("file");
  expect(plan.entries.map(comparable)).toEqual(truth.entries.map(comparable));
  expect(plan.years).toEqual(truth.years);
  expect(plan.sheets.map((s) => [s.name, s.form, s.read, s.entries, s.years])).toEqual(truth.sheets.map((s) => [s.name, s.form, s.read, s.entries, s.years]));
  expect(devPlanStrategies(plan).map(({ name, number, approaches, plans }) => ({ name, number, approaches, plans }))).toEqual(
    TREE.map(({ name, number, approaches, plans }) => ({ name, number, approaches, plans })),
  );
});
