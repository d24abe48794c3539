/**
 * สร้างบัญชี ผด.: builds ผด.01, ผด.02 and ผด.02/1 from the plan and writes them as sheets, in one
 * change (a failure half-way leaves the sheets as they were).
 *
 * Running it again replaces only the sheets OpPlan generated, which it recognises by its marker;
 * a generated sheet whose values were changed by hand is replaced only when the user agrees; a
 * sheet of the user's own that happens to have a form's name is never touched (the form goes
 * to "ผด.01 (OpPlan)" instead).
 */
import { checkPlan } from "../domain/check/checkPlan";
import { blockingFindings } from "../domain/check/usable";
import { sortFindings } from "../domain/findings";
import { planFindings } from "../domain/planFindings";
import { sumBudget } from "../reports/forms/blocks";
import { buildPlanModel, type PlanModel } from "../domain/planModel";
import type { WorkbookReading } from "../domain/read/readWorkbook";
import { buildForms, MARKER_COLUMN, pd01Figures, type FormOptions } from "../reports/forms";
import type { CellValue } from "../core/cellValue";
import { alternativeName } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";
import type { SheetData } from "../core/sheetData";
import { readPlanSheetData, readPlanSheets, type PlanSource } from "./checkWorkbook";
import { inspectGenerated, markerText, valuesHash } from "./formMarker";
import type { FormsSummary, GenerateOutcome, GenerateProgress } from "./generateResult";
import type { BookLogo } from "../reports/book/types";

export { inspectGenerated, isGeneratedSheet, type GeneratedState } from "./formMarker";
export type { FormsSummary, GenerateOutcome, GenerateProgress, StrategyFigures } from "./generateResult";

/** The column of row 1 the builders leave free for the marker (one for all forms, or per form). */
export function markerColumn(form: string): number {
  const m: number | Readonly<Record<string, number>> = MARKER_COLUMN;
  if (typeof m === "number") return m;
  const col = m[form];
  if (col === undefined) throw new Error(`OpPlan: no marker column for form ${form}`);
  return col;
}

/** The spec with OpPlan's marker ("OpPlan|<form>|<hash of its other values>") in row 1. */
export function markSpec(spec: SheetSpec, form: string, col: number = markerColumn(form)): SheetSpec {
  const first = spec.cells[0] ?? [];
  const taken = first[col];
  if (taken !== null && taken !== undefined && taken !== "") throw new Error(`OpPlan: the marker cell of ${spec.name} is not empty`);
  const hash = valuesHash(spec.cells, 0, 0, { row: 0, col });
  const row0: CellValue[] = [...first];
  while (row0.length < col) row0.push(null);
  row0[col] = markerText(form, hash);
  return { ...spec, cells: [row0, ...spec.cells.slice(1)] };
}

/** What a form's own name holds in the workbook now. */
export interface ExistingForm {
  /** The form, which is also the sheet name looked at. */
  readonly name: string;
  readonly exists: boolean;
  /** The sheet carries OpPlan's marker for this form. */
  readonly generated: boolean;
  readonly editedByHand: boolean;
}

/** Where a form will be written and what it replaces there. */
export interface FormTarget {
  readonly form: string;
  readonly sheet: string;
  /** Not under the form's own name: a sheet of the user's own has it. */
  readonly renamed: boolean;
  /** none: a new sheet; untouched: a generated sheet as OpPlan wrote it; edited: one changed by hand since. */
  readonly replaces: "none" | "untouched" | "edited";
}

export interface FormsPlan {
  readonly reading: WorkbookReading;
  readonly plan: PlanModel;
  /** The marked forms, under the names they will be written to (targets[i].sheet). */
  readonly specs: readonly SheetSpec[];
  readonly existing: readonly ExistingForm[];
  readonly targets: readonly FormTarget[];
}

/** `devPlan`: the sheets of a development plan kept in a file of its own (see PlanSource). */
export interface PlanFormsOptions extends PlanSource {
  readonly onProgress?: (p: GenerateProgress) => void;
  /** Font of the forms (default TH SarabunPSK 16). */
  readonly formOptions?: FormOptions;
  /**
   * The user's ยกเลิก: rejects the run with CancelledError, looked at during the reading, between
   * the stages and during the write up to the swap (see WorkbookPort.replaceSheets); a cancelled
   * run leaves the workbook as it was. Not the same as declining to replace edited sheets.
   */
  readonly signal?: AbortSignal;
}

/** Excel compares sheet names without case. */
const key = (name: string) => name.toLocaleLowerCase("en-US");

/**
 * Where each generated sheet goes: its own name if free or OpPlan's, else the first free
 * "<name> (OpPlan[ N])"; a sheet of the user's own is never a target.
 */
export function resolveTargets(forms: readonly string[], sheets: readonly SheetData[]): FormTarget[] {
  const byName = new Map(sheets.map((s) => [key(s.name), s]));
  const assigned = new Set<string>();
  const ours = (form: string, data: SheetData | undefined): FormTarget["replaces"] | undefined => {
    if (!data) return "none";
    const state = inspectGenerated(data);
    if (!state.generated || state.form !== form) return undefined;
    return state.editedByHand ? "edited" : "untouched";
  };
  return forms.map((form) => {
    for (let n = 0; ; n++) {
      const name = n === 0 ? form : alternativeName(form, n);
      if (assigned.has(key(name))) continue;
      const data = byName.get(key(name));
      const replaces = ours(form, data);
      if (replaces === undefined) continue; // someone else's sheet: never touched
      assigned.add(key(name));
      return { form, sheet: data?.name ?? name, renamed: n > 0, replaces };
    }
  });
}

/**
 * Reads the workbook, builds the plan and the marked forms, and tells for each form what its
 * name holds now and where it will go. Reads only.
 */
export async function planForms(port: WorkbookPort, options: PlanFormsOptions = {}): Promise<FormsPlan> {
  const { onProgress, signal } = options;
  const sheets = await readPlanSheets(port, (p) => onProgress?.({ stage: "read", done: p.done, total: p.total }), signal);
  onProgress?.({ stage: "build", done: 0, total: 1 });
  throwIfCancelled(signal);
  const reading = readPlanSheetData(sheets, options);
  const plan = buildPlanModel(reading);
  const built = buildForms(plan, options.formOptions);
  const forms = built.map((s) => s.name);
  const targets = resolveTargets(forms, sheets);
  const specs = built.map((s, i) => ({ ...markSpec(s, s.name), name: targets[i].sheet }));
  const existing = forms.map((name) => {
    const data = sheets.find((s) => key(s.name) === key(name)) ?? null;
    const state = inspectGenerated(data);
    const generated = state.generated && state.form === name;
    return { name, exists: data !== null, generated, editedByHand: generated && state.editedByHand };
  });
  onProgress?.({ stage: "build", done: 1, total: 1 });
  throwIfCancelled(signal);
  return { reading, plan, specs, existing, targets };
}

/** The ผด.01 figures, as the form prints them. */
export function formsSummary(plan: PlanModel): FormsSummary {
  const fig = pd01Figures(plan);
  return {
    fiscalYear: plan.fiscalYear,
    projects: fig.projects,
    budget: fig.budget,
    strategies: fig.strategies.map((s) => ({
      name: s.name,
      projects: s.projects,
      budget: s.budget,
      percentProjects: s.percentProjects,
      percentBudget: s.percentBudget,
    })),
  };
}

export interface GenerateOptions extends PlanFormsOptions {
  /** The emblem for the ปก and the ประกาศ (pane: a chosen picture; CLI: --logo). */
  readonly logo?: BookLogo | null;
  /**
   * Asked with the names of generated sheets changed by hand since: true replaces them, false
   * stops before writing anything. Without it, such sheets are never replaced.
   */
  readonly confirmReplaceEdited?: (names: string[]) => Promise<boolean> | boolean;
}

/**
 * Writes the forms: new sheets, or replacing the ones OpPlan generated before (keeping their
 * places), all in one replaceSheets (built under temporary names, then swapped in). Declining
 * to replace edited sheets resolves with `cancelled: true`; a fired `signal` rejects with
 * CancelledError instead, unless the swap was already on its way (then the forms are written).
 */
export async function generateForms(port: WorkbookPort, options: GenerateOptions = {}): Promise<GenerateOutcome> {
  const planned = await planForms(port, options);
  const { targets, specs, reading, plan } = planned;
  const summary = formsSummary(plan);
  const checked = checkPlan(reading);
  const findings = sortFindings([...checked, ...planFindings(plan)], reading.sheetOrder);
  const equipment = plan.projects.filter((p) => p.kind === "equipment");
  const base = { summary, findings, equipment: { items: equipment.length, budget: sumBudget(equipment) }, book: { parts: [] } };
  const refused = blockingFindings(reading, checked);
  if (refused.length) return { written: [], renamed: [], edited: [], cancelled: false, refused, ...base };
  const edited = targets.filter((t) => t.replaces === "edited").map((t) => t.sheet);
  const renamed = targets.filter((t) => t.renamed).map((t) => ({ form: t.form, sheet: t.sheet }));
  if (edited.length > 0) {
    const ok = options.confirmReplaceEdited ? await options.confirmReplaceEdited([...edited]) : false;
    if (!ok) return { written: [], renamed: [], edited, cancelled: true, refused: [], ...base };
  }
  options.onProgress?.({ stage: "write", done: 0, total: 1 });
  // Also after the question: the user may have pressed ยกเลิก while it was asked.
  throwIfCancelled(options.signal);
  await port.replaceSheets(specs, (p) => options.onProgress?.({ stage: "write", done: p.rowsWritten, total: Math.max(1, p.rowsTotal) }), {
    signal: options.signal,
  });
  return { written: specs.map((s) => s.name), renamed, edited, cancelled: false, refused: [], ...base };
}
