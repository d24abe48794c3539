/**
 * What the pane knows about the workbook as a whole: the plan at a glance and the state of
 * every step. It listens to the result bus (results, progress) and to the workbook's changes,
 * and re-reads the overview when something may have changed it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { PlanOverview } from "../commands/planOverview";
import { readOverview } from "../host/overviewActions";
import { changeOwners, lastRunStart, runningActions, subscribeRuns } from "../host/runWindows";
import { lastEvent } from "../host/resultBus";
import type { ActionName } from "../host/actionEvents";
import { watchWorkbook } from "../host/watch";
import { errorMessage } from "../host/errorMessage";
import type { Lang } from "../host/language";
import {
  STEPS,
  isGeneratedSheetName,
  pruneChanges,
  recordResult,
  stepStatuses,
  type ResultLog,
  type SeenChange,
  type StepStatus,
  type WorkbookChange,
} from "./stepStatus";
import { useActionEvents } from "./useBus";

/** Quiet time after the last input change before the overview is read again: typing fires a change per cell. */
export const OVERVIEW_DEBOUNCE_MS = 1500;

export interface OverviewView {
  /** The last overview read; kept while a new read is under way, so the header does not flicker. */
  readonly overview: PlanOverview | null;
  /** When it was read (Date.now()). */
  readonly at: number;
  readonly loading: boolean;
  /** The last read's failure, in the user's language. */
  readonly error: string | null;
}

export interface PaneStatus {
  readonly overview: OverviewView;
  /** Reads the overview again now. */
  refresh(): void;
  /** By step number (StepCard's `step`). */
  readonly statuses: ReadonlyMap<number, StepStatus>;
}

function initialResults(now: number): ResultLog {
  let log: ResultLog = {};
  for (const { action } of STEPS) {
    // A ribbon run finished before the pane opened: it counts from now, since earlier changes went unseen.
    const event = lastEvent(action);
    if (event) log = recordResult(log, event, now);
  }
  return log;
}

/**
 * @param enabled Read the workbook and watch it (in Excel, recent enough); otherwise only the
 *   bus is followed and the overview stays empty.
 */
export function usePaneStatus(enabled: boolean, lang: Lang): PaneStatus {
  const [results, setResults] = useState<ResultLog>(() => initialResults(Date.now()));
  const [changes, setChanges] = useState<readonly SeenChange[]>([]);
  const [running, setRunning] = useState<ReadonlySet<ActionName>>(() => new Set(runningActions()));
  const [overview, setOverview] = useState<OverviewView>({ overview: null, at: 0, loading: enabled, error: null });

  // Only the newest read may land: a slow read must not overwrite a newer one.
  const reads = useRef(0);
  const mounted = useRef(true);
  // What the callbacks below read at call time, so that they stay the same across renders.
  const latest = useRef({ lang, results, projectSheets: [] as readonly string[] });
  useLayoutEffect(() => {
    latest.current = { lang, results, projectSheets: overview.overview?.projectSheets ?? [] };
  });

  const refresh = useCallback(() => {
    if (!enabled) return;
    const id = ++reads.current;
    setOverview((v) => ({ ...v, loading: true }));
    readOverview().then(
      (read) => {
        if (mounted.current && id === reads.current) setOverview({ overview: read, at: Date.now(), loading: false, error: null });
      },
      (err: unknown) => {
        if (mounted.current && id === reads.current) setOverview((v) => ({ ...v, loading: false, error: errorMessage(err, latest.current.lang) }));
      },
    );
  }, [enabled]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, OVERVIEW_DEBOUNCE_MS);
  }, [refresh]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, [refresh]);

  useActionEvents((event) => {
    const at = Date.now();
    // The bus still holds this run's window: the result stands for the workbook from its start.
    const since = lastRunStart(event.action) ?? at;
    setResults((log) => recordResult(log, event, at, since));
    if (event.ok) refresh();
  });
  // Every action, from its start to its end (ribbon runs too: they go through the same actions).
  useEffect(
    () =>
      subscribeRuns((action, on) =>
        setRunning((r) => (on ? (r.has(action) ? r : new Set(r).add(action)) : without(r, action))),
      ),
    [],
  );

  const onChange = useCallback(
    (change: WorkbookChange) => {
      // Whose write it was must be asked now: the run's window moves on. Excel's own word on
      // it (change.source) outweighs the window.
      const at = Date.now();
      const owners = changeOwners(change.source, at);
      const { results: log, projectSheets } = latest.current;
      // OpPlan's own output (forms, ประกาศ, lists, temporary sheets) is nobody's input.
      const name = change.sheet.trim().toLocaleLowerCase("en-US");
      if (isGeneratedSheetName(change.sheet) && !projectSheets.some((s) => s.trim().toLocaleLowerCase("en-US") === name)) {
        // A sheet of the user's own named like a form (last year's "ผด.02" pasted in) is only
        // known as input once the overview has read it: a new or removed one is read again.
        const userSheet = !name.startsWith("~");
        if ((change.kind === "added" || change.kind === "deleted") && owners.length === 0 && userSheet) refreshSoon();
        return;
      }
      setChanges((list) => pruneChanges([...list, { change, at, owners }], log));
      // A run's own writes need no read of their own: its result on the bus starts one, after them.
      if (owners.length === 0) refreshSoon();
    },
    [refreshSoon],
  );

  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | undefined;
    let gone = false;
    watchWorkbook((change) => onChange(change)).then(
      (unsubscribe) => {
        if (gone) unsubscribe();
        else stop = unsubscribe;
      },
      // Without events (an Excel too old for them) the pane still works; only the "out of date" badges stay off.
      () => undefined,
    );
    return () => {
      gone = true;
      stop?.();
    };
  }, [enabled, onChange]);

  // Changes older than every result can make nothing out of date any more.
  const live = useMemo(() => pruneChanges(changes, results), [changes, results]);

  const statuses = useMemo(
    () =>
      stepStatuses({
        results,
        changes: live,
        running,
        overview: overview.overview ? { hasTemplate: overview.overview.hasTemplate, projectSheets: overview.overview.projectSheets, at: overview.at } : null,
      }),
    [results, live, running, overview.overview, overview.at],
  );

  return { overview, refresh, statuses };
}

function without<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  if (!set.has(item)) return set;
  const next = new Set(set);
  next.delete(item);
  return next;
}
