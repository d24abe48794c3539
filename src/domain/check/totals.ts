import type { ProjectRecord } from "../project";
import type { WorkbookReading } from "../read/readWorkbook";
import type { TotalLine } from "../read/projectRows";
import { baht, type Add } from "./collect";

const sumOf = (ps: readonly ProjectRecord[]) => Math.round(ps.reduce((s, p) => s + ("value" in p.budget ? p.budget.value : 0), 0) * 100) / 100;
const differs = (a: number, b: number) => Math.abs(a - b) > 0.005;

/**
 * Every รวม line against what it sums: a sheet's รวม against the rows above it, a รวมทั้งสิ้น
 * against its sheet, or against every sheet when that is what it states (a grand total on the
 * last sheet of a workbook kept one sheet per แผนงาน).
 */
export function checkTotals(r: WorkbookReading, add: Add): void {
  const all = r.projects;
  const multiSheet = r.projectSheets.filter((s) => s.rows.projects.length > 0).length > 1;
  for (const s of r.projectSheets) for (const t of s.rows.totals) checkTotal(s.name, t, t.grand && multiSheet ? all : null, add);
}

function checkTotal(sheet: string, t: TotalLine, workbook: readonly ProjectRecord[] | null, add: Add): void {
  const { stated, covers } = t;
  if (covers.length === 0 && !workbook) return;
  const statedValue = stated.kind === "number" || stated.kind === "text" || stated.kind === "dash" ? stated.value : null;
  // A plain รวม that sums the whole strategy (or sheet) above it is right as well, a รวมทั้งสิ้น
  // that sums every sheet too.
  const candidates = [covers, ...t.alsoCovers, ...(workbook ? [workbook] : [])];
  if (statedValue !== null) {
    const sum = sumOf(covers);
    const whole = workbook ? sumOf(workbook) : null;
    if (candidates.every((c) => differs(sumOf(c), statedValue)))
      add(
        "TOTAL_MISMATCH",
        sheet,
        t.cell,
        whole === null
          ? `ยอดรวม ${baht(statedValue)} บาท ไม่เท่ากับผลรวมของ ${covers.length} โครงการข้างบน (${baht(sum)} บาท)`
          : `ยอดรวมทั้งสิ้น ${baht(statedValue)} บาท ไม่เท่ากับผลรวมของ ${covers.length} โครงการในแผ่นงานนี้ (${baht(sum)} บาท) และไม่เท่ากับผลรวมของ ${workbook!.length} โครงการทุกแผ่นงาน (${baht(whole)} บาท)`,
        `แก้ยอดรวมเป็น ${baht(sum)} บาท หรือตรวจงบประมาณของแต่ละโครงการ`,
      );
  }
  if (t.statedCount !== null) {
    if (!candidates.some((c) => c.length === t.statedCount))
      add(
        "TOTAL_MISMATCH",
        sheet,
        t.cell,
        `บรรทัดรวมระบุ ${t.statedCount} โครงการ แต่ข้างบนมี ${covers.length} โครงการ`,
        `แก้จำนวนในบรรทัดรวมเป็น ${covers.length} โครงการ หรือตรวจว่ามีโครงการใดขาดหรือเกิน`,
        { severity: "warning" },
      );
  }
}
