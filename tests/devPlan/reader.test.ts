import { readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { devPlanStrategies } from "../../src/domain/devPlan/tree";
import type { DevPlan } from "../../src/domain/devPlan/types";
import { DEV_PLAN_CASES } from "./workbooks";
import { sheetsOf } from "./workbooks/readBack";

describe.each(DEV_PLAN_CASES.map((c) => [c.id, c] as const))("ผ.02 workbook %s", (_id, c) => {
  let plan: DevPlan | null;
  beforeAll(async () => {
    plan = readDevPlan(await sheetsOf(await c.build()), "file");
  });

  test("recognises its plan sheets, and only those", () => {
    expect(plan).not.toBeNull();
    expect(
      plan!.sheets.map((s) => ({ name: s.name, form: s.form, read: s.read, entries: s.entries, years: s.years, profile: s.profile, ...(s.hidden ? { hidden: true } : {}) })),
    ).toEqual(c.truth.sheets);
    expect(plan!.years).toEqual(c.truth.years);
    expect(plan!.profile?.id ?? null).toBe(c.truth.profile);
  });

  test("reads every entry exactly", () => {
    const got = plan!.entries.map((e) => ({
      sheet: e.sheet,
      row: e.row,
      no: e.no,
      name: e.name,
      strategy: e.strategy?.text ?? null,
      approach: e.approach?.text ?? null,
      plan: e.plan?.text ?? null,
      amounts: e.amounts.map((a) => a.amount),
      amendment: e.amendment,
    }));
    expect(got).toEqual(c.truth.entries);
    // Amount cells are on the entry's own row, in the year columns' order.
    for (const e of plan!.entries) expect(e.amounts.map((a) => Number(/\d+$/.exec(a.cell)![0]))).toEqual(e.amounts.map(() => e.row));
    expect(plan!.entries.map((e) => e.amounts.map((a) => a.year))).toEqual(plan!.entries.map(() => c.truth.years));
  });

  test("gives the plan's strategy tree", () => {
    expect(devPlanStrategies(plan!).map(({ name, number, approaches, plans }) => ({ name, number, approaches, plans }))).toEqual(c.truth.strategies);
  });
});
