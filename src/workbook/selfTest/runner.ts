/**
 * Runs probes one by one over an ExcelRun. A probe that throws fails with Excel's error code
 * instead of stopping the others, and the scratch sheets are removed after every probe, thrown
 * or not; a removal that fails turns the probe's outcome into a fail, since a user would be left
 * with sheets of ours.
 */
import { createScratch, type ScratchSheets } from "./scratch";
import { errorCodeOf, errorMessageOf, type ExcelRun, type Probe, type ProbeOutcome, type ProbeResult, type SelfTestProgress } from "./types";

export interface RunProbesOptions {
  readonly run: ExcelRun;
  /** Whether Excel supports ExcelApi `version`. */
  readonly supports: (version: string) => boolean;
  readonly onProgress?: (progress: SelfTestProgress) => void;
  readonly scratch?: ScratchSheets;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runProbes(probes: readonly Probe[], options: RunProbesOptions): Promise<ProbeOutcome[]> {
  const scratch = options.scratch ?? createScratch();
  const ctx = {
    run: options.run,
    scratch,
    supports: options.supports,
    now: options.now ?? (() => Date.now()),
    sleep: options.sleep ?? defaultSleep,
  };
  const outcomes: ProbeOutcome[] = [];
  for (const [i, probe] of probes.entries()) {
    options.onProgress?.({ done: i, total: probes.length, current: probe });
    let result: ProbeResult;
    try {
      result = await probe.run(ctx);
    } catch (err) {
      result = { status: "fail", seen: { error: errorCodeOf(err), message: errorMessageOf(err) } };
    }
    try {
      await scratch.removeAll(options.run);
    } catch (err) {
      const seen = typeof result.seen === "string" ? { result: result.seen } : result.seen;
      result = { status: "fail", seen: { ...seen, scratchNotRemoved: errorCodeOf(err) } };
    }
    outcomes.push({ id: probe.id, status: result.status, seen: result.seen });
  }
  options.onProgress?.({ done: probes.length, total: probes.length });
  return outcomes;
}
