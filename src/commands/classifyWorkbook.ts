import { STANDARD_PLANS } from "../domain/catalog";
import { classifyProject, indexStrategies, type Classification } from "../domain/classify/classify";
import type { DevPlanCandidate, DevPlanLink } from "../domain/devPlan/types";
import { amountIn } from "../domain/devPlan/link";
import { devPlanLinks, entryWhere, placeOf } from "../domain/devPlanLinks";
import { currentFiscalYear } from "../domain/thaiCalendar";
import type { ProjectRecord } from "../domain/project";
import { parseAddressRow } from "../domain/check/rowOf";
import type { Finding } from "../domain/findings";
import { isBlank } from "../domain/parse/text";
import type { ProjectSheet, WorkbookReading } from "../domain/read/readWorkbook";
import type { CellValue } from "../core/cellValue";
import { cellAddress, parseAddress } from "../core/address";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";
import { readPlanWorkbook, type PlanSource } from "./checkWorkbook";
import type { ApplyOptions, ApplyRecord, ClassifyResult, DevPlanRef, ProjectClassification, UndoOutcome } from "./classifyResult";

const STRATEGY_HEADER = "ยุทธศาสตร์";
const PLAN_HEADER = "แผนงาน";

/** Where a sheet keeps (or would keep) the two columns: its own, or new ones right of its last. */
function targetColumns(sheet: ProjectSheet): { strategy: number; plan: number; add: { col: number; header: string }[] } {
  const cols = sheet.header.columns;
  let next = sheet.colCount;
  const add: { col: number; header: string }[] = [];
  const strategy = cols.get("strategy") ?? (add.push({ col: next, header: STRATEGY_HEADER }), next++);
  const plan = cols.get("plan") ?? (add.push({ col: next, header: PLAN_HEADER }), next++);
  return { strategy, plan, add };
}

const clip80 = (s: string) => s.slice(0, 80);

/** CLASS_CONFLICT for each label that the linked ผ.02 entry contradicts, or that the project's words do. */
function conflictFindings(p: ProjectRecord, c: Classification, fromFile: boolean): Finding[] {
  const out: Finding[] = [];
  const what = `โครงการ "${clip80(p.name)}"`;
  for (const x of c.planConflicts) {
    const label = x.field === "plan" ? p.plan! : p.strategy!;
    const field = x.field === "plan" ? "แผนงาน" : "ยุทธศาสตร์";
    out.push({
      code: "CLASS_CONFLICT",
      severity: "warning",
      sheet: p.sheet,
      cell: label.cell,
      ...(label.cell ? { row: parseAddressRow(label.cell) } : {}),
      message: `${what} ระบุ${field} "${x.label}" แต่ในแผนพัฒนาท้องถิ่น${fromFile ? "ที่เลือก" : ""} (${entryWhere(x.entry, clip80)}) อยู่ใต้${field} "${x.planned}"`,
      fix: `ตรวจว่าโครงการนี้คือรายการนั้นในแผนพัฒนาหรือไม่ ถ้า${field}ที่ระบุถูกแล้วไม่ต้องแก้ (OpPlan ไม่เปลี่ยนสิ่งที่กรอกไว้) ถ้าไม่ใช่ให้แก้ให้ตรงกับแผนพัฒนา`,
    });
  }
  if (c.conflict && p.plan)
    out.push({
      code: "CLASS_CONFLICT",
      severity: "warning",
      sheet: p.sheet,
      cell: p.plan.cell,
      row: parseAddressRow(p.plan.cell),
      message: `${what} ระบุ${c.conflict.label} แต่ชื่อโครงการบ่งว่าเป็น${c.conflict.suggested}`,
      fix: `ตรวจแผนงานของโครงการนี้ ถ้าระบุถูกแล้วไม่ต้องแก้ (OpPlan ไม่เปลี่ยนสิ่งที่กรอกไว้)`,
    });
  return out;
}

/** An entry as the pane and the JSON name it, with what it plans for this year. */
function refOf(c: DevPlanCandidate, year: number): DevPlanRef {
  const e = c.entry;
  return {
    sheet: e.sheet,
    row: e.row,
    score: c.score,
    name: e.name,
    strategy: e.strategy?.text ?? null,
    plan: e.plan?.text ?? null,
    amount: amountIn(e, year),
  };
}

function devPlanOf(link: DevPlanLink | undefined, year: number): Pick<ProjectClassification, "devPlan" | "devPlanCandidates" | "devPlanAmbiguous"> {
  if (!link) return { devPlan: null, devPlanCandidates: [], devPlanAmbiguous: false };
  return {
    devPlan: link.entry ? refOf({ entry: link.entry, score: link.score }, year) : null,
    devPlanCandidates: link.candidates.map((c) => refOf(c, year)),
    devPlanAmbiguous: link.ambiguous,
  };
}

export function classifyReading(reading: WorkbookReading, options: { useKeywords?: boolean; today?: Date } = {}): ClassifyResult {
  const index = indexStrategies(reading.strategies.strategies, options.useKeywords ?? true);
  const links = devPlanLinks(reading, options.today);
  const year = reading.fiscalYear ?? currentFiscalYear(options.today);
  const fromFile = reading.devPlan?.origin === "file";
  const classifications: ProjectClassification[] = [];
  const findings: Finding[] = [];
  const columnsToAdd: ClassifyResult["columnsToAdd"][number][] = [];
  for (const sheet of reading.projectSheets) {
    const target = targetColumns(sheet);
    const needsColumns = new Set<string>();
    for (const p of sheet.rows.projects) {
      const link = links.get(p);
      const c = classifyProject(p, index, placeOf(link));
      // A row labels itself (its own cell or a heading): nothing to write there.
      const planCell = p.plan ? null : cellAddress(p.row, target.plan);
      const strategyCell = p.strategy ? null : cellAddress(p.row, target.strategy);
      if (planCell && !sheet.header.columns.has("plan")) needsColumns.add(PLAN_HEADER);
      if (strategyCell && !sheet.header.columns.has("strategy")) needsColumns.add(STRATEGY_HEADER);
      classifications.push({
        key: `${p.sheet}!${p.row + 1}`,
        sheet: p.sheet,
        row: p.row + 1,
        name: p.name,
        plan: c.plan,
        strategy: c.strategy,
        planCell,
        strategyCell,
        ...devPlanOf(link, year),
      });
      findings.push(...conflictFindings(p, c, fromFile));
    }
    for (const a of target.add)
      if (needsColumns.has(a.header)) columnsToAdd.push({ sheet: sheet.name, cell: cellAddress(sheet.header.top, a.col), header: a.header });
  }
  return {
    classifications,
    findings,
    strategies: reading.strategies.strategies.map((s) => s.name),
    plans: STANDARD_PLANS.map((p) => p.name),
    devPlanFrom: reading.devPlan?.origin ?? null,
    columnsToAdd,
  };
}

/**
 * จัดหมวดหมู่, read-only half: what each project's strategy and แผนงาน would be. A fired signal
 * rejects with CancelledError, up to the moment the result is returned (nothing was written).
 */
export async function classifyWorkbook(
  port: WorkbookPort,
  onProgress?: (p: { done: number; total: number }) => void,
  signal?: AbortSignal,
  source: PlanSource = {},
): Promise<ClassifyResult> {
  const reading = await readPlanWorkbook(port, (p) => onProgress?.({ done: p.stage === "read" ? p.done : p.total, total: p.total }), signal, source);
  const result = classifyReading(reading);
  throwIfCancelled(signal);
  return result;
}

/**
 * Writes the decisions (or the user's choices) into the sheets' own columns, adding the two
 * columns' headers where a sheet lacks them, and only into cells that are still empty now:
 * nothing the user typed is overwritten. Returns what it wrote, for undo.
 */
export async function applyClassification(port: WorkbookPort, result: ClassifyResult, options: ApplyOptions = {}): Promise<ApplyRecord> {
  const min = options.minConfidence ?? 0;
  const wanted = new Map<string, { sheet: string; cell: string; value: string }>();
  for (const c of result.classifications) {
    if (options.only && !options.only.has(c.key)) continue;
    const choice = options.choices?.get(c.key);
    const pick = (cell: string | null, decided: ProjectClassification["plan"], chosen: string | null | undefined) => {
      if (!cell) return;
      const value = chosen !== undefined ? chosen : decided.name !== null && decided.confidence >= min ? decided.name : null;
      if (value) wanted.set(`${c.sheet}!${cell}`, { sheet: c.sheet, cell, value });
    };
    pick(c.planCell, c.plan, choice?.plan);
    pick(c.strategyCell, c.strategy, choice?.strategy);
  }
  if (!wanted.size) return { cells: [], headers: [] };

  // Emptiness is judged now, not when the pane was filled: the user may have typed since.
  const sheets = [...new Set([...wanted.values()].map((w) => w.sheet))];
  const current = await port.readSheets(sheets);
  const blankAt = (sheet: string, cell: string) => {
    const d = current[sheets.indexOf(sheet)];
    if (!d) return false;
    const { row, col } = parseAddress(cell);
    return isBlank(d.values[row - d.originRow]?.[col - d.originCol] ?? null);
  };
  const cells = [...wanted.values()].filter((w) => blankAt(w.sheet, w.cell));
  const usedColumns = new Set(cells.map((w) => `${w.sheet}!${parseAddress(w.cell).col}`));
  const headers = result.columnsToAdd
    .filter((h) => usedColumns.has(`${h.sheet}!${parseAddress(h.cell).col}`) && blankAt(h.sheet, h.cell))
    .map((h) => ({ sheet: h.sheet, cell: h.cell, value: h.header }));
  await writeBySheet(port, [...headers, ...cells], (w) => w.value);
  return { cells, headers };
}

/** Takes back what applying wrote, except cells the user has changed since. */
export async function undoClassification(port: WorkbookPort, record: ApplyRecord): Promise<UndoOutcome> {
  const all = [...record.cells, ...record.headers];
  if (!all.length) return { restored: 0, keptEdited: 0 };
  const sheets = [...new Set(all.map((w) => w.sheet))];
  const current = await port.readSheets(sheets);
  const valueAt = (sheet: string, cell: string) => {
    const d = current[sheets.indexOf(sheet)];
    const { row, col } = parseAddress(cell);
    return d?.values[row - d.originRow]?.[col - d.originCol] ?? null;
  };
  const unchanged = all.filter((w) => valueAt(w.sheet, w.cell) === w.value);
  await writeBySheet(port, unchanged, () => null);
  const restored = unchanged.filter((w) => record.cells.includes(w as ApplyRecord["cells"][number])).length;
  return { restored, keptEdited: record.cells.length - restored };
}

async function writeBySheet<T extends { sheet: string; cell: string }>(port: WorkbookPort, items: readonly T[], value: (w: T) => CellValue): Promise<void> {
  const bySheet = new Map<string, T[]>();
  for (const w of items) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [sheet, list] of bySheet)
    await port.writeCells(
      sheet,
      list.map((w) => {
        const { row, col } = parseAddress(w.cell);
        return { row, col, value: value(w) };
      }),
    );
}
