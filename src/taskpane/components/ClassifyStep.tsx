/**
 * Step 3, จัดหมวดหมู่: classifies the projects by แผนงาน and ยุทธศาสตร์ (reading only), lists
 * them with the uncertain ones first for review, and writes what the user accepts into the
 * empty cells; what was written can be taken back with one click. ยกเลิก stops a classification
 * started here (it only reads), keeping the list that was there. Ribbon runs (which write the
 * confident decisions at once) show here too.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
} from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Choice } from "../../commands/classifyResult";
import type { Finding } from "../../domain/findings";
import { applyClassificationChoices, runClassify, undoLastClassification } from "../../host/actions";
import { CONFIDENT } from "../../domain/classify/confidence";
import { type ActionEvent, type ActionSource, type ClassifyOutcome, type ClassifyProgress } from "../../host/actionEvents";
import { lastEvent } from "../../host/resultBus";
import { buildReview, confidentCount, writtenCells, type Field as DecisionKind } from "../classifyReview";
import { errorMessage } from "../../host/errorMessage";
import { useLang, type Translate } from "../lang";
import { RUN_IDLE, advanceRun, paneRunning, ribbonRunState, shownResult, type RunState } from "../runState";
import { useActionEvents } from "../useBus";
import { useCancellableRun } from "../useCancellableRun";
import { ClassificationList } from "./ClassificationList";
import { RunCancelled, RunFailed, RunProgress, useFocusAfterRun } from "./RunStatus";
import { StepCard } from "./StepCard";

const useStyles = makeStyles({
  body: {
    margin: 0,
    lineHeight: "1.6",
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
  },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: "8px 12px",
    flexWrap: "wrap",
  },
  notes: {
    margin: 0,
    paddingLeft: "18px",
  },
});

type Ready = { readonly kind: "ready"; readonly source: ActionSource; readonly outcome: ClassifyOutcome };

type View = RunState<ClassifyProgress, Ready>;

const NO_CHOICES: ReadonlyMap<string, Choice> = new Map();

function fractionOf(p: ClassifyProgress | null): number {
  if (!p) return 0;
  return p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 1;
}

const advance = (view: View, source: ActionSource, progress: ClassifyProgress | null) => advanceRun(view, source, progress, fractionOf(progress));

/** A ribbon run's outcome as the view, when it is one. */
const ribbonView = (event: ActionEvent | undefined, view: View) =>
  ribbonRunState(event, "classifyProjects", view, (outcome): Ready => ({ kind: "ready", source: "ribbon", outcome }));

function progressText(view: Extract<View, { kind: "running" }>, tr: Translate): string {
  return view.progress ? tr("classifyRunning", { percent: Math.round(view.fraction * 100) }) : tr("classifyStarting");
}

export function ClassifyStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const { state: view, setState: setView, run, cancel: onCancel } = useCancellableRun<ClassifyProgress, Ready, ClassifyOutcome>({
    action: "classifyProjects",
    initial: () => ribbonView(lastEvent("classifyProjects"), RUN_IDLE) ?? RUN_IDLE,
    advance,
    start: runClassify,
    done: (outcome) => ({ kind: "ready", source: "pane", outcome }),
  });
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(NO_CHOICES);
  const [busy, setBusy] = useState<"apply" | "undo" | null>(null);
  const [actionError, setActionError] = useState<string | undefined>(undefined);

  const shown = view.kind === "running" ? undefined : shownResult(view);
  const outcome = shown?.outcome;
  // A new classification drops the choices made for the one before.
  const [choicesFor, setChoicesFor] = useState(outcome?.result);
  if (outcome && choicesFor !== outcome.result) {
    setChoicesFor(outcome.result);
    setChoices(NO_CHOICES);
  }

  useActionEvents((event) => {
    const next = ribbonView(event, view);
    if (!next || paneRunning(view)) return;
    const listed = shownResult(view);
    if (next.kind === "error" && listed && view.kind !== "running") {
      // A ribbon apply failed after its classification: keep the list, say why.
      setView(listed);
      setActionError(next.message);
      return;
    }
    setActionError(undefined);
    setView(next);
  });

  // A cancel is no failure: the list of the classification before it stays, choices and all.
  const onClassify = () => {
    setActionError(undefined);
    return run();
  };

  /** Runs an apply or an undo; the list stays, its outcome replaces the last. */
  const perform = useCallback(
    async (kind: "apply" | "undo", run: () => Promise<ClassifyOutcome>) => {
      setBusy(kind);
      setActionError(undefined);
      try {
        const done = await run();
        setView({ kind: "ready", source: "pane", outcome: done });
      } catch (err) {
        setActionError(errorMessage(err, lang));
      } finally {
        setBusy(null);
      }
    },
    [lang],
  );

  const onAcceptConfident = () =>
    perform("apply", () => applyClassificationChoices({ source: "pane", minConfidence: CONFIDENT, ...(choices.size > 0 ? { choices } : {}) }));

  // Read at click time, so that onConfirm stays the same and unchanged rows do not re-render.
  const choicesRef = useRef(choices);
  useLayoutEffect(() => {
    choicesRef.current = choices;
  });
  const onConfirm = useCallback(
    (key: string) => {
      const choice = choicesRef.current.get(key);
      void perform("apply", () =>
        applyClassificationChoices({ source: "pane", only: new Set([key]), ...(choice ? { choices: new Map([[key, choice]]) } : {}) }),
      );
    },
    [perform],
  );
  const onChoose = useCallback((key: string, field: DecisionKind, value: string | null) => {
    setChoices((prev) => new Map(prev).set(key, { ...prev.get(key), [field]: value }));
  }, []);
  const onUndo = () => perform("undo", () => undoLastClassification({ source: "pane" }));

  const result = outcome?.result;
  const undoable = outcome?.undoable;
  const review = useMemo(() => (result ? buildReview(result, CONFIDENT) : undefined), [result]);
  const written = useMemo(() => writtenCells(undoable), [undoable]);
  const confident = outcome ? confidentCount(outcome.result, choices, written, CONFIDENT) : 0;
  const running = view.kind === "running";
  const locked = running || busy !== null;
  // A classification, apply or undo started here that ends with the focus on nothing (its button
  // gone) gives it to จัดหมวดหมู่.
  const runButton = useRef<HTMLButtonElement>(null);
  useFocusAfterRun((running && view.source === "pane") || busy !== null, runButton);

  return (
    <StepCard step={3} title={tr("classifyTitle")} icon="assets/classify-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("classifyDescription")}
      </Body1>
      <div>
        {/* Unavailable while busy but focusable (aria-disabled): Enter on it keeps the focus there. */}
        <Button ref={runButton} appearance={outcome ? "secondary" : "primary"} onClick={onClassify} disabledFocusable={locked}>
          {tr("runClassify")}
        </Button>
      </div>
      {view.kind === "running" && (
        <RunProgress
          label={tr("classifyTitle")}
          text={progressText(view, tr)}
          fraction={view.progress ? view.fraction : undefined}
          onCancel={view.source === "pane" ? onCancel : undefined}
          cancelling={view.cancelling}
        />
      )}
      {view.kind === "cancelled" && <RunCancelled testId="classify-cancelled" />}
      {view.kind === "error" && <RunFailed message={view.message} />}
      {outcome && review && (
        <section className={styles.result} data-testid="classify-result">
          {shown?.source === "ribbon" && outcome.step !== "undo" && <Caption1>{tr("classifyFromRibbon")}</Caption1>}
          {outcome.result.classifications.length === 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>{tr("classifyNone")}</MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1 data-testid="classify-summary">
              {tr("classifySummary", { count: outcome.result.classifications.length, review: review.toReview })}
            </Caption1>
          )}
          {/* Announced when it changes; the list below is not (it would be read out in full). */}
          <div className={styles.result} aria-live="polite">
            <OutcomeBar outcome={outcome} busy={busy} onUndo={onUndo} />
            {actionError && <RunFailed message={actionError} />}
          </div>
          <ColumnsToAdd outcome={outcome} />
          <OtherWarnings findings={review.otherFindings} />
          {outcome.result.classifications.length > 0 && (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={onAcceptConfident} disabledFocusable={locked || confident === 0}>
                {tr("acceptConfident")}
              </Button>
              {busy === "apply" ? (
                <Spinner size="tiny" label={tr("applying")} />
              ) : (
                <Caption1>{tr("acceptConfidentHint", { count: confident, percent: Math.round(CONFIDENT * 100) })}</Caption1>
              )}
            </div>
          )}
          <ClassificationList
            items={review.items}
            result={outcome.result}
            choices={choices}
            written={written}
            busy={locked}
            onChoose={onChoose}
            onConfirm={onConfirm}
          />
        </section>
      )}
    </StepCard>
  );
}

/** What the last apply or undo did, with the undo button while there is something to take back. */
function OutcomeBar({ outcome, busy, onUndo }: { outcome: ClassifyOutcome; busy: "apply" | "undo" | null; onUndo: () => void }) {
  const { tr } = useLang();
  const undoable = outcome.undoable && outcome.undoable.cells.length + outcome.undoable.headers.length > 0 ? outcome.undoable : undefined;
  const undoButton = undoable && (
    <MessageBarActions>
      {busy === "undo" ? (
        <Spinner size="tiny" label={tr("undoing")} />
      ) : (
        <Button size="small" onClick={onUndo} disabled={busy !== null}>
          {tr("undo")}
        </Button>
      )}
    </MessageBarActions>
  );
  if (outcome.step === "apply" && outcome.written) {
    const { cells, headers } = outcome.written;
    if (cells.length === 0 && headers.length === 0) {
      return (
        <MessageBar intent="info" layout="multiline" data-testid="classify-outcome">
          <MessageBarBody>{tr("appliedNothing")}</MessageBarBody>
          {undoButton}
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="success" layout="multiline" data-testid="classify-outcome">
        <MessageBarBody>
          <MessageBarTitle>{tr("applied", { count: cells.length })}</MessageBarTitle>
          {headers.length > 0 && tr("appliedHeaders", { count: headers.length })}
        </MessageBarBody>
        {undoButton}
      </MessageBar>
    );
  }
  if (outcome.step === "undo" && outcome.undone) {
    const { restored, keptEdited } = outcome.undone;
    return (
      <MessageBar intent={keptEdited > 0 ? "warning" : "info"} layout="multiline" data-testid="classify-outcome">
        <MessageBarBody>
          <MessageBarTitle>{tr("undone", { count: restored })}</MessageBarTitle>
          {keptEdited > 0 && tr("undoneKept", { count: keptEdited })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (undoable) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="classify-outcome">
        <MessageBarBody>{tr("appliedEarlier", { count: undoable.cells.length })}</MessageBarBody>
        {undoButton}
      </MessageBar>
    );
  }
  return null;
}

/** The columns applying would add, until they are there. */
function ColumnsToAdd({ outcome }: { outcome: ClassifyOutcome }) {
  const { tr } = useLang();
  const styles = useStyles();
  const added = new Set((outcome.undoable?.headers ?? []).map((h) => `${h.sheet}!${h.cell}`));
  const pending = outcome.result.columnsToAdd.filter((c) => !added.has(`${c.sheet}!${c.cell}`));
  if (pending.length === 0) return null;
  return (
    <ul className={styles.notes}>
      {pending.map((c) => (
        <li key={`${c.sheet}!${c.cell}`}>
          <Caption1>{tr("classifyColumnToAdd", { header: c.header, cell: c.cell, sheet: c.sheet })}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** CLASS_CONFLICT warnings that belong to no listed project. */
function OtherWarnings({ findings }: { findings: readonly Finding[] }) {
  const { tr } = useLang();
  if (findings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tr("classifyOtherWarnings")}</MessageBarTitle>
        {findings.map((f, i) => (
          <div key={`${f.sheet}|${f.cell}|${i}`}>
            {tr("groupRow", { sheet: f.sheet, row: f.row ?? "" })}: {f.message}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
