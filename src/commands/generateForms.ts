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
import { throwIfCancelled, type SkippedFeature, type WorkbookPort } from "../workbook/port";
import type { SheetData } from "../core/sheetData";
import { readPlanSheetData, readPlanSheets, type PlanSource } from "./checkWorkbook";
import { inspectGenerated, markerText, valuesHash } from "./formMarker";
import type { FormsSummary, GenerateOutcome, GenerateProgress } from "./generateResult";
import type { BookLogo, BookContext } from "../reports/book/types";
import { appendixParts, assembleBook, type AssembledPart } from "../reports/book/assemble";
import { BOOK_MARKER_COLUMN } from "../reports/book";
import { ANNOUNCEMENT_MARKER_COLUMN, buildAnnouncement, timetable } from "../reports/announcement";
import { ANNOUNCEMENT_SHEET, FORM_SHEET_NAMES } from "../core/sheetNames";
import { defaultBookText } from "../domain/book/bookText";
import { todayInBangkok, type IsoDate } from "../core/localDate";
import { datesOf, prepareAnnouncement, type PreparedAnnouncement } from "./announcePlan";
import type { BookPart } from "./generateResult";

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
  /** The marked parts of the book in print order, under the names they will be written to (targets[i].sheet). */
  readonly specs: readonly SheetSpec[];
  /** The book's parts in print order, as the outcome reports them (the user's ภาคผนวก last). */
  readonly parts: readonly BookPart[];
  /** The ประกาศ's input, dates and findings (refused when the อปท. is unknown). */
  readonly announcement: PreparedAnnouncement;
  readonly existing: readonly ExistingForm[];
  readonly targets: readonly FormTarget[];
}

/** `devPlan`: the sheets of a development plan kept in a file of its own (see PlanSource). */
export interface PlanFormsOptions extends PlanSource {
  readonly onProgress?: (p: GenerateProgress) => void;
  /** Font of the forms (default TH SarabunPSK 16). */
  readonly formOptions?: FormOptions;
  /** The emblem for the ปก and the ประกาศ (pane: a chosen picture; CLI: --logo). */
  readonly logo?: BookLogo | null;
  /** Today in Asia/Bangkok by default: the ประกาศ's timetable states. */
  readonly today?: IsoDate;
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

/** The marker column each part leaves free in its row 1. */
function markerColumnOf(part: AssembledPart): number {
  if (part.part === "announcement") return ANNOUNCEMENT_MARKER_COLUMN;
  if ((FORM_SHEET_NAMES as readonly string[]).includes(part.spec.name)) return markerColumn(part.spec.name);
  return BOOK_MARKER_COLUMN;
}

/** The user's appendix: visible sheets named ภาคผนวก…, in tab order. */
const appendixOf = (sheets: readonly SheetData[]) =>
  sheets.filter((s) => /^ภาคผนวก/.test(s.name.trim()) && s.visibility !== "hidden" && s.visibility !== "veryHidden" && !inspectGenerated(s).generated).map((s) => s.name);

/** What the text parts know of the plan; null when the อปท. is unknown (no part may then name it). */
function bookContext(reading: WorkbookReading, plan: PlanModel, prepared: PreparedAnnouncement, logo: BookLogo | null, options: FormOptions = {}): BookContext | null {
  if (!plan.orgFullName) return null;
  // The ประกาศ has already told the อปท.'s name and type from the same reading.
  const { orgName, orgType, deadlines: d } = prepared.input;
  return {
    fiscalYear: plan.fiscalYear,
    edition: plan.edition,
    orgFullName: plan.orgFullName,
    orgName,
    orgType,
    district: plan.district,
    province: plan.province,
    thaiDigits: plan.thaiDigits,
    text: reading.bookText ?? defaultBookText(orgType),
    logo,
    dated: d.announced ?? d.trigger ?? null,
    ...(options.fontName ? { fontName: options.fontName } : {}),
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  };
}

/**
 * Reads the workbook, builds the plan and the marked book (ปก … ผด.02-1), and tells for each part
 * what its name holds now and where it will go. Reads only.
 */
export async function planForms(port: WorkbookPort, options: PlanFormsOptions = {}): Promise<FormsPlan> {
  const { onProgress, signal } = options;
  const sheets = await readPlanSheets(port, (p) => onProgress?.({ stage: "read", done: p.done, total: p.total }), signal);
  onProgress?.({ stage: "build", done: 0, total: 1 });
  throwIfCancelled(signal);
  const reading = readPlanSheetData(sheets, options);
  const plan = buildPlanModel(reading);
  const logo = options.logo ?? null;
  const prepared = prepareAnnouncement(reading, options.today ?? todayInBangkok());
  const announcement = prepared.refused.length ? null : buildAnnouncement({ ...prepared.input, logo, ...(options.formOptions ?? {}) });
  const appendix = appendixOf(sheets);
  const assembled = assembleBook({
    context: bookContext(reading, plan, prepared, logo, options.formOptions),
    announcement,
    forms: buildForms(plan, options.formOptions),
    appendix,
  });
  const names = assembled.map((p) => p.spec.name);
  const targets = resolveTargets(names, sheets);
  const specs = assembled.map((p, i) => ({ ...markSpec(p.spec, p.spec.name, markerColumnOf(p)), name: targets[i].sheet }));
  const parts: BookPart[] = [
    ...assembled.map((p, i) => ({ part: p.part, sheet: targets[i].sheet, title: p.title, firstPage: p.firstPage, firstPageLabel: p.firstPageLabel, pages: p.pages })),
    ...appendixParts(appendix, assembled),
  ];
  const existing = names.map((name) => {
    const data = sheets.find((s) => key(s.name) === key(name)) ?? null;
    const state = inspectGenerated(data);
    const generated = state.generated && state.form === name;
    return { name, exists: data !== null, generated, editedByHand: generated && state.editedByHand };
  });
  onProgress?.({ stage: "build", done: 1, total: 1 });
  throwIfCancelled(signal);
  return { reading, plan, specs, parts, announcement: prepared, existing, targets };
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
  const { targets, specs, reading, plan, parts } = planned;
  const prepared = planned.announcement;
  const summary = formsSummary(plan);
  const checked = checkPlan(reading);
  const findings = sortFindings([...checked, ...planFindings(plan)], reading.sheetOrder);
  const equipment = plan.projects.filter((p) => p.kind === "equipment");
  // Without the อปท.'s name the book loses more than its ประกาศ: the text parts would name no one.
  const bookRefused = prepared.refused.map((f) =>
    f.code === "SETTINGS_MISSING" ? { ...f, message: "ไม่ทราบชื่อ อปท. (แผ่นงานตั้งค่าและชื่อเรื่องของรายการโครงการไม่ได้ระบุ) จึงไม่ได้เขียนปก ประกาศ คำนำ สารบัญ และส่วนที่ 1 (เขียนเฉพาะบัญชี ผด.)" } : f,
  );
  const announcementOf = (written: boolean) => ({
    written: written && !prepared.refused.length ? targets.filter((t) => t.form === ANNOUNCEMENT_SHEET).map((t) => t.sheet) : [],
    dates: datesOf(prepared.input.deadlines),
    findings: [...bookRefused, ...prepared.findings],
    refused: bookRefused,
    timetable: timetable(prepared.input),
  });
  const base = { summary, findings, equipment: { items: equipment.length, budget: sumBudget(equipment) }, book: { parts } };
  const refused = blockingFindings(reading, checked);
  if (refused.length) return { written: [], renamed: [], edited: [], cancelled: false, refused, ...base, announcement: announcementOf(false) };
  const edited = targets.filter((t) => t.replaces === "edited").map((t) => t.sheet);
  const renamed = targets.filter((t) => t.renamed).map((t) => ({ form: t.form, sheet: t.sheet }));
  if (edited.length > 0) {
    const ok = options.confirmReplaceEdited ? await options.confirmReplaceEdited([...edited]) : false;
    if (!ok) return { written: [], renamed: [], edited, cancelled: true, refused: [], ...base, announcement: announcementOf(false) };
  }
  options.onProgress?.({ stage: "write", done: 0, total: 1 });
  // Also after the question: the user may have pressed ยกเลิก while it was asked.
  throwIfCancelled(options.signal);
  // One change for the whole book, its sheets after the input sheets in print order.
  const skipped: SkippedFeature[] = [];
  await port.replaceSheets(specs, (p) => options.onProgress?.({ stage: "write", done: p.rowsWritten, total: Math.max(1, p.rowsTotal) }), {
    signal: options.signal,
    together: true,
    onSkipped: (x) => skipped.push(x),
  });
  return { written: specs.map((s) => s.name), renamed, edited, cancelled: false, refused: [], ...base, announcement: announcementOf(true), ...(skipped.length ? { skipped } : {}) };
}
