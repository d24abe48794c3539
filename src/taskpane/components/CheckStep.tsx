/**
 * Step 2, ตรวจสอบ: checks the project rows, shows the progress (ยกเลิก stops a run started
 * here), then the totals and the findings; choosing a finding selects its cell in Excel. Runs
 * from the ribbon show here too.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CheckProgress, CheckResult } from "../../commands/checkResult";
import type { Finding } from "../../domain/findings";
import { runCheck, selectCell } from "../../host/actions";
import { lastEvent } from "../../host/resultBus";
import type { ActionEvent, ActionSource } from "../../host/actionEvents";
import { progressFraction } from "../checkProgress";
import { errorMessage } from "../../host/errorMessage";
import { useLang, type Translate } from "../lang";
import { RUN_IDLE, advanceRun, paneRunning, ribbonRunState, shownResult, type RunState } from "../runState";
import { useCancellableRun } from "../useCancellableRun";
import { useActionEvents } from "../useBus";
import { CheckSummaryLine } from "./CheckSummaryLine";
import { FindingsList } from "./FindingsList";
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
});

type Done = { readonly kind: "done"; readonly source: ActionSource; readonly result: CheckResult };

type CheckState = RunState<CheckProgress, Done>;

const ribbonState = (event: ActionEvent | undefined, state: CheckState) =>
  ribbonRunState(event, "checkProjects", state, (result): Done => ({ kind: "done", source: "ribbon", result }));

const advance = (state: CheckState, source: ActionSource, progress: CheckProgress | null) => advanceRun(state, source, progress, progressFraction(progress));

function progressText(state: Extract<CheckState, { kind: "running" }>, tr: Translate): string {
  if (!state.progress) return tr("checkStarting");
  const percent = Math.round(state.fraction * 100);
  return tr(state.progress.stage === "read" ? "checkReading" : "checkChecking", { percent });
}

export function CheckStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const { state, setState, run, cancel: onCancel } = useCancellableRun<CheckProgress, Done, CheckResult>({
    action: "checkProjects",
    initial: () => ribbonState(lastEvent("checkProjects"), RUN_IDLE) ?? RUN_IDLE,
    advance,
    start: runCheck,
    done: (result) => ({ kind: "done", source: "pane", result }),
  });
  const [selected, setSelected] = useState<Finding | undefined>(undefined);
  const [selectError, setSelectError] = useState<string | undefined>(undefined);

  // A ribbon run (shared runtime: same globals) shows its result here too.
  useActionEvents((event) => {
    if (event.action !== "checkProjects" || event.source !== "ribbon") return;
    setState((s) => (paneRunning(s) ? s : (ribbonState(event, s) ?? s)));
    setSelected(undefined);
    setSelectError(undefined);
  });

  // A cancel is no failure: the findings of the check before it stay.
  const onCheck = () => {
    setSelected(undefined);
    setSelectError(undefined);
    return run();
  };

  const onSelect = async (finding: Finding) => {
    setSelected(finding);
    setSelectError(undefined);
    try {
      await selectCell(finding.sheet, finding.cell);
    } catch (err) {
      setSelectError(errorMessage(err, lang));
    }
  };

  const running = state.kind === "running";
  const runButton = useRef<HTMLButtonElement>(null);
  useFocusAfterRun(running && state.source === "pane", runButton);
  const shown = state.kind === "running" ? undefined : shownResult(state);
  return (
    <StepCard step={2} title={tr("checkTitle")} icon="assets/check-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("checkDescription")}
      </Body1>
      <div>
        {/* Unavailable while running but focusable (aria-disabled): Enter on it keeps the focus there. */}
        <Button ref={runButton} appearance="primary" onClick={onCheck} disabledFocusable={running}>
          {tr("runCheck")}
        </Button>
      </div>
      {state.kind === "running" && (
        <RunProgress
          label={tr("checkTitle")}
          text={progressText(state, tr)}
          fraction={state.progress ? state.fraction : undefined}
          onCancel={state.source === "pane" ? onCancel : undefined}
          cancelling={state.cancelling}
        />
      )}
      {state.kind === "cancelled" && <RunCancelled testId="check-cancelled" />}
      {state.kind === "error" && <RunFailed message={state.message} />}
      {shown && (
        <section className={styles.result} aria-live="polite" data-testid="check-result">
          {shown.source === "ribbon" && <Caption1>{tr("checkFromRibbon")}</Caption1>}
          {shown.result.findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{tr("checkClean")}</MessageBarTitle>
              </MessageBarBody>
            </MessageBar>
          )}
          <CheckSummaryLine result={shown.result} />
          <FindingsList findings={shown.result.findings} selected={selected} selectError={selectError} onSelect={onSelect} />
        </section>
      )}
    </StepCard>
  );
}
