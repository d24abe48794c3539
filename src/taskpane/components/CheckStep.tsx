/**
 * Step 2, ตรวจสอบ: checks the project rows, shows the progress, then the totals and the
 * findings; choosing a finding selects its cell in Excel. Runs from the ribbon show here too.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CheckProgress, CheckResult } from "../../commands/checkResult";
import type { Finding } from "../../domain/findings";
import { runCheck, selectCell } from "../../host/actions";
import { lastEvent, type ActionEvent, type ActionSource } from "../../host/resultBus";
import { progressFraction } from "../checkProgress";
import { errorMessage } from "../i18n";
import { useLang, type Translate } from "../lang";
import { useActionEvents, useProgressEvents } from "../useBus";
import { CheckSummaryLine } from "./CheckSummaryLine";
import { FindingsList } from "./FindingsList";
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

type CheckState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly source: ActionSource; readonly progress: CheckProgress | null; readonly fraction: number }
  | { readonly kind: "done"; readonly source: ActionSource; readonly result: CheckResult }
  | { readonly kind: "error"; readonly source: ActionSource; readonly message: string };

const IDLE: CheckState = { kind: "idle" };

/** A ribbon run's outcome; the pane's own runs are shown from their promise instead. */
function ribbonState(event: ActionEvent | undefined): CheckState | undefined {
  if (!event || event.action !== "checkProjects" || event.source !== "ribbon") return undefined;
  return event.ok ? { kind: "done", source: "ribbon", result: event.result } : { kind: "error", source: "ribbon", message: event.error.message };
}

/** The state after a progress report; the bar never goes back. */
function advance(state: CheckState, source: ActionSource, progress: CheckProgress | null): CheckState {
  const before = state.kind === "running" && state.source === source ? state.fraction : 0;
  return { kind: "running", source, progress, fraction: Math.max(before, progressFraction(progress)) };
}

function progressText(state: Extract<CheckState, { kind: "running" }>, tr: Translate): string {
  if (!state.progress) return tr("checkStarting");
  const percent = Math.round(state.fraction * 100);
  return tr(state.progress.stage === "read" ? "checkReading" : "checkChecking", { percent });
}

export function CheckStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [state, setState] = useState<CheckState>(() => ribbonState(lastEvent("checkProjects")) ?? IDLE);
  const [selected, setSelected] = useState<Finding | undefined>(undefined);
  const [selectError, setSelectError] = useState<string | undefined>(undefined);

  // A ribbon run (shared runtime: same globals) shows its progress and result here too.
  useProgressEvents((event) => {
    if (event.action !== "checkProjects" || event.source !== "ribbon") return;
    setState((s) => (s.kind === "running" && s.source === "pane" ? s : advance(s, "ribbon", event.progress)));
  });
  useActionEvents((event) => {
    const next = ribbonState(event);
    if (!next) return;
    setState((s) => (s.kind === "running" && s.source === "pane" ? s : next));
    setSelected(undefined);
    setSelectError(undefined);
  });

  const onCheck = async () => {
    setState(advance(IDLE, "pane", null));
    setSelected(undefined);
    setSelectError(undefined);
    try {
      const result = await runCheck({ source: "pane", onProgress: (p) => setState((s) => advance(s, "pane", p)) });
      setState({ kind: "done", source: "pane", result });
    } catch (err) {
      setState({ kind: "error", source: "pane", message: errorMessage(err, lang) });
    }
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
  return (
    <StepCard step={2} title={tr("checkTitle")} icon="assets/check-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("checkDescription")}
      </Body1>
      <div>
        <Button appearance="primary" onClick={onCheck} disabled={running}>
          {tr("runCheck")}
        </Button>
      </div>
      {state.kind === "running" && (
        <Field validationMessage={progressText(state, tr)} validationState="none">
          <ProgressBar value={state.fraction} max={1} thickness="large" aria-label={tr("checkTitle")} aria-valuetext={progressText(state, tr)} />
        </Field>
      )}
      {state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{tr("errorTitle")}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <section className={styles.result} aria-live="polite" data-testid="check-result">
          {state.source === "ribbon" && <Caption1>{tr("checkFromRibbon")}</Caption1>}
          {state.result.findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{tr("checkClean")}</MessageBarTitle>
              </MessageBarBody>
            </MessageBar>
          )}
          <CheckSummaryLine result={state.result} />
          <FindingsList findings={state.result.findings} selected={selected} selectError={selectError} onSelect={onSelect} />
        </section>
      )}
    </StepCard>
  );
}
