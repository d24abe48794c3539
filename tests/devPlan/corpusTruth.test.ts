/**
 * The development-plan corpus checked against itself, before OpPlan is asked anything: every row
 * the truth names really holds that name in the workbook the builder typed, every project of the
 * year is in the truth, and each expected entry's headings and amounts say what the truth says
 * (a slip in a row number would otherwise be blamed on the linker).
 */
import ExcelJS from "exceljs";
import { STANDARD_PLANS } from "../../src/domain/catalog";
import { DEV_PLAN_CORPUS, linkPairs } from "./corpus";
import type { DevPlanCase, ExpectedProject } from "./corpus/truth";

type Books = { annual: ExcelJS.Workbook; plan: ExcelJS.Workbook };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function books(c: DevPlanCase): Promise<Books> {
  const annual = await load(await c.annual.build());
  return { annual, plan: c.plan ? await load(await c.plan.build()) : annual };
}

function text(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v);
}

const sheetOf = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
};

/** A heading's words without its numbering, as StrategyNode.name keeps them. */
const unnumbered = (s: string) => s.trim().replace(/^(ยุทธศาสตร์ที่\s*\d+\s*|\d+(\.\d+)*\s*[.)]?\s*)/, "").trim();
/** A แผนงาน heading to the standard name it states: "(1) แผนงาน…", "1.1 แผนงาน…", "แผนงาน: …". */
const planOfHeading = (s: string) => "แผนงาน" + s.replace(/^\(?\d+(\.\d+)*\)?\s*/, "").replace(/^แผนงาน\s*:?\s*/, "").replace(/\s+/g, "");
const LINKAGE = /^[ก-จ]\.\s/;

/** Walking a plan sheet top down: the ยุทธศาสตร์ and แผนงาน heading above each row (column A). */
function headingsAbove(ws: ExcelJS.Worksheet): Map<number, { strategy: string | null; plan: string | null }> {
  const out = new Map<number, { strategy: string | null; plan: string | null }>();
  let strategy: string | null = null;
  let plan: string | null = null;
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = text(ws, `A${r}`).trim();
    if (!LINKAGE.test(a) && /^(\d+\.\s*(ยุทธศาสตร์|ประเด็นการพัฒนา)|ยุทธศาสตร์ที่\s*\d)/.test(a)) [strategy, plan] = [unnumbered(a), null];
    else if (/^(\(\d+\)\s*|\d+\.\d+\s*)?แผนงาน/.test(a)) plan = planOfHeading(a);
    out.set(r, { strategy, plan });
  }
  return out;
}

/** Column letter of the annual sheet's header cell that reads `label`, or null. */
function columnOf(ws: ExcelJS.Worksheet, label: string): string | null {
  for (let r = 1; r <= 10; r++)
    for (let c = 1; c <= ws.columnCount; c++) if (text(ws, `${String.fromCharCode(64 + c)}${r}`).trim() === label) return String.fromCharCode(64 + c);
  return null;
}

const isNumber = (s: string) => /^\d+$/.test(s.trim());
const amountOf = (s: string) => (/^\s*-?\s*$/.test(s) ? null : Number(s.replace(/,/g, "")));

describe.each(DEV_PLAN_CORPUS.map((c) => [c.id, c] as const))("%s: the truth is in the cells", (_id, c) => {
  let b: Books;
  beforeAll(async () => {
    b = await books(c);
  });

  test("each project's row holds its name and a ที่", () => {
    for (const p of c.projects) {
      const ws = sheetOf(b.annual, p.sheet);
      expect([p.row, text(ws, `${c.annualColumns.name}${p.row}`)]).toEqual([p.row, p.name]);
      expect(isNumber(text(ws, `${c.annualColumns.no}${p.row}`))).toBe(true);
    }
  });

  test("every numbered row of the annual sheets is a project of the truth, and no row twice", () => {
    const keys = c.projects.map((p) => `${p.sheet}!${p.row}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const sheet of new Set(c.projects.map((p) => p.sheet))) {
      const ws = sheetOf(b.annual, sheet);
      const numbered: string[] = [];
      for (let r = 1; r <= ws.rowCount; r++) if (isNumber(text(ws, `${c.annualColumns.no}${r}`))) numbered.push(`${sheet}!${r}`);
      expect(numbered).toEqual(keys.filter((k) => k.startsWith(`${sheet}!`)).sort((x, y) => Number(x.split("!")[1]) - Number(y.split("!")[1])));
    }
  });

  test("each expected entry's row holds its name and a ที่, and no entry is two projects", () => {
    const linked = c.projects.filter((p) => p.entry);
    for (const p of linked) {
      const ref = c.planSheets.find((s) => s.sheet === p.entry!.sheet)!;
      expect(ref).toBeDefined();
      const ws = sheetOf(b.plan, p.entry!.sheet);
      expect([p.entry!.row, text(ws, `${ref.nameColumn}${p.entry!.row}`)]).toEqual([p.entry!.row, p.entry!.name]);
      expect(isNumber(text(ws, `A${p.entry!.row}`))).toBe(true);
    }
    const entries = linked.map((p) => `${p.entry!.sheet}!${p.entry!.row}`);
    expect(new Set(entries).size).toBe(entries.length);
  });

  test("an entry has an amount in the fiscal year's column unless NOT_PLANNED_THIS_YEAR says it has none", () => {
    for (const p of c.projects.filter((x) => x.entry)) {
      // The block the entry is in: the nearest header above it.
      const ref = c.planSheets.filter((s) => s.sheet === p.entry!.sheet && s.yearRow < p.entry!.row).sort((x, y) => y.yearRow - x.yearRow)[0];
      const ws = sheetOf(b.plan, ref.sheet);
      expect(text(ws, `${ref.fyColumn}${ref.yearRow}`)).toContain(String(c.fiscalYear));
      const amount = amountOf(text(ws, `${ref.fyColumn}${p.entry!.row}`));
      if (p.codes?.includes("NOT_PLANNED_THIS_YEAR")) expect([p.name, amount]).toEqual([p.name, null]);
      else expect([p.name, amount! > 0]).toEqual([p.name, true]);
    }
  });

  test("a linked project's strategy and แผนงาน are its entry's headings (the typed label where it conflicts)", () => {
    for (const p of c.projects.filter((x) => x.entry)) {
      const h = headingsAbove(sheetOf(b.plan, p.entry!.sheet)).get(p.entry!.row)!;
      expect([p.name, h.strategy]).toEqual([p.name, p.strategy]);
      if (p.codes?.includes("CLASS_CONFLICT")) {
        expect(h.plan).not.toBe(p.plan);
        expect(typedPlan(b, c, p)).toBe(p.plan);
      } else expect([p.name, h.plan]).toEqual([p.name, p.plan]);
    }
  });

  test("an unlinked project's แผนงาน is typed, and sits under its strategy alone in the plan", () => {
    const under = new Map<string, Set<string>>();
    for (const ref of c.planSheets)
      for (const h of headingsAbove(sheetOf(b.plan, ref.sheet)).values())
        if (h.plan && h.strategy) under.set(h.plan, (under.get(h.plan) ?? new Set()).add(h.strategy));
    for (const p of c.projects.filter((x) => !x.entry)) {
      expect([p.name, typedPlan(b, c, p)]).toEqual([p.name, p.plan]);
      expect([p.name, [...(under.get(p.plan) ?? [])]]).toEqual([p.name, [p.strategy]]);
    }
  });

  test("strategy and แผนงาน are names classify can give; codes only on rows that bear them", () => {
    const plans = STANDARD_PLANS.map((x) => x.name);
    for (const p of c.projects) {
      expect(plans).toContain(p.plan);
      expect(p.strategy).not.toMatch(/^\d|^ยุทธศาสตร์ที่/);
      if (p.codes?.includes("NOT_IN_DEV_PLAN") || p.codes?.includes("DEV_PLAN_AMBIGUOUS")) expect(p.entry).toBeNull();
      if (p.codes?.includes("NOT_PLANNED_THIS_YEAR") || p.codes?.includes("CLASS_CONFLICT")) expect(p.entry).not.toBeNull();
    }
  });

  test("the plan's other forms are there, and no entry is on them", () => {
    for (const f of c.otherForms ?? []) {
      sheetOf(b.plan, f);
      expect(c.projects.some((p) => p.entry?.sheet === f)).toBe(false);
    }
  });
});

/** The แผนงาน label the officer typed in the project's row, or null when the sheet has no such column. */
function typedPlan(b: Books, c: DevPlanCase, p: ExpectedProject): string | null {
  const ws = sheetOf(b.annual, p.sheet);
  const col = columnOf(ws, "แผนงาน");
  return col ? text(ws, `${col}${p.row}`) : null;
}

describe("the corpus covers what issue 13 asks of it", () => {
  const all = DEV_PLAN_CORPUS.flatMap((c) => c.projects.map((p) => ({ c, p })));
  const withCode = (code: string) => all.filter(({ p }) => p.codes?.includes(code as never));

  test("both layouts, the plan in its own file and inside the annual workbook", () => {
    expect(DEV_PLAN_CORPUS.some((c) => c.plan === null)).toBe(true);
    expect(DEV_PLAN_CORPUS.some((c) => c.plan !== null)).toBe(true);
    // The printed layout: a header repeated within one sheet.
    expect(DEV_PLAN_CORPUS.some((c) => c.planSheets.some((s, i) => c.planSheets.findIndex((t) => t.sheet === s.sheet) !== i))).toBe(true);
  });

  test("every finding issue 13 adds is expected somewhere, and abstentions outnumber none", () => {
    for (const code of ["NOT_IN_DEV_PLAN", "NOT_PLANNED_THIS_YEAR", "DEV_PLAN_AMBIGUOUS", "CLASS_CONFLICT"]) expect(withCode(code).length).toBeGreaterThan(0);
    expect(all.filter(({ p }) => !p.entry && !p.codes?.length).length).toBeGreaterThanOrEqual(3);
  });

  test("twins by หมู่: the d03 road exists for หมู่ที่ 1, 10 and 11, each taken by the project of that หมู่", async () => {
    const d03 = DEV_PLAN_CORPUS.find((c) => c.id === "d03")!;
    const twins = d03.projects.filter((p) => p.entry?.name.includes("บ้านหนองโน"));
    expect(twins.map((p) => [p.name.match(/(?:หมู่ที่|หมู่|ม\.)\s*(\d+)/)![1], p.entry!.name.match(/หมู่ที่ (\d+)$/)![1]])).toEqual([
      ["10", "10"],
      ["1", "1"],
      ["11", "11"],
    ]);
  });

  test("the d03 amendment's entry sits under its marker, numbered 1 again", async () => {
    const d03 = DEV_PLAN_CORPUS.find((c) => c.id === "d03")!;
    const ws = sheetOf((await books(d03)).plan, "ผ02");
    const p = d03.projects.find((x) => x.name.includes("ประปาหมู่บ้าน"))!;
    expect(text(ws, `A${p.entry!.row - 1}`)).toContain("เพิ่มเติม ครั้งที่ 1/2567");
    expect(text(ws, `A${p.entry!.row}`)).toBe("1");
  });

  test("the d04 ambiguous road fits two entries of หมู่ที่ 4, both with an amount in 2568", async () => {
    const d04 = DEV_PLAN_CORPUS.find((c) => c.id === "d04")!;
    const ws = sheetOf((await books(d04)).plan, "ผ.02");
    const fits: number[] = [];
    for (let r = 7; r <= ws.rowCount; r++) if (/ถนนคอนกรีตเสริมเหล็ก.*หมู่ที่ 4$/.test(text(ws, `B${r}`)) && amountOf(text(ws, `G${r}`))) fits.push(r);
    expect(fits).toEqual([9, 10]);
  });

  test("the d04 exempt projects are another agency's by their source or by the section they sit in", async () => {
    const d04 = DEV_PLAN_CORPUS.find((c) => c.id === "d04")!;
    const ws = sheetOf((await books(d04)).annual, "ผด.02");
    const exempt = d04.projects.filter((p) => !p.entry && !p.codes?.length);
    const section = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => text(ws, `A${r}`) === "โครงการของหน่วยงานอื่นที่ดำเนินการในพื้นที่")!;
    expect(exempt.map((p) => (text(ws, `G${p.row}`) === "หน่วยงานอื่น" ? "source" : p.row > section ? "section" : "own"))).toEqual(["source", "section", "section"]);
  });

  test("linkPairs gives every project of every case, with its expected entry", () => {
    const pairs = linkPairs();
    expect(pairs).toHaveLength(all.length);
    expect(pairs.filter((x) => x.expected).length).toBe(all.filter(({ p }) => p.entry).length);
    expect(pairs[0]).toEqual({ caseId: "d01", project: { sheet: "ผด.02 ปี68", row: 6, name: "ก่อสร้างถนน ค.ส.ล. สายบ้านนายสมบัติ - คุ้มโนนงาม ม.3" }, expected: { sheet: "ผ.02", row: 11 } });
  });
});
