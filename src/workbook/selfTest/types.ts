/**
 * The self-test's vocabulary: a probe tries one Excel behaviour the Office adapter relies on,
 * on scratch sheets, and says what it saw. Nothing here touches Excel itself: probes get an
 * ExcelRun, so the same code runs in the user's Excel, in Script Lab and over the Excel model.
 */

/** Same shape as Excel.run(batch). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * pass / fail: what Excel did agrees / disagrees with what Microsoft documents (each probe cites
 * its page). observed: nothing is documented to compare with, so the result is only recorded.
 */
export type ProbeStatus = "pass" | "fail" | "observed";

export const PROBE_STATUSES: readonly ProbeStatus[] = ["pass", "fail", "observed"];

/** What a probe saw: a short text or a small JSON-able object. */
export type Seen = string | { readonly [key: string]: unknown };

export interface ProbeResult {
  readonly status: ProbeStatus;
  readonly seen: Seen;
}

export interface ProbeOutcome extends ProbeResult {
  readonly id: string;
}

/** Scratch sheets of one self-test run (see scratch.ts). */
export interface Scratch {
  /** A fresh sheet name of this run (≤ 31 characters), for sheets a probe adds or renames to. */
  name(label: string): string;
  /** Queues adding a sheet with a fresh name of this run; the caller syncs. */
  add(context: Excel.RequestContext, label: string): Excel.Worksheet;
}

export interface ProbeContext {
  readonly run: ExcelRun;
  readonly scratch: Scratch;
  /** Whether Excel says it supports ExcelApi `version` ("1.14"). */
  readonly supports: (version: string) => boolean;
  /** Milliseconds, for measuring how late events come. */
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface Probe {
  readonly id: string;
  readonly titleTh: string;
  readonly titleEn: string;
  run(ctx: ProbeContext): Promise<ProbeResult>;
}

export interface SelfTestProgress {
  /** Probes finished so far. */
  readonly done: number;
  readonly total: number;
  /** The probe running now; undefined once all are done. */
  readonly current?: Probe;
}

/** What the pane offers as JSON: where it ran, and every probe's outcome. */
export interface SelfTestReport {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** ExcelApi versions Excel says it supports, e.g. ["1.1", …, "1.14"]. */
  readonly requirementSets: readonly string[];
  readonly probes: readonly ProbeOutcome[];
}

/** An Office error's code ("ItemAlreadyExists"), else its name, else "UNKNOWN". */
export function errorCodeOf(err: unknown): string {
  if (typeof err === "object" && err !== null) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
    const name = (err as { name?: unknown }).name;
    if (typeof name === "string" && name.length > 0 && name !== "Error") return name;
  }
  return "UNKNOWN";
}

export function errorMessageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Runs `fn`, giving its error code instead of throwing ("" when it succeeded). */
export async function codeOfFailure(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return "";
  } catch (err) {
    return errorCodeOf(err);
  }
}
