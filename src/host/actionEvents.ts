/**
 * What the ribbon and the pane tell each other: the actions, their outcomes and progress, the
 * confirmations a run asks for, and when runs ran.
 */
import type { AnnounceOutcome } from "../commands/announcePlan";
import type { CheckProgress, CheckResult } from "../commands/checkResult";
import type { ApplyRecord, ClassifyResult, UndoOutcome } from "../commands/classifyResult";
import type { GenerateOutcome, GenerateProgress } from "../commands/generateResult";
import type { TrackOutcome, TrackProgress } from "../commands/trackResult";

/** Commands the ribbon and the pane can run. */
export type ActionName = "createTemplate" | "checkProjects" | "classifyProjects" | "generateForms" | "announcePlan" | "trackPlan";

export type ActionSource = "pane" | "ribbon";

export interface TemplateResult {
  /** Sheets the run added, in workbook order. */
  readonly added: readonly string[];
  /** Template sheets that were already there and were left alone. */
  readonly existing: readonly string[];
  /** The Buddhist-era fiscal year the template was made for. */
  readonly fiscalYear: number;
  /** Rows the new ยุทธศาสตร์ sheet took from the development plan (ผ.02); 0 when none. */
  readonly strategyRowsFromDevPlan?: number;
}

/** How far a classification has got (projects classified of all). */
export interface ClassifyProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Where the classification stands after one of its actions (จัดหมวดหมู่, apply, undo):
 * what the pane shows, whichever of the pane or the ribbon ran it.
 */
export interface ClassifyOutcome {
  /** The action that led here. */
  readonly step: "classify" | "apply" | "undo";
  /** The classification under review: the last จัดหมวดหมู่'s. */
  readonly result: ClassifyResult;
  /** What this apply wrote (step "apply" only). */
  readonly written?: ApplyRecord;
  /** Everything applied since the last undo, which ย้อนกลับ would take back; absent when nothing is. */
  readonly undoable?: ApplyRecord;
  /** What this undo did (step "undo" only). */
  readonly undone?: UndoOutcome;
}

export interface ActionFailure {
  /** Stable code (WorkbookError / HostError / Office error code, or "UNKNOWN"). */
  readonly code: string;
  /** Already in the user's language. */
  readonly message: string;
}

/** The outcome of a run: published once per run, when it has finished. */
export type ActionEvent =
  | { readonly action: "createTemplate"; readonly source: ActionSource; readonly ok: true; readonly result: TemplateResult }
  | { readonly action: "checkProjects"; readonly source: ActionSource; readonly ok: true; readonly result: CheckResult }
  | { readonly action: "classifyProjects"; readonly source: ActionSource; readonly ok: true; readonly result: ClassifyOutcome }
  | { readonly action: "generateForms"; readonly source: ActionSource; readonly ok: true; readonly result: GenerateOutcome }
  | { readonly action: "announcePlan"; readonly source: ActionSource; readonly ok: true; readonly result: AnnounceOutcome }
  | { readonly action: "trackPlan"; readonly source: ActionSource; readonly ok: true; readonly result: TrackOutcome }
  | { readonly action: ActionName; readonly source: ActionSource; readonly ok: false; readonly error: ActionFailure };

export type ActionListener = (event: ActionEvent) => void;

/** A run under way: `progress` is null when it has just started, before anything was measured. */
export type ProgressEvent =
  | { readonly action: "checkProjects"; readonly source: ActionSource; readonly progress: CheckProgress | null }
  | { readonly action: "classifyProjects"; readonly source: ActionSource; readonly progress: ClassifyProgress | null }
  | { readonly action: "generateForms"; readonly source: ActionSource; readonly progress: GenerateProgress | null }
  | { readonly action: "trackPlan"; readonly source: ActionSource; readonly progress: TrackProgress | null };

export type ProgressListener = (event: ProgressEvent) => void;

/**
 * A run that needs the user's say before going on: สร้างบัญชี ผด., ประกาศ and ติดตามผล ask before
 * replacing generated sheets that were edited by hand (for ติดตามผล, its รายงานผล). The pane shows it (whoever started the run) and
 * answers with respond(); the first answer counts.
 */
export interface ConfirmRequest {
  readonly id: number;
  readonly action: "generateForms" | "announcePlan" | "trackPlan";
  readonly source: ActionSource;
  /** The generated sheets edited by hand since OpPlan wrote them. */
  readonly sheets: readonly string[];
  respond(replace: boolean): void;
}

export type ConfirmListener = (request: ConfirmRequest) => void;

/** Told when an action starts (true) and ends (false), whatever its outcome. */
export type RunListener = (action: ActionName, running: boolean) => void;

/** When an action last ran: `ended` is null while it runs (times from Date.now()). */
export interface RunWindow {
  readonly action: ActionName;
  readonly started: number;
  readonly ended: number | null;
  /** False for a run that only reads (ตรวจสอบ, จัดหมวดหมู่'s classification): it owns no change. */
  readonly writes: boolean;
}

export interface RunOptions {
  /** Whether the run may write to the workbook (default true). */
  readonly writes?: boolean;
  readonly now?: () => number;
}
