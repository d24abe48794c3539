/**
 * The ตรวจสอบ corpus: bad-input workbooks built in memory the way users' Excel saves them. Every
 * case asserts the exact findings (code, severity, sheet, cell), that nothing throws, and that
 * the workbook is exactly as it was before the check.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { createTemplate } from "../../src/commands/createTemplate";
import { BOOK_SECTION_LABEL, defaultBookText } from "../../src/domain/book/bookText";
import type { CheckResult } from "../../src/commands/checkResult";
import { FINDING_CODES, type FindingCode, type Severity } from "../../src/domain/findings";
import { buildProjectSheet, buildSettingsSheet, buildStrategySheet } from "../../src/reports/inputTemplate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import {
  addFiveYearSheet,
  baseline,
  build,
  Built,
  fm,
  FY,
  insertAfter,
  P,
  patch,
  projectLine,
  projectSheet,
  PROJECTS,
  S1,
  SETTINGS_SHEET,
  setSetting,
  settingRow,
  sheetOf,
  snapshot,
  utcDate,
  type Line,
  type PlanBook,
} from "./corpusBuilder";

/** What each code weighs, written out here rather than imported, so a change shows up. */
const SEV: Record<FindingCode, Severity> = {
  HEADER_NOT_FOUND: "error",
  FIVE_YEAR_PLAN_SHEET: "error",
  NAME_MISSING: "error",
  BUDGET_MISSING: "error",
  BUDGET_INVALID: "error",
  BUDGET_NEGATIVE: "error",
  BUDGET_AS_TEXT: "info",
  MONTHS_MISSING: "warning",
  MONTHS_OUTSIDE_FY: "warning",
  MONTHS_REVERSED: "warning",
  UNKNOWN_PLAN: "warning",
  UNKNOWN_STRATEGY: "warning",
  UNIT_MISSING: "warning",
  DUPLICATE_PROJECT: "warning",
  EQUIPMENT_TYPE_MISSING: "warning",
  EQUIPMENT_TYPE_UNKNOWN: "warning",
  TOTAL_MISMATCH: "error",
  FY_MISMATCH: "error",
  FORMULA_LIKE_TEXT: "warning",
  SETTINGS_MISSING: "warning",
  CELL_ERROR: "warning",
  CLASS_CONFLICT: "warning",
  NOT_IN_DEV_PLAN: "warning",
  NOT_PLANNED_THIS_YEAR: "warning",
  DEV_PLAN_AMBIGUOUS: "warning",
  DEV_PLAN_UNREAD: "warning",
  DEV_PLAN_NOTE: "warning",
  FY_ASSUMED: "warning",
  HIDDEN_SHEET: "info",
  HIDDEN_ROW: "warning",
  BUDGET_COLUMN: "info",
  PROJECTS_WITHOUT_HEADER: "warning",
  NO_PROJECTS: "error",
  EDITION_EMPTY: "error",
  PLACED_BY_SUGGESTION: "info",
  UNCLASSIFIED: "warning",
  ORG_FROM_TITLE: "info",
  BOOK_TEXT_NOTE: "warning",
  DUE_ON_HOLIDAY: "warning",
  ANNOUNCED_AFTER_DUE: "error",
  POSTED_LATE: "error",
  ANNOUNCED_BEFORE_TRIGGER: "error",
  DATE_OUTSIDE_FY: "warning",
  DATE_INVALID: "error",
  TRACK_STATUS_UNKNOWN: "error",
  TRACK_AMOUNT_INVALID: "error",
  TRACK_AMOUNT_NEGATIVE: "error",
  TRACK_OVER_BUDGET: "warning",
  TRACK_DISBURSED_NOT_STARTED: "warning",
  TRACK_DATE_INVALID: "warning",
  TRACK_DROPPED: "info",
  TRACK_BEHIND: "warning",
};

/** CLASS_CONFLICT comes from classification (จัดหมวดหมู่), the date codes from ประกาศ: not from the check. */
const NOT_CHECK_CODES: readonly FindingCode[] = [
  "CLASS_CONFLICT",
  // Only with a development plan: tests/devPlan/integration*.test.ts.
  "NOT_IN_DEV_PLAN",
  "NOT_PLANNED_THIS_YEAR",
  "DEV_PLAN_AMBIGUOUS",
  "DEV_PLAN_UNREAD",
  "DEV_PLAN_NOTE",
  // From the plan the forms are built on (src/domain/planFindings.ts), not from the check.
  "PLACED_BY_SUGGESTION",
  "UNCLASSIFIED",
  "DUE_ON_HOLIDAY",
  "ANNOUNCED_AFTER_DUE",
  "POSTED_LATE",
  "ANNOUNCED_BEFORE_TRIGGER",
  "DATE_OUTSIDE_FY",
  "DATE_INVALID",
  // From the tracking report (src/domain/tracking/figures.ts): tests/tracking/figures.test.ts.
  "TRACK_STATUS_UNKNOWN",
  "TRACK_AMOUNT_INVALID",
  "TRACK_AMOUNT_NEGATIVE",
  "TRACK_OVER_BUDGET",
  "TRACK_DISBURSED_NOT_STARTED",
  "TRACK_DATE_INVALID",
  "TRACK_DROPPED",
  "TRACK_BEHIND",
];
const CHECK_CODES = FINDING_CODES.filter((c) => !NOT_CHECK_CODES.includes(c));

/** code, sheet, cell, and the severity when it differs from the code's usual one */
type Exp = readonly [FindingCode, string, string, Severity?];
const key = (code: string, severity: string, sheet: string, cell: string) => `${code} ${severity} ${sheet}!${cell}`;
const expected = (list: readonly Exp[]) => list.map(([c, s, a, sev]) => key(c, sev ?? SEV[c], s, a)).sort();
const actual = (r: CheckResult) => r.findings.map((f) => key(f.code, f.severity, f.sheet, f.cell)).sort();

/** Every sheet as the port reads it (values, number formats, fills, merges). */
async function portView(port: ExcelJsWorkbook): Promise<unknown> {
  const out: unknown[] = [];
  for (const name of await port.listSheets()) out.push(await port.readSheet(name, { fills: true }));
  return out;
}

/**
 * Runs the check, asserting it leaves the workbook as it found it: the same content cell by cell
 * (values, formulas and their cached results, formats, fills, merges, views) and the same view
 * through the port. (Not the same bytes once saved: the ExcelJS adapter's reading creates empty
 * cell and row objects, which change the `spans` ExcelJS writes, though no content.)
 */
async function check(wb: ExcelJS.Workbook, opts: { portView?: boolean; timed?: (ms: number) => void } = {}): Promise<CheckResult> {
  const port = new ExcelJsWorkbook(wb);
  const before = snapshot(wb);
  const viewBefore = opts.portView === false ? null : await portView(port);
  const t0 = Date.now();
  const result = await checkWorkbook(port);
  opts.timed?.(Date.now() - t0);
  expect(snapshot(wb)).toBe(before);
  if (viewBefore) expect(await portView(port)).toEqual(viewBefore);
  // Every finding is well formed: Thai text, a row that agrees with its cell.
  for (const f of result.findings) {
    expect(FINDING_CODES).toContain(f.code);
    expect(f.message).toMatch(/[\u0E00-\u0E7F]/);
    expect(f.fix).toMatch(/[\u0E00-\u0E7F]/);
    if (f.cell) expect(f.row).toBe(Number(/\d+/.exec(f.cell)![0]));
  }
  return result;
}

const PD = "ผด.02";
const TP = "โครงการ";
const ST = SETTINGS_SHEET;

interface Case {
  readonly name: string;
  readonly make: () => Built | Promise<Built>;
  readonly expect: (b: Built) => readonly Exp[];
  readonly then?: (r: CheckResult, b: Built) => void | Promise<void>;
}

/** A column's cell in the last header row (years over months: the row of the months). */
const headerBottom = (b: Built, sheet: string, field: "budget") => {
  const at = b.placements?.get(sheet);
  return at ? `${String.fromCharCode(65 + at.columns.get(field)!)}${at.headerRow + (at.monthCol0 >= 0 ? 1 : 0)}` : "A1";
};

/** A baseline book spoilt by `spoil` before it is built. */
const book = (layout: Parameters<typeof baseline>[0], spoil: (book: PlanBook) => void = () => {}) => {
  const bk = baseline(layout);
  spoil(bk);
  return build(bk);
};

const CASES: Case[] = [
  // --- valid baselines: zero findings -----------------------------------------------------
  {
    name: "valid ผด.02 with preamble, merged 2-row header and numbered headings",
    make: () => book("pd02"),
    expect: () => [],
    then: (r, b) => {
      expect(b.addr(PD, "road", "budget")).toBe("D10");
      expect(b.addr(PD, "women", "months")).toBe("G22");
      expect(r.summary).toMatchObject({ fiscalYear: FY, projects: 6, budget: 2_170_000 });
      expect(r.summary.strategies.map((s) => s.projects)).toEqual([2, 2, 2]);
      expect(r.projectSheets).toEqual([PD]);
    },
  },
  {
    name: "valid sheet in OpPlan's template layout, months as ✓",
    make: () => book("template"),
    expect: () => [],
    then: (r) => expect(r.summary.plans).toHaveLength(6),
  },
  { name: "valid list with the months as one text column", make: () => book("period"), expect: () => [] },
  { name: "valid list with start and end month columns", make: () => book("startEnd"), expect: () => [] },
  {
    name: "OpPlan's own template sheets (written by OpPlan's writers), filled in",
    make: async () => {
      const port = new ExcelJsWorkbook();
      const ids = Object.keys(PROJECTS) as (keyof typeof PROJECTS)[];
      await port.writeSheet(
        buildProjectSheet(
          FY,
          ids.map((id, i) => {
            const p = PROJECTS[id];
            const fills = Array<boolean>(12).fill(false);
            for (const m of p.months) fills[m] = true;
            return {
              cells: { no: i + 1, name: p.name, detail: p.detail, budget: p.budget, location: p.location, unit: p.unit, strategy: `${p.strategy}`, plan: p.plan, kind: "โครงการ" },
              monthFills: fills,
            };
          }),
        ),
      );
      await port.writeSheet(buildStrategySheet(baseline().strategies!));
      await port.writeSheet(
        buildSettingsSheet({
          orgName: "บ้านใหม่",
          orgType: "องค์การบริหารส่วนตำบล",
          fiscalYear: FY,
          triggerDate: { date: "2024-09-16" },
          signerName: "นายสมชาย ใจดี",
          thaiDigits: "ไม่ใช่",
          rollDeadline: "ไม่ใช่",
        }),
      );
      return new Built(port.workbook, new Map());
    },
    // Left blank in OpPlan's own ตั้งค่า: the help text beside an empty value is not the value.
    expect: () => [],
  },

  // --- every code alone ---------------------------------------------------------------------
  {
    name: "HEADER_NOT_FOUND: a notes sheet without a project header beside a valid one",
    make: () => {
      const b = book("pd02");
      const ws = b.wb.addWorksheet("หมายเหตุ");
      ws.addRow(["เรื่อง", "สถานะ"]);
      ws.addRow(["โครงการที่ยังไม่ได้รับงบประมาณ", "รอการโอนงบประมาณ"]);
      ws.addRow(["โครงการที่ย้ายไปปีหน้า", "รอมติสภา"]);
      // A cover's lines of text are no table: nothing to say about them.
      const cover = b.wb.addWorksheet("ปก");
      cover.getCell("A5").value = "แผนการดำเนินงาน";
      cover.getCell("A6").value = "ประจำปีงบประมาณ พ.ศ. 2568";
      cover.getCell("A8").value = "องค์การบริหารส่วนตำบลบ้านใหม่";
      return b;
    },
    // Beside a real project sheet, a table skipped is worth knowing, not an error.
    expect: () => [["HEADER_NOT_FOUND", "หมายเหตุ", "", "info"]],
  },
  {
    name: "BOOK_TEXT_NOTE: an officer's ข้อความเล่มแผน, and a copy of it under another name, are no project lists",
    make: () => {
      const b = book("pd02");
      const ws = b.wb.addWorksheet("ข้อความเล่มแผน");
      ws.addRow(["ส่วน", "หัวข้อ", "ข้อความ"]);
      ws.addRow(["คำนำ", "คำนำ", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2561 ของ{ชื่อ อปท.} ถึง {นายอำเภอ}"]);
      ws.addRow(["ภาคผนวก", null, "องค์การบริหารส่วนตำบลหนองบัว โครงการ งบประมาณ (บาท) 100,000"]);
      ws.addRow(["บทนำ", "1. บทนำ", null]);
      // A second one: set aside, its year and its อปท. are not the plan's.
      const copy = b.wb.addWorksheet("ข้อความเล่มแผน (เก่า)");
      copy.addRow(["ส่วน", "หัวข้อ", "ข้อความ"]);
      copy.addRow(["คำนำ", "คำนำ", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2560 ขององค์การบริหารส่วนตำบลหนองบัว"]);
      copy.addRow(["บทนำ", "1. บทนำ", "ที่ โครงการ งบประมาณ"]);
      return b;
    },
    expect: () => [
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน", "C2"],
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน", "A3"],
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน", "A4"],
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน", "A1"],
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน (เก่า)", ""],
    ],
    then: (r) => expect(r.summary).toMatchObject({ fiscalYear: 2568 }),
  },
  {
    // Issue 13: beside a project list a ผ.02 is the development plan the projects are checked against.
    name: "a ผ.02 sheet beside a valid plan is its development plan: no error, NOT_IN_DEV_PLAN for the projects it lacks",
    make: () => {
      const b = book("pd02");
      addFiveYearSheet(b);
      return b;
    },
    expect: (b) => (["road", "water", "milk", "loykrathong", "training", "women"] as const).map((id) => ["NOT_IN_DEV_PLAN", PD, b.addr(PD, id, "name")]),
  },
  {
    name: "NAME_MISSING",
    make: () => book("pd02", (bk) => patch(sheetOf(bk), "road", { name: null })),
    expect: (b) => [["NAME_MISSING", PD, b.addr(PD, "road", "name")]],
  },
  {
    name: "BUDGET_MISSING",
    make: () => book("pd02", (bk) => patch(sheetOf(bk), "water", { budget: null })),
    expect: (b) => [["BUDGET_MISSING", PD, b.addr(PD, "water", "budget")]],
  },
  {
    name: "BUDGET_INVALID: words and two amounts in one cell",
    make: () =>
      book("pd02", (bk) => {
        patch(sheetOf(bk), "water", { budget: "สองแสนห้าหมื่นบาท" });
        patch(sheetOf(bk), "milk", { budget: "50,000 20,000" });
      }),
    expect: (b) => [
      ["BUDGET_INVALID", PD, b.addr(PD, "water", "budget")],
      ["BUDGET_INVALID", PD, b.addr(PD, "milk", "budget")],
    ],
  },
  {
    name: "BUDGET_NEGATIVE: a number and an accounting text",
    make: () =>
      book("pd02", (bk) => {
        patch(sheetOf(bk), "water", { budget: -250_000 });
        patch(sheetOf(bk), "milk", { budget: "(1,250,000)" });
      }),
    expect: (b) => [
      ["BUDGET_NEGATIVE", PD, b.addr(PD, "water", "budget")],
      ["BUDGET_NEGATIVE", PD, b.addr(PD, "milk", "budget")],
    ],
  },
  {
    name: 'BUDGET_AS_TEXT: " 1,632,820 ", "๕๐,๐๐๐", " - " and "80,000.-"',
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { budget: " 1,632,820 " });
        patch(s, "water", { budget: "๕๐,๐๐๐" });
        patch(s, "milk", { budget: " - " });
        patch(s, "loykrathong", { budget: "80,000.-" });
      }),
    // One finding for the sheet, with the count and the first cells, quoting each amount as typed.
    expect: (b) => [["BUDGET_AS_TEXT", PD, b.addr(PD, "road", "budget")]],
    then: (r, b) => {
      expect(r.summary.budget).toBe(1_632_820 + 50_000 + 0 + 80_000 + 60_000 + 35_000);
      const [f] = r.findings;
      expect(f.count).toBe(4);
      expect(f.cells).toEqual((["road", "water", "milk", "loykrathong"] as const).map((id) => b.addr(PD, id, "budget")));
      expect(f.message).toContain('"๕๐,๐๐๐"');
      expect(f.message).toContain('"1,632,820"');
    },
  },
  {
    name: "MONTHS_MISSING: no month shaded or marked",
    make: () => book("pd02", (bk) => patch(sheetOf(bk), "training", {}, [])),
    expect: (b) => [["MONTHS_MISSING", PD, b.addr(PD, "training", "months")]],
  },
  {
    name: "MONTHS_OUTSIDE_FY: a period in the previous fiscal year",
    make: () => book("period", (bk) => patch(sheetOf(bk), "road", { period: "ม.ค. - มี.ค. 2567" })),
    expect: (b) => [["MONTHS_OUTSIDE_FY", TP, b.addr(TP, "road", "period")]],
  },
  {
    name: "MONTHS_REVERSED: end before start, as text and as start/end cells",
    make: () => {
      const bk = baseline("period");
      patch(sheetOf(bk), "road", { period: "มี.ค. - ม.ค. 2568" });
      const other = projectSheet("startEnd", "โครงการ2");
      other.lines.splice(0, other.lines.length, {
        kind: "project",
        id: "x",
        cells: { no: 1, name: "โครงการปรับปรุงภูมิทัศน์ริมหนองน้ำ หมู่ที่ 9", budget: 90_000, unit: "กองช่าง", plan: P.works, start: "ก.ย. 68", end: "ต.ค. 67" },
      });
      bk.sheets.push(other);
      return build(bk);
    },
    expect: (b) => [
      ["MONTHS_REVERSED", TP, b.addr(TP, "road", "period")],
      ["MONTHS_REVERSED", "โครงการ2", b.addr("โครงการ2", "x", "start")],
    ],
  },
  {
    name: "UNKNOWN_PLAN: the fix names the nearest standard แผนงาน",
    make: () =>
      book("template", (bk) => {
        patch(sheetOf(bk), "road", { plan: "แผนงานงานโยธา" });
        patch(sheetOf(bk), "loykrathong", { plan: "แผนงานการศาสนาและวัฒนธรรม" });
        patch(sheetOf(bk), "women", { plan: "แผนงานเคหะชุมชนและสิ่งแวดล้อม" });
      }),
    expect: (b) => [
      ["UNKNOWN_PLAN", TP, b.addr(TP, "road", "plan")],
      ["UNKNOWN_PLAN", TP, b.addr(TP, "loykrathong", "plan")],
      ["UNKNOWN_PLAN", TP, b.addr(TP, "women", "plan")],
    ],
    then: (r) => {
      const fixes = r.findings.map((f) => f.fix);
      expect(fixes).toEqual([
        "ใช้ชื่อแผนงานมาตรฐาน: แผนงานอุตสาหกรรมและการโยธา",
        "ใช้ชื่อแผนงานมาตรฐาน: แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
        "ใช้ชื่อแผนงานมาตรฐาน: แผนงานเคหะและชุมชน",
      ]);
    },
  },
  {
    name: "UNKNOWN_PLAN from a ผด.02 heading: once, at the heading, however many projects it holds",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        const i = s.lines.findIndex((l) => "id" in l && l.id === "p-road");
        s.lines[i] = { kind: "heading", id: "p-road", text: "1.1 แผนงานงานโยธา" };
        insertAfter(s, "road", projectLine("road", "pd02", 2, { name: "โครงการก่อสร้างรางระบายน้ำ หมู่ที่ 4", detail: "ยาว 120 เมตร" }));
      }),
    expect: (b) => [["UNKNOWN_PLAN", PD, b.addr(PD, "p-road", "A")]],
  },
  {
    name: "UNKNOWN_STRATEGY: by number and by a name not in ยุทธศาสตร์",
    make: () =>
      book("template", (bk) => {
        patch(sheetOf(bk), "road", { strategy: "ยุทธศาสตร์ที่ 7" });
        patch(sheetOf(bk), "milk", { strategy: "ยุทธศาสตร์การพัฒนาด้านการท่องเที่ยว" });
      }),
    expect: (b) => [
      ["UNKNOWN_STRATEGY", TP, b.addr(TP, "road", "strategy")],
      ["UNKNOWN_STRATEGY", TP, b.addr(TP, "milk", "strategy")],
    ],
  },
  {
    name: "UNIT_MISSING",
    make: () => book("pd02", (bk) => patch(sheetOf(bk), "milk", { unit: "  " })),
    expect: (b) => [["UNIT_MISSING", PD, b.addr(PD, "milk", "unit")]],
  },
  {
    name: "DUPLICATE_PROJECT: the same name, and one letter off",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { ...projectLine("road", "pd02", 2), id: "road2" });
        insertAfter(s, "water", { ...projectLine("water", "pd02", 2, { name: "โครงการขยายเขตประปาหมูบ้าน หมู่ที่ 5" }), id: "water2" });
      }),
    expect: (b) => [
      ["DUPLICATE_PROJECT", PD, b.addr(PD, "road2", "name")],
      ["DUPLICATE_PROJECT", PD, b.addr(PD, "water2", "name")],
    ],
  },
  {
    name: "DUPLICATE_PROJECT across own and other-agency sheets, with a transfer note",
    make: () => {
      const bk = baseline("pd02");
      const other = projectSheet("pd02", "หน่วยงานอื่น");
      other.lines.splice(0, other.lines.length, { kind: "heading", text: `1. ${S1}` }, { kind: "heading", text: `1.1 ${P.works}` }, {
        kind: "project",
        id: "x",
        cells: {
          no: 1,
          name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก  หมู่ที่ 3 บ้านหนองบัว (โอนงบครั้งที่ 13/2567)",
          budget: 495_000,
          location: "หมู่ที่ 3",
          unit: "แขวงทางหลวงชนบทขอนแก่น",
        },
        months: fm(1, 2, 3),
      });
      bk.sheets.push(other);
      return build(bk);
    },
    expect: (b) => [["DUPLICATE_PROJECT", "หน่วยงานอื่น", b.addr("หน่วยงานอื่น", "x", "name")]],
  },
  {
    name: "different villages and different quantities are not duplicates",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { ...projectLine("road", "pd02", 2, { name: PROJECTS.road.name.replace("หมู่ที่ 3", "หมู่ที่ 4") }), id: "r4" });
        insertAfter(s, "water", { ...projectLine("water", "pd02", 2, { detail: "วางท่อ PVC ขนาด 2 นิ้ว ยาว 800 เมตร" }), id: "w2" });
      }),
    expect: () => [],
  },
  {
    name: "EQUIPMENT_TYPE_MISSING and EQUIPMENT_TYPE_UNKNOWN in the template's columns",
    make: () =>
      book("template", (bk) => {
        const s = sheetOf(bk);
        const eq = (id: string, name: string, type: string | null): Line => ({
          kind: "project",
          id,
          cells: { no: 7, name, detail: "จำนวน 1 เครื่อง", budget: 22_000, location: "กองคลัง", unit: "กองคลัง", strategy: "3", plan: P.admin, kind: "ครุภัณฑ์", equipmentType: type },
          months: fm(1),
          marks: "mark",
        });
        s.lines.push(eq("ok", "จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล", "ครุภัณฑ์คอมพิวเตอร์"), eq("none", "จัดซื้อตู้เหล็กเก็บเอกสาร 2 บาน", null), eq("bad", "จัดซื้อเครื่องพิมพ์เลเซอร์", "ครุภัณฑ์พิเศษ"));
      }),
    expect: (b) => [
      ["EQUIPMENT_TYPE_MISSING", TP, b.addr(TP, "none", "equipmentType")],
      ["EQUIPMENT_TYPE_UNKNOWN", TP, b.addr(TP, "bad", "equipmentType")],
    ],
  },
  {
    name: "ผด.02/1: items inherit the ประเภทครุภัณฑ์ heading; an unknown heading, an item before any heading",
    make: () => {
      const bk = baseline("pd02");
      const eq = projectSheet("pd021");
      const item = (id: string, no: number, name: string): Line => ({
        kind: "project",
        id,
        cells: { no, name, detail: "จำนวน 1 เครื่อง", budget: 25_000, location: "ที่ทำการ อบต.", unit: "กองคลัง" },
        months: fm(1),
      });
      eq.lines.push(
        item("first", 1, "เก้าอี้สำนักงาน"),
        { kind: "heading", id: "h1", text: "1. ครุภัณฑ์คอมพิวเตอร์" },
        { kind: "heading", text: `1.1 ${P.admin}` },
        item("pc", 1, "เครื่องคอมพิวเตอร์ All In One"),
        item("printer", 2, "เครื่องพิมพ์ Multifunction แบบฉีดหมึก"),
        { kind: "heading", id: "h2", text: "2. ครุภัณฑ์พิเศษ" },
        { kind: "heading", text: `2.1 ${P.education}` },
        item("tablet", 1, "แท็บเล็ตสำหรับนักเรียน"),
      );
      bk.sheets.push(eq);
      return build(bk);
    },
    expect: (b) => [
      ["EQUIPMENT_TYPE_MISSING", "ผด.02-1", b.addr("ผด.02-1", "first", "A")],
      ["EQUIPMENT_TYPE_UNKNOWN", "ผด.02-1", b.addr("ผด.02-1", "h2", "A")],
    ],
    then: async (r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      const items = reading.projects.filter((p) => p.sheet === "ผด.02-1");
      expect(items.map((p) => [p.kind, p.equipmentType?.text ?? null, p.plan?.text ?? null])).toEqual([
        ["equipment", null, null],
        ["equipment", "1. ครุภัณฑ์คอมพิวเตอร์", `1.1 ${P.admin}`],
        ["equipment", "1. ครุภัณฑ์คอมพิวเตอร์", `1.1 ${P.admin}`],
        ["equipment", "2. ครุภัณฑ์พิเศษ", `2.1 ${P.education}`],
      ]);
    },
  },
  {
    name: "TOTAL_MISMATCH: a wrong subtotal, at the total's budget cell; a right one passes",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { kind: "total", id: "t-road", budget: 495_000 });
        insertAfter(s, "water", { kind: "total", id: "t-water", label: "รวมแผนงานเคหะและชุมชน", budget: 205_000 });
      }),
    expect: (b) => [["TOTAL_MISMATCH", PD, b.addr(PD, "t-water", "budget")]],
    then: (r) => expect(r.findings[0].fix).toContain("250,000.00"),
  },
  {
    name: "FY_MISMATCH: settings 2568, month header years 2566/2567 and the title 2567",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        bk.sheets[0] = { ...s, headerYears: [2566, 2567], preamble: s.preamble.map((l) => (l ? l.replace("2568", "2567") : l)) };
      }),
    expect: () => [
      ["FY_MISMATCH", PD, "G6"],
      ["FY_MISMATCH", PD, "A3"],
      // The months sit under the wrong years: the header cell is the one thing to fix, so no
      // project also gets MONTHS_OUTSIDE_FY (nor MONTHS_MISSING).
    ],
    then: (r) => {
      expect(r.summary.projects).toBe(Object.keys(PROJECTS).length);
    },
  },
  {
    name: "FY_MISMATCH: a title straight above the header (no blank row between)",
    make: () =>
      book("period", (bk) => {
        const s = sheetOf(bk);
        bk.sheets[0] = { ...s, preamble: ["รายการโครงการ ประจำปีงบประมาณ พ.ศ. 2567"] };
      }),
    expect: () => [["FY_MISMATCH", TP, "A1"]],
  },
  {
    name: "FY_MISMATCH: the budget ordinance date two years before the plan",
    make: () => book("pd02", (bk) => setSetting(bk, "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utcDate(2022, 9, 16))),
    expect: () => [["FY_MISMATCH", ST, `B${settingRow("วันที่ประกาศใช้ข้อบัญญัติงบประมาณ")}`]],
  },
  {
    name: "FORMULA_LIKE_TEXT: texts starting with = + - @",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { detail: "=กว้าง 4 ม. ยาว 200 ม." });
        patch(s, "water", { location: "+หมู่ที่ 5" });
        patch(s, "milk", { unit: "@กองการศึกษา" });
        patch(s, "training", { name: "- ฝึกอบรมบุคลากร" });
        // A lone dash in a detail cell means "nothing" and is no formula.
        patch(s, "women", { detail: "-" });
      }),
    expect: (b) => [
      ["FORMULA_LIKE_TEXT", PD, b.addr(PD, "road", "detail")],
      ["FORMULA_LIKE_TEXT", PD, b.addr(PD, "water", "location")],
      ["FORMULA_LIKE_TEXT", PD, b.addr(PD, "milk", "unit")],
      ["FORMULA_LIKE_TEXT", PD, b.addr(PD, "training", "name")],
    ],
  },
  {
    name: "SETTINGS_MISSING: no ตั้งค่า sheet at all",
    make: () =>
      book("pd02", (bk) => {
        bk.settings = null;
      }),
    // The title's อปท. is used for the forms, and said so.
    expect: () => [
      ["SETTINGS_MISSING", ST, ""],
      ["ORG_FROM_TITLE", PD, "A4"],
    ],
    then: (r) => expect(r.summary.fiscalYear).toBe(FY),
  },
  {
    name: "SETTINGS_MISSING: blank values beside help text, an unreadable year and date",
    make: () =>
      book("pd02", (bk) => {
        setSetting(bk, "ผู้ลงนาม", null);
        setSetting(bk, "ชื่อ อปท.", "");
        setSetting(bk, "วันที่ประกาศแผน", "วันจันทร์หน้า");
      }),
    // The blank อปท. name is taken from the title of ผด.02, and said so.
    expect: () => [
      ["SETTINGS_MISSING", ST, `B${settingRow("ผู้ลงนาม")}`],
      ["ORG_FROM_TITLE", PD, "A4"],
      ["SETTINGS_MISSING", ST, `B${settingRow("วันที่ประกาศแผน")}`],
    ],
  },
  {
    name: "SETTINGS_MISSING: a fiscal year that is not a year; the headers give it instead",
    make: () => book("pd02", (bk) => setSetting(bk, "ปีงบประมาณ", "ปีหน้า")),
    expect: () => [["SETTINGS_MISSING", ST, `B${settingRow("ปีงบประมาณ")}`]],
    then: (r) => expect(r.summary.fiscalYear).toBe(FY),
  },
  {
    name: 'toggles: "เลื่อน" is yes, garbage is reported',
    make: () =>
      book("pd02", (bk) => {
        setSetting(bk, "เลื่อนวันครบกำหนดตามวันหยุด", "เลื่อน");
        setSetting(bk, "ใช้เลขไทย", "แล้วแต่");
      }),
    expect: () => [["SETTINGS_MISSING", ST, `B${settingRow("ใช้เลขไทย")}`]],
  },
  {
    name: "settings with label variants and Thai-text dates",
    make: () =>
      book("pd02", (bk) => {
        setSetting(bk, "ชื่อ อปท.", "บ้านใหม่", "ชื่อหน่วยงาน :");
        setSetting(bk, "ปีงบประมาณ", "พ.ศ. ๒๕๖๘", "ปีงบประมาณ พ.ศ.");
        setSetting(bk, "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", "16 ก.ย. 2567", "วันที่ประกาศใช้เทศบัญญัติ");
        setSetting(bk, "วันที่ประกาศแผน", "๑๖ กันยายน ๒๕๖๗", "วันที่ประกาศใช้แผน");
        setSetting(bk, "วันที่ปิดประกาศ", "วันที่ 17 เดือนกันยายน พ.ศ. 2567", "วันที่ติดประกาศ");
      }),
    expect: () => [],
    then: (r) => expect(r.summary.fiscalYear).toBe(FY),
  },
  {
    name: "CELL_ERROR: formulas whose saved results are errors, in text fields",
    make: () => {
      const b = book("pd02");
      b.formula(PD, b.addr(PD, "road", "unit"), "VLOOKUP(B10,หน่วยงาน!A:B,2,FALSE)", "#N/A");
      b.formula(PD, b.addr(PD, "milk", "location"), "#REF!&\"\"", "#REF!");
      return b;
    },
    expect: (b) => [
      ["CELL_ERROR", PD, b.addr(PD, "road", "unit")],
      ["CELL_ERROR", PD, b.addr(PD, "milk", "location")],
    ],
  },
  {
    name: "BUDGET_INVALID: formulas in the budget evaluating to #DIV/0!, #REF!, #N/A; good formulas pass",
    make: () => {
      const b = book("pd02");
      b.formula(PD, b.addr(PD, "road", "budget"), "D30/0", "#DIV/0!");
      b.formula(PD, b.addr(PD, "water", "budget"), "#REF!*2", "#REF!");
      b.formula(PD, b.addr(PD, "milk", "budget"), "VLOOKUP(B15,ราคา!A:B,2,FALSE)", "#N/A");
      b.formula(PD, b.addr(PD, "training", "budget"), "30000*2", 60_000);
      return b;
    },
    expect: (b) => (["road", "water", "milk"] as const).map((id): Exp => ["BUDGET_INVALID", PD, b.addr(PD, id, "budget")]),
  },

  // --- combinations -----------------------------------------------------------------------
  {
    name: "several faults in one row and one sheet",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { name: null, budget: "abc", unit: null }, []);
        patch(s, "water", { budget: -1, detail: "=A1" });
        patch(s, "milk", { budget: " 1,250,000 ", unit: "" });
      }),
    expect: (b) => [
      ["NAME_MISSING", PD, b.addr(PD, "road", "name")],
      ["BUDGET_INVALID", PD, b.addr(PD, "road", "budget")],
      ["UNIT_MISSING", PD, b.addr(PD, "road", "unit")],
      ["MONTHS_MISSING", PD, b.addr(PD, "road", "months")],
      ["BUDGET_NEGATIVE", PD, b.addr(PD, "water", "budget")],
      ["FORMULA_LIKE_TEXT", PD, b.addr(PD, "water", "detail")],
      ["BUDGET_AS_TEXT", PD, b.addr(PD, "milk", "budget")],
      ["UNIT_MISSING", PD, b.addr(PD, "milk", "unit")],
    ],
  },
  {
    name: "every code at once in one workbook",
    make: () => {
      const bk = baseline("template");
      setSetting(bk, "ผู้ลงนาม", null);
      setSetting(bk, "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utcDate(2022, 9, 16));
      setSetting(bk, "ชื่อ อปท.", null);
      setSetting(bk, "ฉบับ", "เพิ่มเติม ฉบับที่ 2");
      const s = sheetOf(bk);
      patch(s, "road", { name: null });
      patch(s, "water", { budget: null });
      patch(s, "milk", { budget: "หนึ่งล้าน" });
      patch(s, "loykrathong", { budget: -80_000 });
      patch(s, "training", { budget: " 60,000 ", unit: null });
      patch(s, "women", { plan: "แผนงานงานโยธา", strategy: "ยุทธศาสตร์ที่ 9", detail: "+ฝึกอาชีพ" }, []);
      const eq = (id: string, name: string, type: string | null): Line => ({
        kind: "project",
        id,
        cells: { no: 7, name, budget: 22_000, unit: "กองคลัง", strategy: "3", plan: P.admin, kind: "ครุภัณฑ์", equipmentType: type },
        months: fm(1),
      });
      s.lines.push(
        eq("eq1", "จัดซื้อตู้เหล็กเก็บเอกสาร 2 บาน", null),
        eq("eq2", "จัดซื้อเครื่องพิมพ์เลเซอร์", "ครุภัณฑ์พิเศษ"),
        { ...projectLine("water", "template", 9), id: "dup" },
        { kind: "total", id: "total", label: "รวม", budget: 1 },
      );
      const more = projectSheet("period", "โครงการเพิ่มเติม");
      more.lines.splice(
        0,
        more.lines.length,
        { kind: "project", id: "rev", cells: { no: 1, name: "โครงการซ่อมแซมศาลาประชาคม หมู่ที่ 6", budget: 45_000, unit: "กองช่าง", strategy: "1", plan: P.housing, period: "มี.ค. - ม.ค. 2568" } },
        { kind: "project", id: "out", cells: { no: 2, name: "โครงการวันเด็กแห่งชาติ", budget: 30_000, unit: "กองการศึกษา", strategy: "2", plan: P.education, period: "ม.ค. 2567" } },
      );
      Object.assign(more, { preamble: [...more.preamble, "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองขอนแก่น"] });
      bk.sheets.push(more);
      const b = build(bk);
      b.formula(TP, b.addr(TP, "eq1", "location"), "#REF!", "#REF!");
            const cover = b.wb.addWorksheet("ปก");
      cover.getCell("B5").value = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568";
      for (const r of [7, 8, 9]) cover.getRow(r).values = [null, `ภาคผนวก ${r}`, "หน้า"];
      const old = b.wb.addWorksheet("แผน67");
      old.addRow(["ที่", "โครงการ", "งบประมาณ"]);
      old.state = "hidden";
      const loose = b.wb.addWorksheet("ร่าง");
      loose.addRow([1, "โครงการก่อสร้างรางระบายน้ำ หมู่ที่ 7", 90_000]);
      loose.addRow([2, "โครงการปรับปรุงภูมิทัศน์หน้าสำนักงาน", 40_000]);
      b.ws(TP).getRow(b.row(TP, "loykrathong")).hidden = true;
      const at = b.placements.get(TP)!;
      const extra = b.ws(TP).columnCount + 1;
      b.ws(TP).getCell(at.headerRow, extra).value = "งบประมาณ ปี 2567";
      const words = b.wb.addWorksheet("ข้อความเล่มแผน");
      words.addRow(["ส่วน", "หัวข้อ", "ข้อความ"]);
      for (const section of defaultBookText(null).sections)
        section.paragraphs.forEach((p, i) => words.addRow([section.key === "tools" ? "Tools" : BOOK_SECTION_LABEL[section.key], i ? null : section.heading, i === 0 && section.key === "benefits" ? `${p} {ผู้ว่า}` : p]));
      return b;
    },
    expect: (b) => [
      ["SETTINGS_MISSING", ST, `B${settingRow("ผู้ลงนาม")}`],
      ["FY_MISMATCH", ST, `B${settingRow("วันที่ประกาศใช้ข้อบัญญัติงบประมาณ")}`],
      ["NAME_MISSING", TP, b.addr(TP, "road", "name")],
      ["BUDGET_MISSING", TP, b.addr(TP, "water", "budget")],
      ["BUDGET_INVALID", TP, b.addr(TP, "milk", "budget")],
      ["BUDGET_NEGATIVE", TP, b.addr(TP, "loykrathong", "budget")],
      ["BUDGET_AS_TEXT", TP, b.addr(TP, "training", "budget")],
      ["UNIT_MISSING", TP, b.addr(TP, "training", "unit")],
      ["MONTHS_MISSING", TP, b.addr(TP, "women", "months")],
      ["UNKNOWN_PLAN", TP, b.addr(TP, "women", "plan")],
      ["UNKNOWN_STRATEGY", TP, b.addr(TP, "women", "strategy")],
      ["FORMULA_LIKE_TEXT", TP, b.addr(TP, "women", "detail")],
      ["EQUIPMENT_TYPE_MISSING", TP, b.addr(TP, "eq1", "equipmentType")],
      ["CELL_ERROR", TP, b.addr(TP, "eq1", "location")],
      ["EQUIPMENT_TYPE_UNKNOWN", TP, b.addr(TP, "eq2", "equipmentType")],
      ["DUPLICATE_PROJECT", TP, b.addr(TP, "dup", "name")],
      ["TOTAL_MISMATCH", TP, b.addr(TP, "total", "budget")],
      ["MONTHS_REVERSED", "โครงการเพิ่มเติม", b.addr("โครงการเพิ่มเติม", "rev", "period")],
      ["MONTHS_OUTSIDE_FY", "โครงการเพิ่มเติม", b.addr("โครงการเพิ่มเติม", "out", "period")],
      ["HEADER_NOT_FOUND", "ปก", "", "info"],
      ["ORG_FROM_TITLE", "โครงการเพิ่มเติม", "A2"],
      ["EDITION_EMPTY", ST, `B${settingRow("ฉบับ")}`],
      ["HIDDEN_SHEET", "แผน67", ""],
      ["PROJECTS_WITHOUT_HEADER", "ร่าง", "A1"],
      ["HIDDEN_ROW", TP, b.addr(TP, "loykrathong", "name")],
      ["BUDGET_COLUMN", TP, headerBottom(b, TP, "budget")],
      ["BOOK_TEXT_NOTE", "ข้อความเล่มแผน", `C${2 + defaultBookText(null).sections.filter((x) => x.key !== "benefits").reduce((n, x) => n + x.paragraphs.length, 0)}`],
    ],
    then: (r) => {
      const codes = new Set(r.findings.map((f) => f.code));
      // A stated fiscal year (FY_MISMATCH) rules out FY_ASSUMED, and project rows NO_PROJECTS.
      // A ผ.02 beside project rows is the development plan (issue 13): FIVE_YEAR_PLAN_SHEET only without them.
      expect(CHECK_CODES.filter((c) => !codes.has(c) && c !== "FY_ASSUMED" && c !== "NO_PROJECTS" && c !== "FIVE_YEAR_PLAN_SHEET")).toEqual([]);
    },
  },

  // --- what the reader decides where the workbook is not plain about it ----------------------
  {
    name: "FY_ASSUMED: no fiscal year in ตั้งค่า, the titles, the month header, the sheet names or the periods",
    make: () => {
      const b = book("pd02", (bk) => {
        setSetting(bk, "ปีงบประมาณ", null);
        const s = sheetOf(bk);
        Object.assign(s, { preamble: ["แบบ ผด.02", "บัญชีโครงการ/กิจกรรม/งบประมาณ", "แผนการดำเนินงาน", null] });
      });
      const at = b.placements.get(PD)!;
      for (const c of [at.monthCol0 + 1, at.monthCol0 + 4]) b.ws(PD).getCell(at.headerRow, c).value = null;
      return b;
    },
    expect: () => [["FY_ASSUMED", ST, `B${settingRow("ปีงบประมาณ")}`]],
    then: (r) => {
      expect(r.summary.fiscalYear).toBeNull();
      expect(r.findings[0].message).toMatch(/จึงใช้ปีงบประมาณ พ\.ศ\. 25\d\d ตามวันนี้/);
    },
  },
  {
    name: "the fiscal year from a sheet's name alone ('แผน68') or from the periods ('ต.ค. 67 - ก.ย. 68')",
    make: () =>
      book("startEnd", (bk) => {
        setSetting(bk, "ปีงบประมาณ", null);
        Object.assign(sheetOf(bk), { name: "แผน68" });
      }),
    expect: () => [["SETTINGS_MISSING", ST, `B${settingRow("ปีงบประมาณ")}`]],
    then: (r) => expect(r.summary.fiscalYear).toBe(2568),
  },
  {
    name: "HIDDEN_SHEET: last year's plan kept in a hidden sheet is not read, a very hidden lookup list neither",
    make: () => {
      const b = book("template");
      const old = b.wb.addWorksheet("แผน67");
      old.addRow(["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก"]);
      old.addRow([1, "โครงการก่อสร้างถนนลูกรัง หมู่ที่ 9", 300_000, "กองช่าง"]);
      old.state = "hidden";
      const lookup = b.wb.addWorksheet("lookup");
      lookup.addRow(["ที่", "โครงการ", "งบประมาณ"]);
      lookup.addRow([1, "รายการ", 1]);
      lookup.state = "veryHidden";
      return b;
    },
    expect: () => [
      ["HIDDEN_SHEET", "แผน67", ""],
      ["HIDDEN_SHEET", "lookup", ""],
    ],
    then: (r) => {
      expect(r.projectSheets).toEqual([TP]);
      expect(r.summary.budget).toBe(2_170_000);
    },
  },
  {
    name: "HIDDEN_ROW: a hidden project row counts like Excel's SUM counts it, with a warning naming it",
    make: () => {
      const b = book("pd02");
      b.ws(PD).getRow(b.row(PD, "milk")).hidden = true;
      return b;
    },
    expect: (b) => [["HIDDEN_ROW", PD, b.addr(PD, "milk", "name")]],
    then: (r) => expect(r.summary).toMatchObject({ projects: 6, budget: 2_170_000 }),
  },
  {
    name: "BUDGET_COLUMN: last year's budget beside this year's, and a hidden one: this year's visible column counts",
    make: () => {
      const b = book("template");
      const at = b.placements.get(TP)!;
      const ws = b.ws(TP);
      const extra = ws.columnCount + 1;
      ws.getCell(at.headerRow, extra).value = "งบประมาณ ปี 2567";
      ws.getCell(at.headerRow, extra + 1).value = "งบประมาณ ปี 2566";
      ws.getColumn(extra + 1).hidden = true;
      for (const id of Object.keys(PROJECTS)) {
        ws.getCell(b.row(TP, id), extra).value = 1_000;
        ws.getCell(b.row(TP, id), extra + 1).value = 2_000;
      }
      return b;
    },
    expect: (b) => [["BUDGET_COLUMN", TP, headerBottom(b, TP, "budget")]],
    then: (r) => {
      expect(r.summary.budget).toBe(2_170_000);
      expect(r.findings[0].message).toContain("ซึ่งถูกซ่อนอยู่");
    },
  },
  {
    name: "PROJECTS_WITHOUT_HEADER: a sheet of numbered names and amounts without a header, its money named",
    make: () => {
      const b = book("pd02");
      const ws = b.wb.addWorksheet("เพิ่มเติม");
      ws.addRow([]);
      ws.addRow([1, "โครงการซ่อมแซมถนนลูกรังสายบ้านนา หมู่ที่ 4", 150_000, "กองช่าง"]);
      ws.addRow([2, "โครงการจัดซื้อวัสดุการเกษตร", " 45,000 ", "สำนักปลัด"]);
      return b;
    },
    expect: () => [["PROJECTS_WITHOUT_HEADER", "เพิ่มเติม", "A2"]],
    then: (r) => expect(r.findings.find((f) => f.code === "PROJECTS_WITHOUT_HEADER")!.message).toContain("195,000.00 บาท"),
  },
  {
    name: "EDITION_EMPTY: ฉบับ เพิ่มเติม in ตั้งค่า, and no row marked as belonging to it",
    make: () => book("pd02", (bk) => setSetting(bk, "ฉบับ", "เพิ่มเติม ฉบับที่ 1")),
    expect: () => [["EDITION_EMPTY", ST, `B${settingRow("ฉบับ")}`]],
    then: (r) => expect(r.findings[0].fix).toContain("เพิ่มเติม ฉบับที่ 1"),
  },
  {
    name: "the table ends: a note, a signature block, page labels and a repeated title and header are no projects",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(
          s,
          "training",
          { kind: "text", text: "หน้า 1" },
          { kind: "text", text: "แบบ ผด.02" },
          { kind: "text", text: "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568" },
        );
        s.lines.push(
          { kind: "blank" },
          { kind: "text", text: "หมายเหตุ โครงการที่ 2 ใช้เงินสะสม" },
          { kind: "text", text: "ตามมติสภาฯ สมัยสามัญ สมัยที่ 3" },
          { kind: "blank" },
          { kind: "text", text: "ลงชื่อ.......................................ผู้จัดทำ" },
          { kind: "text", text: "(นางสาวสมใจ ใจดี)" },
          { kind: "text", text: "ตำแหน่ง นักวิเคราะห์นโยบายและแผน" },
        );
      }),
    expect: () => [],
    then: (r) => expect(r.summary).toMatchObject({ projects: 6, budget: 2_170_000 }),
  },

  // --- the shapes of real workbooks -------------------------------------------------------
  {
    name: "continuation rows: a name and detail spilling into the next row with an empty ที่",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", detail: "ผิวจราจรกว้าง 4 เมตร" });
        insertAfter(s, "road", { kind: "project", id: "road-cont", cells: { name: "หมู่ที่ 3 บ้านหนองบัว", detail: "ยาว 200 เมตร หนา 0.15 เมตร" } });
        patch(s, "milk", { name: "โครงการอาหารเสริม" });
        insertAfter(s, "milk", { kind: "project", cells: { name: "(นม) โรงเรียน" } });
      }),
    expect: () => [],
    then: async (r, b) => {
      expect(r.summary.projects).toBe(6);
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      const road = reading.projects.find((p) => p.row === b.row(PD, "road") - 1)!;
      expect(road.name).toBe(PROJECTS.road.name);
      expect(road.detail).toBe("ผิวจราจรกว้าง 4 เมตร ยาว 200 เมตร หนา 0.15 เมตร");
      expect(road.rows).toEqual([b.row(PD, "road") - 1, b.row(PD, "road-cont") - 1]);
      expect(reading.projects.map((p) => p.name)).toContain(PROJECTS.milk.name);
    },
  },
  {
    name: 'amendment marker rows "แก้ไข ครั้งที่ 2/2568" skipped, ที่ restarting after them',
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        s.lines.push(
          { kind: "text", text: "แก้ไข ครั้งที่ 2/2568" },
          { kind: "heading", text: "3.3 แผนงานสาธารณสุข" },
          {
            kind: "project",
            cells: { no: 1, name: "โครงการป้องกันและควบคุมโรคไข้เลือดออก", detail: "พ่นหมอกควัน 12 หมู่บ้าน", budget: 40_000, location: "ทุกหมู่บ้าน", unit: "สำนักปลัด" },
            months: fm(5, 6, 7),
          },
          { kind: "text", text: "เพิ่มเติม ฉบับที่ 1/2568" },
          {
            kind: "project",
            id: "waste",
            cells: { no: 1, name: "โครงการรณรงค์ลดขยะในชุมชน", budget: "20,000", location: "ทุกหมู่บ้าน", unit: "สำนักปลัด" },
            months: fm(8),
          },
        );
      }),
    expect: (b) => [["BUDGET_AS_TEXT", PD, b.addr(PD, "waste", "budget")]],
    then: async (r, b) => {
      expect(r.summary.projects).toBe(8);
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      const last = reading.projects.at(-1)!;
      expect(last.plan?.text).toBe("3.3 แผนงานสาธารณสุข");
      expect(last.strategy?.text).toBe(`3. ${"ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการที่ดี"}`);
    },
  },
  {
    name: "ผด.02 headings give each row its strategy and แผนงาน",
    make: () => book("pd02"),
    expect: () => [],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      expect(reading.projects.map((p) => [p.strategy?.from, p.strategy?.cell, p.plan?.text, p.plan?.cell])).toEqual(
        (Object.keys(PROJECTS) as (keyof typeof PROJECTS)[]).map((id) => [
          "heading",
          b.addr(PD, `s${PROJECTS[id].strategy}`, "A"),
          reading.projects.find((p) => p.name === PROJECTS[id].name)!.plan!.text,
          b.addr(PD, `p-${id}`, "A"),
        ]),
      );
      expect(reading.projects.map((p) => p.plan?.text.replace(/^\d+\.\d+ /, ""))).toEqual(Object.values(PROJECTS).map((p) => p.plan));
    },
  },
  {
    name: "blank padding rows between blocks and below the list",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { kind: "blank" }, { kind: "blank" });
        insertAfter(s, "milk", { kind: "blank" });
        s.lines.push({ kind: "blank" }, { kind: "blank" }, { kind: "blank" });
      }),
    expect: () => [],
    then: (r) => expect(r.summary.projects).toBe(6),
  },
  {
    name: "subtotals per แผนงาน, per ยุทธศาสตร์ and a grand total, all right",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { kind: "total", label: "รวม", budget: 495_000 });
        insertAfter(s, "water", { kind: "total", label: "รวม", budget: "250,000" }, { kind: "total", label: "รวมยุทธศาสตร์ที่ 1", budget: 745_000 });
        s.lines.push({ kind: "total", label: "รวมทั้งสิ้น", budget: 2_170_000 });
      }),
    expect: () => [],
  },
  {
    name: "TOTAL_MISMATCH on a grand total after right subtotals",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        insertAfter(s, "road", { kind: "total", label: "รวม", budget: 495_000 });
        s.lines.push({ kind: "total", label: "รวม", budget: 35_000 }, { kind: "total", id: "grand", label: "รวมทั้งสิ้น", budget: 2_000_000 });
      }),
    expect: (b) => [["TOTAL_MISMATCH", PD, b.addr(PD, "grand", "budget")]],
  },
  {
    name: "month marks as fills only in the template layout; a whole highlighted row is no month bar",
    make: () => {
      const bk = baseline("template");
      const s = sheetOf(bk);
      bk.sheets[0] = { ...s, marks: "fill" };
      const b = build(bk);
      const r = b.row(TP, "women");
      b.fill(TP, `A${r}:W${r}`, "FFFFFF00");
      return b;
    },
    expect: (b) => [["MONTHS_MISSING", TP, b.addr(TP, "women", "months")]],
  },
  {
    name: 'months as text: "ต.ค. 67 - ก.ย. 68", "ม.ค.-มี.ค. 2568", "ตลอดปีงบประมาณ", unreadable',
    make: () =>
      book("period", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { period: "ต.ค. 67 - ก.ย. 68" });
        patch(s, "water", { period: "ม.ค.-มี.ค. 2568" });
        patch(s, "milk", { period: "ตลอดปีงบประมาณ" });
        patch(s, "loykrathong", { period: "ตั้งแต่เดือน พ.ย. 67" });
        patch(s, "training", { period: "ช่วงหน้าฝน" });
        patch(s, "women", { period: null });
      }),
    expect: (b) => [
      ["MONTHS_MISSING", TP, b.addr(TP, "training", "period")],
      ["MONTHS_MISSING", TP, b.addr(TP, "women", "period")],
    ],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      const months = (n: string) => reading.projects.find((p) => p.name === n)!.months.map((m) => (m ? 1 : 0)).join("");
      expect(months(PROJECTS.road.name)).toBe("111111111111");
      expect(months(PROJECTS.water.name)).toBe("000111000000");
      expect(months(PROJECTS.milk.name)).toBe("111111111111");
      expect(months(PROJECTS.loykrathong.name)).toBe("010000000000");
    },
  },
  {
    name: "months as start/end columns: real dates, text, month numbers",
    make: () =>
      book("startEnd", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { start: utcDate(2025, 1, 1), end: utcDate(2025, 3, 31) });
        patch(s, "water", { start: "1 ก.พ. 2568", end: "30 เม.ย. 2568" });
        patch(s, "milk", { start: 10, end: 9 });
        patch(s, "loykrathong", { start: "พ.ย. 67", end: null });
        patch(s, "training", { start: "เมื่อพร้อม", end: "มิ.ย. 68" });
        patch(s, "women", { start: null, end: "มี.ค. 68" });
      }),
    expect: (b) => [["MONTHS_MISSING", TP, b.addr(TP, "training", "start")]],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      const months = (n: string) => reading.projects.find((p) => p.name === n)!.months.map((m) => (m ? 1 : 0)).join("");
      expect(months(PROJECTS.road.name)).toBe("000111000000");
      expect(months(PROJECTS.water.name)).toBe("000011100000");
      expect(months(PROJECTS.milk.name)).toBe("111111111111");
      expect(months(PROJECTS.loykrathong.name)).toBe("010000000000");
      // An end month alone is that month, as a start month alone is.
      expect(months(PROJECTS.women.name)).toBe("000001000000");
    },
  },
  {
    name: "newlines inside cells (names, units, a budget typed on two lines)",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        patch(s, "road", { name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก\nหมู่ที่ 3 บ้านหนองบัว", unit: "กอง\nช่าง" });
        patch(s, "water", { budget: "250,000\nบาท" });
        insertAfter(s, "water", { ...projectLine("road", "pd02", 2, { name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3\r\nบ้านหนองบัว" }), id: "dup" });
      }),
    expect: (b) => [
      ["BUDGET_AS_TEXT", PD, b.addr(PD, "water", "budget")],
      ["DUPLICATE_PROJECT", PD, b.addr(PD, "dup", "name")],
    ],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      expect(reading.projects[0].name).toBe(PROJECTS.road.name);
    },
  },
  {
    name: "a ผ.02 five-year sheet given as the only project list",
    make: () => {
      const bk = baseline("pd02");
      bk.sheets = [];
      const b = build(bk);
      addFiveYearSheet(b);
      return b;
    },
    // The title that makes it a plan form is where the finding points.
    expect: () => [
      ["FIVE_YEAR_PLAN_SHEET", "ผ.02", "A1"],
      ["HEADER_NOT_FOUND", "ผ.02", ""],
    ],
    then: (r) => expect(r.summary.projects).toBe(0),
  },
  {
    name: "huge text: a 30,000-character name and detail",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        const huge = "โครงการก่อสร้างถนน".repeat(1_700).slice(0, 30_000);
        patch(s, "road", { name: huge, detail: huge });
        insertAfter(s, "road", { ...projectLine("road", "pd02", 2, { name: `${huge.slice(0, 29_990)}หมู่ที่ 9`, detail: null }), id: "near" });
      }),
    expect: () => [],
    then: (r) => {
      expect(r.summary.projects).toBe(7);
      for (const f of r.findings) expect(f.message.length).toBeLessThan(1_000);
    },
  },
  {
    name: "huge text: two 30,000-character names one letter apart are compared quickly",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        const huge = "โครงการปรับปรุงคลองส่งน้ำ".repeat(1_200).slice(0, 30_000);
        patch(s, "road", { name: huge, detail: huge });
        const slip = `${huge.slice(0, 15_000)}ข${huge.slice(15_001)}`;
        insertAfter(s, "road", { ...projectLine("road", "pd02", 2, { name: slip, detail: slip }), id: "slip" });
      }),
    expect: (b) => [["DUPLICATE_PROJECT", PD, b.addr(PD, "slip", "name")]],
    then: (r) => expect(r.findings[0].message.length).toBeLessThan(400),
  },
  {
    name: "an empty workbook: no sheets at all",
    make: () => new Built(new ExcelJS.Workbook(), new Map()),
    expect: () => [
      ["HEADER_NOT_FOUND", "", ""],
      ["SETTINGS_MISSING", ST, ""],
    ],
    then: (r) => expect(r.summary).toEqual({ fiscalYear: null, projects: 0, budget: 0, strategies: [], plans: [] }),
  },
  {
    name: "an empty workbook: one empty sheet",
    make: () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1");
      return new Built(wb, new Map());
    },
    expect: () => [
      ["HEADER_NOT_FOUND", "Sheet1", ""],
      ["SETTINGS_MISSING", ST, ""],
    ],
  },
  {
    name: "merged cells across data rows: one unit and one strategy cell over three project rows",
    make: () => {
      const b = book("template");
      const [r1, r3] = [b.row(TP, "road"), b.row(TP, "milk")];
      b.set(TP, `F${r1 + 1}`, null).set(TP, `F${r3}`, null).merge(TP, `F${r1}:F${r3}`);
      b.set(TP, `G${r1 + 1}`, null).merge(TP, `G${r1}:G${r1 + 1}`);
      return b;
    },
    expect: () => [],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      expect(reading.projects.slice(0, 3).map((p) => p.unit)).toEqual(["กองช่าง", "กองช่าง", "กองช่าง"]);
      expect(reading.projects[1].strategy?.text).toBe("ยุทธศาสตร์ที่ 1");
    },
  },
  {
    name: "merged cells across data rows: a blank unit merged over two rows is still missing",
    make: () => {
      const b = book("pd02");
      const r = b.row(PD, "road");
      b.set(PD, `F${r}`, null).merge(PD, `F${r}:F${r + 1}`);
      return b;
    },
    expect: (b) => [["UNIT_MISSING", PD, b.addr(PD, "road", "unit")]],
  },
  {
    name: "header labels split over two unmerged rows",
    make: () => {
      const b = build(baseline("period"));
      // Rewrite the one-row header of the period layout as two stacked rows by adding a line above.
      const ws = b.ws(TP);
      ws.spliceRows(2, 0, ["", "", "", "", "", "", "", ""]);
      ws.getCell("B2").value = "ชื่อ";
      ws.getCell("B3").value = "โครงการ";
      ws.getCell("D2").value = "งบประมาณ";
      ws.getCell("D3").value = "(บาท)";
      return b;
    },
    expect: () => [],
    then: (r) => expect(r.summary.projects).toBe(6),
  },
  {
    name: "header in row 25 under a long preamble",
    make: () =>
      book("pd02", (bk) => {
        const s = sheetOf(bk);
        const notes = Array.from({ length: 19 }, (_, i) => (i % 3 === 0 ? null : `หมายเหตุ ${i}: ข้อความประกอบ`));
        bk.sheets[0] = { ...s, preamble: [...s.preamble, ...notes] };
      }),
    expect: () => [],
    then: (_r, b) => expect(b.placements.get(PD)!.headerRow).toBe(25),
  },
  {
    name: "a sheet with the header only and no rows",
    make: () =>
      book("pd02", (bk) => {
        sheetOf(bk).lines.splice(0);
      }),
    expect: () => [["NO_PROJECTS", PD, ""]],
    then: (r) => {
      expect(r.projectSheets).toEqual([PD]);
      expect(r.summary.projects).toBe(0);
    },
  },
  {
    name: "settings laid out with a spacer column: label | (empty) | value | help",
    make: () => {
      const b = book("pd02");
      b.ws(ST).spliceColumns(2, 0, []);
      b.set(ST, `C${settingRow("ผู้ลงนาม")}`, null);
      return b;
    },
    expect: () => [["SETTINGS_MISSING", ST, `C${settingRow("ผู้ลงนาม")}`]],
    then: async (_r, b) => {
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      expect(reading.settings.cells.orgName).toMatchObject({ text: "บ้านใหม่", cell: `C${settingRow("ชื่อ อปท.")}` });
    },
  },
  {
    name: "settings with each label merged over two cells: the value is right of the merge",
    make: () => {
      const b = book("pd02");
      const ws = b.ws(ST);
      ws.spliceColumns(2, 0, []);
      const rows = baseline().settings!.length;
      for (let r = 3; r < 3 + rows; r++) ws.mergeCells(r, 1, r, 2);
      b.set(ST, `C${settingRow("ชื่อ อปท.")}`, null);
      return b;
    },
    // The value cell is found right of the merge, empty; the title gives the name instead.
    expect: () => [["ORG_FROM_TITLE", PD, "A4"]],
  },
  {
    name: "OpPlan's fresh template (OpPlan's writers), nothing filled in yet",
    make: async () => {
      const port = new ExcelJsWorkbook();
      await createTemplate(port, { fiscalYear: FY });
      return new Built(port.workbook, new Map());
    },
    // The help text beside each empty value is not read as the value.
    expect: () => [
      ["SETTINGS_MISSING", ST, "B3"],
      ["SETTINGS_MISSING", ST, "B4"],
      ["SETTINGS_MISSING", ST, "B10"],
      ["SETTINGS_MISSING", ST, "B13"],
      ["NO_PROJECTS", TP, ""],
    ],
    then: (r) => expect(r.summary).toMatchObject({ fiscalYear: FY, projects: 0 }),
  },
  {
    name: "headings split into a number in ที่ and the text in โครงการ",
    make: () => {
      const bk = baseline("pd02");
      const s = sheetOf(bk);
      for (const [i, l] of s.lines.entries()) {
        if (l.kind !== "heading") continue;
        const m = /^([\d.]+)\s+(.*)$/.exec(l.text)!;
        s.lines[i] = { kind: "project", id: l.id, cells: { no: m[1], name: m[2] } };
      }
      return build(bk);
    },
    expect: () => [],
    then: async (r, b) => {
      expect(r.summary.projects).toBe(6);
      const reading = await readPlanWorkbook(new ExcelJsWorkbook(b.wb));
      expect(reading.projects[0].plan?.text).toBe(`1.1 ${P.works}`);
      expect(reading.projects[0].strategy?.text).toBe(`1. ${S1}`);
    },
  },
  {
    name: "pre-numbered rows with nothing else (ที่ typed or =ROW() down the sheet) are padding",
    make: () => {
      const b = book("template");
      const first = b.row(TP, "women") + 1;
      for (let r = first; r < first + 20; r++) {
        if (r % 2) b.set(TP, `A${r}`, r - 4);
        else b.formula(TP, `A${r}`, "ROW()-4", r - 4);
      }
      return b;
    },
    expect: () => [],
    then: (r) => expect(r.summary.projects).toBe(6),
  },
  {
    name: "subtotals as SUM formulas: a right cached result passes, a stale one is reported",
    make: () => {
      const bk = baseline("pd02");
      const s = sheetOf(bk);
      insertAfter(s, "road", { kind: "total", id: "t1", label: "รวม", budget: null });
      insertAfter(s, "water", { kind: "total", id: "t2", label: "รวม", budget: null });
      const b = build(bk);
      const d = (id: string) => b.addr(PD, id, "budget");
      b.formula(PD, d("t1"), `SUM(${d("road")})`, 495_000);
      // Saved before the amount above it was changed, with calculation set to manual.
      b.formula(PD, d("t2"), `SUM(${d("water")})`, 240_000);
      return b;
    },
    expect: (b) => [["TOTAL_MISMATCH", PD, b.addr(PD, "t2", "budget")]],
  },
  {
    name: "no ยุทธศาสตร์ sheet: strategies are not judged",
    make: () =>
      book("template", (bk) => {
        bk.strategies = null;
        patch(sheetOf(bk), "road", { strategy: "ยุทธศาสตร์ที่ 7" });
      }),
    expect: () => [],
  },
];

describe("ตรวจสอบ corpus", () => {
  it("has at least 40 cases and covers every code", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const b = { addr: () => "A1" } as unknown as Built;
    const covered = new Set<string>();
    for (const c of CASES) {
      try {
        for (const [code] of c.expect(b)) covered.add(code);
      } catch {
        // placements are only known once built
      }
    }
    expect(CHECK_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const b = await c.make();
    const r = await check(b.wb);
    expect(actual(r)).toEqual(expected(c.expect(b)));
    await c.then?.(r, b);
  });

  // Kept at 50,000 rows, the slowest case of the corpus (~6 s): its size is the point. It bounds
  // checkWorkbook's time on a very large sheet (under 20 s): a step quadratic in the rows costs
  // ~25 million operations at 5,000 rows and would pass there, ~2.5 billion here and would not.
  it("50,000 project rows: completes, counts every row, leaves the workbook alone", async () => {
    const t0 = Date.now();
    const bk = baseline("template");
    const s = sheetOf(bk);
    s.lines.splice(0);
    const b = build(bk);
    const ws = b.ws(TP);
    const rows: (string | number | null)[][] = [];
    const units = ["กองช่าง", "สำนักปลัด", "กองคลัง", "กองการศึกษา"];
    const plans = Object.values(P);
    for (let i = 0; i < 50_000; i++) {
      const months = Array<string | null>(12).fill(null);
      months[i % 12] = "✓";
      rows.push([
        i + 1,
        `โครงการปรับปรุงถนนสายที่ ${i + 1} หมู่ที่ ${(i % 20) + 1}`,
        `ระยะทาง ${100 + (i % 900)} เมตร`,
        // Every 1,000th amount is typed as text, every 5,000th is missing.
        i % 5_000 === 4_999 ? null : i % 1_000 === 0 ? ` ${(10_000 + i).toLocaleString("en-US")} ` : 10_000 + i,
        `หมู่ที่ ${(i % 20) + 1}`,
        units[i % 4],
        `${(i % 3) + 1}`,
        plans[i % plans.length],
        "โครงการ",
        null,
        null,
        ...months,
      ]);
    }
    ws.addRows(rows);
    const built = Date.now();
    let elapsed = 0;
    const r = await check(b.wb, { portView: false, timed: (ms) => (elapsed = ms) });
    console.log(`50,000 rows: built in ${built - t0} ms, checkWorkbook took ${elapsed} ms, whole case ${Date.now() - t0} ms`);
    expect(r.summary.projects).toBe(50_000);
    const first = b.placements.get(TP)!.firstLineRow;
    const want = [
      ["BUDGET_AS_TEXT", TP, `D${first}`] as Exp,
      ...Array.from({ length: 10 }, (_, k): Exp => ["BUDGET_MISSING", TP, `D${first + k * 5_000 + 4_999}`]),
    ];
    expect(actual(r)).toEqual(expected(want));
    expect(r.findings.find((f) => f.code === "BUDGET_AS_TEXT")).toMatchObject({ count: 50, cells: Array.from({ length: 5 }, (_, k) => `D${first + k * 1_000}`) });
    let sum = 0;
    for (let i = 0; i < 50_000; i++) if (i % 5_000 !== 4_999) sum += 10_000 + i;
    expect(r.summary.budget).toBe(sum);
    expect(r.summary.strategies.map((x) => x.projects)).toEqual([16_667, 16_667, 16_666]);
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});
