/**
 * สร้างบัญชี ผด.: the forms are written with OpPlan's marker; a second run replaces only what
 * OpPlan generated, asks before replacing a generated sheet edited by hand, never touches a
 * sheet of the user's own, and a failure half-way leaves the previous forms as they were.
 */
import { checkWorkbook } from "../../src/commands/checkWorkbook";
import { findMarker, fnv1a, parseMarker, valuesHash } from "../../src/commands/formMarker";
import { alternativeName, BOOK_ORDER, FORM_SHEET_NAMES } from "../../src/core/sheetNames";
import {
  generateForms,
  inspectGenerated,
  markerColumn,
  markSpec,
  planForms,
  type GenerateProgress,
} from "../../src/commands/generateForms";
import { appendSheets } from "../../src/commands/writeSheets";
import { isoToSerial } from "../../src/core/localDate";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import type { SheetData } from "../../src/core/sheetData";
import type { WorkbookPort } from "../../src/workbook/port";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import type { WorkbookHarness } from "../workbook/harness";
import { FakeExcelError } from "../excelModel";
import { createOfficeHarness } from "../workbook/officeHarness";

const FORMS = [...FORM_SHEET_NAMES];
/** The whole book, in print order: what สร้างบัญชี ผด. writes for a plan whose อปท. is known. */
const BOOK: string[] = [...BOOK_ORDER];
const withSheet = (form: string, sheet: string) => BOOK.map((n) => (n === form ? sheet : n));
const INPUT_SHEETS = ["โครงการ", "ยุทธศาสตร์", "ตั้งค่า", "วันหยุด", "รายการเลือก"];

async function seedPlan(port: WorkbookPort, projects = 24, seed = 11): Promise<void> {
  await appendSheets(port, buildSampleWorkbook(generateSamplePlan({ projects, seed, fiscalYear: 2570 })), 0);
}

/** Every sheet's values, for "nothing changed" comparisons. */
async function snapshot(port: WorkbookPort): Promise<Record<string, SheetData | null>> {
  const names = await port.listSheets();
  const data = await port.readSheets(names);
  return Object.fromEntries(names.map((n, i) => [n, data[i]]));
}

const harnesses: [string, () => WorkbookHarness][] = [
  ["ExcelJS", createExcelJsHarness],
  ["Office.js (fake Excel)", createOfficeHarness],
];

describe.each(harnesses)("สร้างบัญชี ผด. through %s", (_name, make) => {
  it("writes the whole book after the input sheets in print order, each part with OpPlan's marker", async () => {
    const h = make();
    await seedPlan(h.port);
    const progress: GenerateProgress[] = [];
    const confirm = jest.fn(() => true);
    const r = await generateForms(h.port, { confirmReplaceEdited: confirm, onProgress: (p) => progress.push(p) });
    expect(r).toMatchObject({ written: BOOK, renamed: [], edited: [], cancelled: false });
    expect(confirm).not.toHaveBeenCalled();
    expect(await h.sheetNames()).toEqual([...INPUT_SHEETS, ...BOOK]);
    for (const part of BOOK) expect([part, inspectGenerated(await h.port.readSheet(part))]).toEqual([part, { generated: true, form: part, editedByHand: false }]);
    // The parts as the outcome gives them: the sheets written, the body numbered on from 1.
    expect(r.book.parts.map((p) => p.sheet)).toEqual(BOOK);
    const body = r.book.parts.filter((p) => p.firstPage !== null);
    expect(body.map((p) => p.part)).toEqual(["intro", "pd01", "pd02", "pd021"]);
    body.forEach((p, i) => expect(p.firstPage).toBe(i === 0 ? 1 : body[i - 1].firstPage! + body[i - 1].pages!));
    for (const form of FORMS) {
      const data = (await h.port.readSheet(form))!;
      const marker = (await h.cell(form, 0, markerColumn(form))).value;
      expect(parseMarker(marker)).toEqual({ form, hash: expect.stringMatching(/^[0-9a-f]{8}$/) });
      expect(inspectGenerated(data)).toEqual({ generated: true, form, editedByHand: false });
    }
    // Progress goes through read, build, write and ends full.
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(["read", "build", "write"]);
    const last = progress[progress.length - 1];
    expect(last.stage).toBe("write");
    expect(last.done).toBe(last.total);
    // The summary is ผด.01's figures: its strategies add up to the whole, 100 percent each.
    expect(r.summary.fiscalYear).toBe(2570);
    expect(r.summary.projects).toBeGreaterThan(0);
    expect(r.summary.strategies.reduce((n, s) => n + s.projects, 0)).toBe(r.summary.projects);
    // Each share rounded on its own, as an auditor recomputes it.
    for (const g of r.summary.strategies) {
      expect(g.percentProjects).toBe(Math.round((g.projects / r.summary.projects) * 10_000) / 100);
      expect(Math.abs(g.percentBudget - (g.budget / r.summary.budget) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it("does not read its own forms as project rows: the check sees the same plan after generating", async () => {
    const h = make();
    await seedPlan(h.port);
    const before = await checkWorkbook(h.port);
    await generateForms(h.port);
    const after = await checkWorkbook(h.port);
    expect(after.summary).toEqual(before.summary);
    expect(after.findings).toEqual(before.findings);
    expect(after.projectSheets).toEqual(before.projectSheets);
  });

  it("replaces its own untouched parts silently on a second run, together after the other sheets", async () => {
    const h = make();
    await seedPlan(h.port);
    await generateForms(h.port);
    await h.seed("บันทึก", [["ของผู้ใช้"]]);
    const planned = await planForms(h.port);
    expect(planned.existing).toEqual(BOOK.map((name) => ({ name, exists: true, generated: true, editedByHand: false })));
    expect(planned.targets.map((t) => t.replaces)).toEqual(BOOK.map(() => "untouched"));
    const confirm = jest.fn(() => false);
    const r = await generateForms(h.port, { confirmReplaceEdited: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(r).toMatchObject({ written: BOOK, renamed: [], cancelled: false });
    // A book prints in tab order: the user's sheet added after it now comes before it.
    expect(await h.sheetNames()).toEqual([...INPUT_SHEETS, "บันทึก", ...BOOK]);
    for (const form of FORMS) expect(inspectGenerated(await h.port.readSheet(form))).toEqual({ generated: true, form, editedByHand: false });
  });

  it("asks before replacing a form edited by hand; declining changes nothing, accepting replaces it", async () => {
    const h = make();
    await seedPlan(h.port);
    await generateForms(h.port);
    const pd02 = (await h.port.readSheet("ผด.02"))!;
    await h.port.writeCells("ผด.02", [{ row: 5, col: 1, value: "แก้ด้วยมือ" }]);
    expect(inspectGenerated(await h.port.readSheet("ผด.02"))).toEqual({ generated: true, form: "ผด.02", editedByHand: true });
    const before = await snapshot(h.port);

    const decline = jest.fn(async () => false);
    const no = await generateForms(h.port, { confirmReplaceEdited: decline });
    expect(decline).toHaveBeenCalledTimes(1);
    expect(decline).toHaveBeenCalledWith(["ผด.02"]);
    expect(no).toMatchObject({ cancelled: true, written: [], edited: ["ผด.02"] });
    expect(no.summary.projects).toBeGreaterThan(0);
    expect(await snapshot(h.port)).toEqual(before);

    // Without a way to ask, an edited form is never replaced.
    expect((await generateForms(h.port)).cancelled).toBe(true);
    expect(await snapshot(h.port)).toEqual(before);

    const accept = jest.fn(() => true);
    const yes = await generateForms(h.port, { confirmReplaceEdited: accept });
    expect(accept).toHaveBeenCalledWith(["ผด.02"]);
    expect(yes).toMatchObject({ cancelled: false, written: BOOK, edited: ["ผด.02"] });
    const again = (await h.port.readSheet("ผด.02"))!;
    expect(again.values).toEqual(pd02.values);
    expect(inspectGenerated(again).editedByHand).toBe(false);
  });

  it("never touches a sheet of the user's own named like a form: the form goes to “ผด.01 (OpPlan)”", async () => {
    const h = make();
    await seedPlan(h.port);
    await h.seed("ผด.01", [["บัญชีสรุปที่ทำเอง"], [null, 1234]]);
    const mine = await h.port.readSheet("ผด.01");
    const planned = await planForms(h.port);
    expect(planned.existing.find((e) => e.name === "ผด.01")).toEqual({ name: "ผด.01", exists: true, generated: false, editedByHand: false });
    expect(planned.existing.filter((e) => e.name !== "ผด.01").map((e) => e.exists)).toEqual(BOOK.slice(1).map(() => false));

    const confirm = jest.fn(() => true);
    const r = await generateForms(h.port, { confirmReplaceEdited: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(r.written).toEqual(withSheet("ผด.01", "ผด.01 (OpPlan)"));
    expect(r.renamed).toEqual([{ form: "ผด.01", sheet: "ผด.01 (OpPlan)" }]);
    expect(await h.port.readSheet("ผด.01")).toEqual(mine);
    expect(inspectGenerated(await h.port.readSheet("ผด.01 (OpPlan)"))).toEqual({ generated: true, form: "ผด.01", editedByHand: false });

    // The next run replaces the renamed form rather than adding another.
    const again = await generateForms(h.port, { confirmReplaceEdited: confirm });
    expect(again.written).toEqual(r.written);
    expect(await h.port.readSheet("ผด.01")).toEqual(mine);
    expect((await h.sheetNames()).filter((n) => n.startsWith("ผด.01"))).toEqual(["ผด.01", "ผด.01 (OpPlan)"]);
  });

  it("goes on to “(OpPlan 2)” when “(OpPlan)” is the user's too, and leaves a form generated for another form alone", async () => {
    const h = make();
    await seedPlan(h.port);
    await generateForms(h.port);
    await h.port.renameSheet("ผด.01", "ผด.01 (opplan)"); // a copy the user keeps; names compare without case
    await h.port.writeCells("ผด.01 (opplan)", [{ row: 0, col: markerColumn("ผด.01"), value: null }]);
    await h.port.renameSheet("ผด.02", "ผด.01"); // a generated ผด.02 under ผด.01's name
    const r = await generateForms(h.port);
    expect(r.renamed).toEqual([{ form: "ผด.01", sheet: alternativeName("ผด.01", 2) }]);
    expect(r.written).toEqual(withSheet("ผด.01", "ผด.01 (OpPlan 2)"));
    expect(inspectGenerated(await h.port.readSheet("ผด.01"))).toMatchObject({ generated: true, form: "ผด.02" });
  });

  it("never touches a sheet of the user's own named ปก: the cover goes to “ปก (OpPlan)”, the book keeps its order", async () => {
    const h = make();
    await seedPlan(h.port);
    await h.seed("ปก", [["ปกที่ทำเองใน Word แล้ววางไว้"]]);
    const mine = await h.port.readSheet("ปก");
    const r = await generateForms(h.port);
    expect(r.written).toEqual(withSheet("ปก", "ปก (OpPlan)"));
    expect(r.book.parts[0]).toMatchObject({ part: "cover", sheet: "ปก (OpPlan)" });
    expect(await h.port.readSheet("ปก")).toEqual(mine);
    expect((await h.sheetNames()).slice(-BOOK.length)).toEqual(withSheet("ปก", "ปก (OpPlan)"));
  });

  it("without the อปท.'s name writes only the forms, numbered from 1, and says why", async () => {
    const h = make();
    await seedPlan(h.port);
    const settings = (await h.port.readSheet("ตั้งค่า"))!;
    const row = settings.values.findIndex((r) => r[0] === "ชื่อ อปท.");
    expect(row).toBeGreaterThanOrEqual(0);
    await h.port.writeCells("ตั้งค่า", [{ row: row + settings.originRow, col: settings.originCol + 1, value: null }]);
    const r = await generateForms(h.port);
    expect(r.written).toEqual(FORMS);
    expect(r.book.parts.map((p) => [p.part, p.firstPage])).toEqual([
      ["pd01", 1],
      ["pd02", 1 + r.book.parts[0].pages!],
      ["pd021", 1 + r.book.parts[0].pages! + r.book.parts[1].pages!],
    ]);
    expect(r.announcement?.written).toEqual([]);
    expect(r.announcement?.refused.map((f) => f.code)).toEqual(["SETTINGS_MISSING"]);
    expect(r.announcement?.refused[0]).toMatchObject({ severity: "error", sheet: "ตั้งค่า", message: expect.stringMatching(/ไม่ได้เขียนปก ประกาศ คำนำ สารบัญ และส่วนที่ 1/) });
    for (const part of ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1"]) expect([part, await h.port.readSheet(part)]).toEqual([part, null]);
  });

  it("round-trips the marker: a marked spec read back from the workbook is untouched", async () => {
    const h = make();
    const spec: SheetSpec = {
      name: "ทดสอบ",
      cells: [
        ["หัวเรื่อง", null, ""],
        [1, 2.5, 1234567.891, -0.1 + 0.3, true, false],
        ["  เว้นวรรค  ", "=ไม่ใช่สูตร", "00123", "สองบรรทัด\nบรรทัดที่สอง", { date: "2026-10-01" }],
        [],
        [null, null, null, null, null, null, null, "ไกล"],
      ],
    };
    const marked = markSpec(spec, "ผด.01");
    const col = markerColumn("ผด.01");
    expect(marked.cells[0][col]).toMatch(/^OpPlan\|ผด\.01\|[0-9a-f]{8}$/);
    expect(spec.cells[0]).toHaveLength(3); // the input is not changed
    await h.port.writeSheet(marked);
    const read = (await h.port.readSheet("ทดสอบ"))!;
    expect(findMarker(read)).toMatchObject({ form: "ผด.01", row: 0, col });
    expect(inspectGenerated(read)).toEqual({ generated: true, form: "ผด.01", editedByHand: false });
    await h.port.writeCells("ทดสอบ", [{ row: 2, col: 4, value: { date: "2026-10-02" } }]);
    expect(inspectGenerated(await h.port.readSheet("ทดสอบ")).editedByHand).toBe(true);
  });
});

describe("the marker's hash", () => {
  const spec: SheetSpec = { name: "x", cells: [["ก", null], [1, { date: "2027-01-31" }, true]] };

  it("is FNV-1a: stable, and known values give known hashes", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
    expect(markSpec(spec, "ผด.01")).toEqual(markSpec(spec, "ผด.01"));
  });

  it("reads a sheet as the hosts return it: dates as serials, offsets, \"\" as empty", () => {
    const marked = markSpec(spec, "ผด.02");
    const col = markerColumn("ผด.02");
    const width = col + 1;
    const pad = (r: (string | number | boolean | null)[]) => [...r, ...Array(width - r.length).fill("")];
    const values = [pad(["ก", "", ...Array(col - 2).fill(""), marked.cells[0][col] as string]), pad([1, isoToSerial("2027-01-31"), true])];
    const data: SheetData = { name: "x", originRow: 0, originCol: 0, values, numberFormats: values.map((r) => r.map(() => "General")) };
    expect(inspectGenerated(data)).toEqual({ generated: true, form: "ผด.02", editedByHand: false });
    // One cell changed, or moved by an inserted column: edited.
    const changed = { ...data, values: [values[0], pad([2, isoToSerial("2027-01-31"), true])] };
    expect(inspectGenerated(changed).editedByHand).toBe(true);
    const shifted = { ...data, values: data.values.map((r) => ["", ...r]) };
    expect(inspectGenerated(shifted)).toEqual({ generated: true, form: "ผด.02", editedByHand: true });
    // A used range that starts further in (column A empty) keeps sheet coordinates.
    const inset = markSpec({ name: "y", cells: [[null, "ก"], [null, 1]] }, "ผด.02");
    const insetValues = [["ก", ...Array(col - 2).fill(""), inset.cells[0][col] as string], [1, ...Array(col - 1).fill("")]];
    const insetData: SheetData = { name: "y", originRow: 0, originCol: 1, values: insetValues, numberFormats: insetValues.map((r) => r.map(() => "General")) };
    expect(inspectGenerated(insetData)).toEqual({ generated: true, form: "ผด.02", editedByHand: false });
    expect(valuesHash(insetValues, 0, 1, { row: 0, col })).toBe(valuesHash(inset.cells, 0, 0, { row: 0, col }));
  });

  it("tells sheets without a marker, and no sheet at all, from generated ones", () => {
    expect(inspectGenerated(null)).toEqual({ generated: false, editedByHand: false });
    const plain: SheetData = { name: "ผด.01", originRow: 0, originCol: 0, values: [["OpPlan"]], numberFormats: [["General"]] };
    expect(inspectGenerated(plain)).toEqual({ generated: false, editedByHand: false });
  });

  it("refuses a spec whose marker cell is taken (a builder's bug)", () => {
    const col = markerColumn("ผด.01");
    const row0 = Array(col + 1).fill(null);
    row0[col] = "ของอื่น";
    expect(() => markSpec({ name: "x", cells: [row0] }, "ผด.01")).toThrow(/marker/);
  });
});

describe("a failure half-way (Office.js, fake Excel)", () => {
  /** A workbook with the forms of one plan, about to be given those of a bigger plan. */
  async function prepared() {
    const h = createOfficeHarness();
    await seedPlan(h.port, 24, 11);
    await generateForms(h.port);
    // The user adds projects: the next forms differ from the ones in the workbook.
    await h.port.deleteSheet("โครงการ");
    const bigger = buildSampleWorkbook(generateSamplePlan({ projects: 40, seed: 12, fiscalYear: 2570 }));
    await h.port.writeSheet(bigger[0], { position: 0 });
    return h;
  }

  it("leaves the previous forms, and no temporary sheet, whichever sync fails", async () => {
    // How many syncs a whole run takes, and how many its reading takes.
    const probe = await prepared();
    probe.excel.resetStats();
    await planForms(probe.port);
    const readSyncs = probe.excel.stats.syncs;
    probe.excel.resetStats();
    await generateForms(probe.port);
    const allSyncs = probe.excel.stats.syncs;
    expect(allSyncs).toBeGreaterThan(readSyncs + 1);

    for (let n = readSyncs + 1; n <= allSyncs; n++) {
      const h = await prepared();
      const before = await snapshot(h.port);
      // Not GeneralException: on a large request that is taken for a size refusal and retried.
      h.excel.failOnSync(n, new FakeExcelError("InvalidOperation", `ล่มที่ ${n}`));
      await expect(generateForms(h.port)).rejects.toThrow();
      expect({ n, sheets: await h.sheetNames() }).toEqual({ n, sheets: Object.keys(before) });
      expect(await snapshot(h.port)).toEqual(before);
      // And the next run goes through.
      const r = await generateForms(h.port);
      expect(r.written).toEqual(BOOK);
    }
  });
});

describe("สร้างบัญชี ผด. of a 5,000-project plan through the Office adapter", () => {
  // Kept at 5,000 projects: the size is the point. Its reads (project values ~4.9 MB, forms'
  // values ~3.5 MB, month fills ~2.7 MB) overflow the 4 MB request budget and must be split; a
  // plan of a few hundred fits in one request of each and would prove nothing about the budget.
  // The two runs share one seeded workbook: the second run is the first one's sequel.
  const h = createOfficeHarness();
  let first: Awaited<ReturnType<typeof generateForms>>;
  let firstStats: { syncs: number; maxRequestBytes: number };
  beforeAll(async () => {
    await seedPlan(h.port, 5000, 4);
    h.excel.resetStats();
    first = await generateForms(h.port);
    firstStats = { syncs: h.excel.stats.syncs, maxRequestBytes: h.excel.stats.maxRequestBytes };
  }, 60_000);

  // Reads, then writes, in few requests: listing, sizing, values (number formats only of the
  // settings and holidays, fills only of month columns and the name column), then the write.
  it("takes at most 8 syncs on a first run, every request under 4 MB", () => {
    expect(first.written).toEqual(BOOK);
    expect(firstStats.syncs).toBeLessThanOrEqual(8);
    expect(firstStats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
  });

  it("takes at most 9 syncs on a second run (the forms are read back for their hashes), every request under 4 MB", async () => {
    h.excel.resetStats();
    const again = await generateForms(h.port);
    expect(again).toMatchObject({ written: BOOK, edited: [], cancelled: false });
    // Target 8: the reading (project values ~4.9 MB, forms' values ~3.5 MB, month fills ~2.7 MB)
    // needs four requests under the read budget, beside list, size and the write's three.
    expect(h.excel.stats.syncs).toBeLessThanOrEqual(9);
    expect(h.excel.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
  }, 60_000);
});

describe("an emblem the host refuses", () => {
  it("is reported in the outcome, the book written without it", async () => {
    const h = createExcelJsHarness();
    await seedPlan(h.port);
    const refusing: WorkbookPort = {
      ...h.port,
      listSheets: () => h.port.listSheets(),
      readSheets: (...a) => h.port.readSheets(...a),
      readSheet: (...a) => h.port.readSheet(...a),
      replaceSheets: async (specs, progress, options) => {
        await h.port.replaceSheets(specs, progress, options);
        options?.onSkipped?.({ sheet: "ปก", feature: "image", code: "InvalidArgument" });
      },
    };
    const r = await generateForms(refusing);
    expect(r.written).toEqual(BOOK);
    expect(r.skipped).toEqual([{ sheet: "ปก", feature: "image", code: "InvalidArgument" }]);
  });
});
