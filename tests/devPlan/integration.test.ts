/**
 * The development plan through the one-way flow: read (the workbook's own ผ.02, or a second
 * file), linked once, classified from the link, checked (NOT_IN_DEV_PLAN, NOT_PLANNED_THIS_YEAR,
 * DEV_PLAN_AMBIGUOUS), and placed in the forms; on the workbook of integrationBook.ts.
 *
 * The real reader and linker: every expectation here is the truth of the workbooks, written by hand.
 */

import { checkWorkbook } from "../../src/commands/checkWorkbook";
import { classifyWorkbook } from "../../src/commands/classifyWorkbook";
import { readDevPlanSheets } from "../../src/commands/devPlanFile";
import { planForms } from "../../src/commands/generateForms";
import * as link from "../../src/domain/devPlan/link";
import { LINK_THRESHOLD } from "../../src/domain/devPlan/linkScore";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { ENTRIES, LIST_ROW, LIST_SHEET, listOnly, PLAN_SHEET, planOnly, workbookWithPlan } from "./integrationBook";

const S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
const S2 = "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต";
const ROAD = "แผนงานอุตสาหกรรมและการโยธา";
const EDU = "แผนงานการศึกษา";
const HEALTH = "แผนงานสาธารณสุข";
const HOUSING = "แผนงานเคหะและชุมชน";

// Watched, not replaced: the real linker runs.
let linkProjects: jest.SpiedFunction<typeof link.linkProjects>;
beforeEach(() => {
  jest.restoreAllMocks();
  linkProjects = jest.spyOn(link, "linkProjects");
});

const open = async (b: Promise<Buffer>) => ExcelJsWorkbook.fromBuffer(await b);
const at = (row: number) => `B${row}`;
const codesAt = (findings: readonly { code: string; sheet: string; cell: string }[], code: string) =>
  findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);

describe("a ผ.02 inside the input", () => {
  it("is the plan, not a project list and not an error; the tree comes from it", async () => {
    const r = await checkWorkbook(await open(workbookWithPlan()));
    expect(r.projectSheets).toEqual([LIST_SHEET]);
    expect(r.findings.map((f) => f.code)).not.toContain("FIVE_YEAR_PLAN_SHEET");
    expect(r.refused).toEqual([]);
    expect(r.summary.projects).toBe(7);
    expect(r.devPlan).toEqual({ origin: "workbook", sheets: [PLAN_SHEET], entries: 7, years: [2566, 2567, 2568, 2569, 2570] });
    // Linked once for the reading, against this year.
    expect(linkProjects).toHaveBeenCalledTimes(1);
    expect(linkProjects.mock.calls[0][2]).toBe(2568);
  });

  it("tells the projects the plan lacks, those it plans for another year, and asks about the close pair", async () => {
    const r = await checkWorkbook(await open(workbookWithPlan()));
    // The street lights are the อปท.'s own; the water main is another agency's (แหล่งงบประมาณ หน่วยงานอื่น).
    expect(codesAt(r.findings, "NOT_IN_DEV_PLAN")).toEqual([`${LIST_SHEET}!${at(LIST_ROW.lights)}`]);
    const missing = r.findings.find((f) => f.code === "NOT_IN_DEV_PLAN")!;
    expect(missing.severity).toBe("warning");
    expect(missing.fix).toMatch(/เพิ่มเติม/);
    expect(missing.fix).toMatch(/เปลี่ยนแปลง/);
    expect(missing.fix).toMatch(/ก่อนตั้งงบประมาณ/);

    expect(codesAt(r.findings, "NOT_PLANNED_THIS_YEAR")).toEqual([`${LIST_SHEET}!${at(LIST_ROW.bridge)}`]);
    const year = r.findings.find((f) => f.code === "NOT_PLANNED_THIS_YEAR")!;
    expect(year.message).toContain("แผ่นงาน ผ.02 แถว 13");
    expect(year.message).toContain("2568");
    expect(year.message).toContain("2567 900,000.00 บาท");

    // The short dengue name is nearer the campaign (same words, same 30,000 baht) than the schools'
    // one: linked, not asked. The corpus (tests/devPlan/corpus, d04) holds a pair that is asked.
    expect(codesAt(r.findings, "DEV_PLAN_AMBIGUOUS")).toEqual([]);
  });

  it("classifies a linked project from its entry; the user's label still wins and, disagreeing, is a CLASS_CONFLICT", async () => {
    const r = await classifyWorkbook(await open(workbookWithPlan()));
    expect(r.devPlanFrom).toBe("workbook");
    expect(r.strategies).toEqual([S1, S2]);
    const byRow = new Map(r.classifications.map((c) => [c.row, c]));
    const road1 = byRow.get(LIST_ROW.road1)!;
    expect([road1.strategy.name, road1.strategy.method, road1.plan.name, road1.plan.method]).toEqual([S1, "devPlan", ROAD, "devPlan"]);
    expect(road1.plan.confidence).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(road1.devPlan).toEqual({ sheet: PLAN_SHEET, row: 11, score: road1.plan.confidence, name: ENTRIES.road1.name, strategy: ENTRIES.road1.strategy!.text, plan: ENTRIES.road1.plan!.text, amount: 348000 });
    expect(byRow.get(LIST_ROW.lunch)!.strategy.name).toBe(S2);
    expect(byRow.get(LIST_ROW.lunch)!.plan.name).toBe(EDU);

    // The user wrote แผนงานเคหะและชุมชน; the plan has the road under อุตสาหกรรมและการโยธา.
    const road10 = byRow.get(LIST_ROW.road10)!;
    expect([road10.plan.name, road10.plan.method, road10.planCell]).toEqual([HOUSING, "label", null]);
    expect([road10.strategy.name, road10.strategy.method]).toEqual([S1, "devPlan"]);
    const conflicts = r.findings.filter((f) => f.code === "CLASS_CONFLICT");
    expect(conflicts.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${LIST_SHEET}!H${LIST_ROW.road10}`]);
    expect(conflicts[0].message).toContain("แผ่นงาน ผ.02 แถว 12");
    expect(conflicts[0].message).toContain(ROAD);

    const dengue = byRow.get(LIST_ROW.dengue)!;
    expect([dengue.strategy.name, dengue.plan.name, dengue.plan.method]).toEqual([S2, HEALTH, "devPlan"]);
    expect(dengue.devPlan).toMatchObject({ sheet: PLAN_SHEET, row: 21 });
    expect(dengue.devPlanAmbiguous).toBe(false);

    // Unlinked projects keep today's guessing.
    const lights = byRow.get(LIST_ROW.lights)!;
    expect(lights.devPlan).toBeNull();
    expect(lights.plan.method).not.toBe("devPlan");
    expect(lights.strategy.method).not.toBe("devPlan");
  });

  it("places linked projects in the forms by the plan's groups, labels first", async () => {
    const { plan } = await planForms(await open(workbookWithPlan()));
    const row = (r: number) => plan.projects.find((p) => p.row === r)!;
    expect(row(LIST_ROW.road1)).toMatchObject({ strategy: S1, plan: ROAD, placed: { strategy: "devPlan", plan: "devPlan" } });
    expect(row(LIST_ROW.road10)).toMatchObject({ strategy: S1, plan: HOUSING, placed: { strategy: "devPlan", plan: "label" } });
    expect(row(LIST_ROW.bridge)).toMatchObject({ strategy: S1, plan: ROAD, placed: { strategy: "devPlan", plan: "devPlan" } });
    expect(row(LIST_ROW.dengue)).toMatchObject({ strategy: S2, plan: HEALTH, placed: { strategy: "devPlan", plan: "devPlan" } });
    expect(plan.strategies.map((s) => [s.number, s.name])).toEqual([
      [1, S1],
      [2, S2],
    ]);
  });
});

describe("a plan from a second file", () => {
  it("is the plan of a workbook that has none; its findings name the file's sheet and row", async () => {
    const planSheets = await readDevPlanSheets(await open(planOnly()));
    const r = await checkWorkbook(await open(listOnly()), undefined, undefined, { devPlan: planSheets });
    expect(r.devPlan?.origin).toBe("file");
    expect(codesAt(r.findings, "NOT_IN_DEV_PLAN")).toEqual([`${LIST_SHEET}!${at(LIST_ROW.lights)}`]);
    expect(r.findings.find((f) => f.code === "NOT_PLANNED_THIS_YEAR")!.message).toContain("ในไฟล์แผนพัฒนาที่เลือก");
    const c = await classifyWorkbook(await open(listOnly()), undefined, undefined, { devPlan: planSheets });
    expect(c.devPlanFrom).toBe("file");
    expect(c.classifications.find((x) => x.row === LIST_ROW.road1)!.devPlan).toMatchObject({ sheet: PLAN_SHEET, row: 11 });
  });

  it("without any plan: no development-plan finding, nothing linked", async () => {
    const r = await checkWorkbook(await open(listOnly()));
    expect(r.devPlan).toBeNull();
    expect(r.findings.filter((f) => /DEV_PLAN|NOT_IN_DEV_PLAN|NOT_PLANNED_THIS_YEAR/.test(f.code))).toEqual([]);
    expect(linkProjects).not.toHaveBeenCalled();
    const c = await classifyWorkbook(await open(listOnly()));
    expect(c.classifications.every((x) => x.devPlan === null && x.plan.method !== "devPlan")).toBe(true);
  });

  it("a file with no ผ.02 in it: a warning says the plan was not used", async () => {
    const other = await readDevPlanSheets(await open(listOnly()));
    const r = await checkWorkbook(await open(listOnly()), undefined, undefined, { devPlan: other });
    expect(r.findings.filter((f) => f.code === "DEV_PLAN_UNREAD").map((f) => f.severity)).toEqual(["warning"]);
    expect(r.findings.map((f) => f.code)).not.toContain("NOT_IN_DEV_PLAN");
  });
});

describe("a workbook that is only a plan", () => {
  it("stops: it is the development plan, not the year's list, and says how to make one", async () => {
    const r = await checkWorkbook(await open(planOnly()));
    expect(r.projectSheets).toEqual([]);
    const stop = r.refused.find((f) => f.code === "FIVE_YEAR_PLAN_SHEET")!;
    expect(stop.severity).toBe("error");
    expect([stop.sheet, stop.cell]).toEqual([PLAN_SHEET, "L1"]);
    expect(stop.message).toContain("แผนพัฒนาท้องถิ่น");
    expect(stop.fix).toContain("กดปุ่มสร้างแม่แบบ");
    expect(stop.fix).toContain("แผ่นงานโครงการ");
  });
});
