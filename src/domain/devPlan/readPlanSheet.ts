import { cellAddress } from "../../core/address";
import { parseBudget } from "../parse/budget";
import { normalizeText } from "../parse/text";
import type { Grid } from "../read/grid";
import { isNoteStart, isPageLabel, isSignatureLine, isTitleLine } from "../read/pageFurniture";
import { headerAt, type PlanHeader } from "./planHeader";
import { amendmentOf, headingLevel, headingMatchers, headingNumber, isEntryNumber, isInsertedNumber, isTotalLine } from "./planLines";
import type { DevPlanAmount, DevPlanEntry, DevPlanGroupLabel, DevPlanNote } from "./types";

export type ProjectForm = DevPlanEntry["form"];

export interface SheetRead {
  readonly entries: DevPlanEntry[];
  /** พ.ศ. of the year columns of its headers, ascending */
  readonly years: number[];
  readonly notes: DevPlanNote[];
}

type Draft = { -readonly [K in keyof DevPlanEntry]: DevPlanEntry[K] };

/** Title and furniture lines of the plan forms that a print layout repeats on every page. */
const PLAN_TITLE = /^(?:แบบ\s*)?ผ\s*\.?\s*0?\d(?:\s*\/\s*\d)?$|^(?:รายละเอียด|บัญชี)โครงการพัฒนา|^แผนพัฒนา(?:ท้องถิ่น|สี่ปี|ห้าปี)|^สำหรับ\s*(?:ประสาน|โครงการ)|^ขององค์|^(?:ของ)?(?:องค์การบริหารส่วน|เทศบาล)/;

function furniture(text: string): boolean {
  return PLAN_TITLE.test(text) || isPageLabel(text) || isTitleLine(text) || isSignatureLine(text) || isNoteStart(text);
}

const MATCHERS = headingMatchers();

/**
 * The entries of one ผ.02-family sheet, as officers keep it: a header on top with heading rows
 * inside the table, or blocks repeated as printed (linkage lines, headings, a header, entries, รวม).
 * Each entry takes the headings above it and the amendment marker in force.
 */
export function readPlanSheet(grid: Grid, form: ProjectForm): SheetRead {
  const entries: DevPlanEntry[] = [];
  const notes: DevPlanNote[] = [];
  const years = new Set<number>();
  const sheet = grid.name;
  let header: PlanHeader | null = null;
  let strategy: DevPlanGroupLabel | null = null;
  let approach: DevPlanGroupLabel | null = null;
  let plan: DevPlanGroupLabel | null = null;
  // A marker above the first header (the title of an amendment) covers the whole sheet; one in the
  // table covers the entries after it, until a heading comes after them.
  let sheetAmendment: string | null = null;
  let marker: { text: string; used: boolean } | null = null;
  let last: Draft | null = null;
  const endMarker = () => {
    if (marker?.used) marker = null;
  };
  const text = (r: number, c: number) => (c < 0 ? "" : grid.text(r, c));

  for (let r = grid.data.originRow; r < grid.rowCount; r++) {
    const cells: { c: number; t: string }[] = [];
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      if (grid.isMergedAway(r, c)) continue;
      const t = grid.text(r, c);
      if (t) cells.push({ c, t });
    }
    if (cells.length === 0) {
      last = null;
      continue;
    }
    const no = header ? text(r, header.no) : "";
    const numbered = isEntryNumber(no);
    if (!numbered) {
      const h = headerAt(grid, r);
      if (h) {
        header = h;
        for (const y of h.years) years.add(y.year);
        r = h.bottom;
        last = null;
        continue;
      }
    }
    const amounts = header ? amountsOf(grid, r, header, notes) : [];
    const hasAmount = amounts.some((a) => a.amount !== null);
    const joined = cells.map((x) => x.t).join(" ");
    if (!numbered) {
      const name = header ? text(r, header.name) : "";
      if (isTotalLine(cells[0].t) || isTotalLine(name)) {
        last = null;
        continue;
      }
      const amendment = hasAmount ? null : amendmentOf(joined);
      if (amendment && joined.length <= 200) {
        if (header) marker = { text: amendment, used: false };
        else sheetAmendment = amendment;
        last = null;
        continue;
      }
    }
    // A heading typed with its number in ที่ ("1." | "ยุทธศาสตร์…") reads like an entry's number.
    const level = hasAmount ? null : headingLevel(joined, MATCHERS);
    if (level && (!numbered || level !== "linkage")) {
      endMarker();
      last = null;
      if (level === "linkage") continue;
      const label: DevPlanGroupLabel = { text: joined, number: headingNumber(joined), cell: cellAddress(r, cells[0].c) };
      if (level === "strategy") [strategy, approach, plan] = [label, null, null];
      else if (level === "approach") [approach, plan] = [label, null];
      else plan = label;
      continue;
    }
    if (!numbered && !hasAmount && furniture(cells[0].t)) {
      last = null;
      continue;
    }
    if (!header) continue;
    const name = text(r, header.name);
    const spill = !numbered && no === "" && last !== null && (!hasAmount || !last.amounts.some((a) => a.amount !== null));
    if (spill && last) {
      const add = (a: string, b: string) => normalizeText(`${a} ${b}`);
      last.name = add(last.name, name);
      last.objective = add(last.objective, text(r, header.objective));
      last.target = add(last.target, text(r, header.target));
      last.unit = add(last.unit, text(r, header.unit));
      if (hasAmount) last.amounts = amounts;
      continue;
    }
    if (!numbered && !(no === "" && name && hasAmount)) {
      last = null;
      continue;
    }
    const noted = header.note >= 0 ? amendmentOf(text(r, header.note)) : null;
    const typed = amendmentOf(no);
    if (marker) marker.used = true;
    let amendment = noted ?? typed ?? marker?.text ?? sheetAmendment;
    if (amendment === null && isInsertedNumber(no)) {
      amendment = "เพิ่มเติม";
      const cell = cellAddress(r, header.no);
      notes.push({
        cell,
        message: `แผ่นงาน "${sheet}" เซลล์ ${cell}: ที่ "${no}" แสดงว่าโครงการนี้เพิ่มเข้ามาภายหลัง แต่ไม่พบว่าเพิ่มเติมครั้งใด`,
        fix: 'พิมพ์ เช่น "เพิ่มเติม ครั้งที่ 1/2567" ในช่องหมายเหตุหรือเหนือโครงการ',
      });
    }
    last = {
      sheet,
      row: r + 1,
      no: no.replace(/\s+/g, "").replace(/\.$/, ""),
      name,
      objective: text(r, header.objective),
      target: text(r, header.target),
      unit: text(r, header.unit),
      amounts,
      strategy,
      approach,
      plan,
      amendment,
      form,
      nameCell: cellAddress(r, header.name),
    };
    entries.push(last);
  }
  const named = entries.filter((e) => e.name !== "");
  for (const e of entries)
    if (e.name === "")
      notes.push({ cell: e.nameCell, message: `แผ่นงาน "${sheet}" เซลล์ ${e.nameCell}: ที่ ${e.no} ไม่มีชื่อโครงการ จึงไม่ได้อ่านเป็นโครงการ`, fix: "พิมพ์ชื่อโครงการในช่องนี้" });
  return { entries: named, years: [...years].sort((a, b) => a - b), notes };
}

/** One amount per year column; "-", blank and 0 are no amount that year. */
function amountsOf(grid: Grid, r: number, header: PlanHeader, notes: DevPlanNote[]): DevPlanAmount[] {
  return header.years.map(({ col, year }) => {
    const cell = cellAddress(r, col);
    const p = parseBudget(grid.raw(r, col));
    if (p.kind === "number" || p.kind === "text") return { year, amount: p.value === 0 ? null : p.value, cell };
    if (p.kind === "invalid" || p.kind === "error")
      notes.push({
        cell,
        message: `แผ่นงาน "${grid.name}" เซลล์ ${cell}: อ่านงบประมาณปี ${year} "${p.text}" ไม่ได้`,
        fix: 'พิมพ์เป็นตัวเลข เช่น 150,000 หรือ "-" ถ้าไม่มีงบประมาณปีนั้น',
      });
    return { year, amount: null, cell };
  });
}
