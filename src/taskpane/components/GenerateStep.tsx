/**
 * Step 4, สร้างบัญชี ผด.: builds the plan book (ปก, ประกาศ, คำนำ, สารบัญ, ส่วนที่ 1, ผด.01, ผด.02,
 * ผด.02/1) into the workbook with a progress bar, with the emblem chosen here if any, then shows
 * the book's parts in order with their pages, a note when the ปก and ประกาศ were left out, the
 * ผด.01 figures, the sheets written (a button each, to go there) and any form written under
 * another name. Before replacing generated sheets edited by hand it asks, for
 * pane and ribbon runs alike. ยกเลิก stops a run started here, leaving the workbook as it was
 * (unless the sheets were already being swapped in: then the run simply finishes). Runs from
 * the ribbon show here too.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { GenerateOutcome, GenerateProgress } from "../../commands/generateResult";
import { runGenerate, selectCell } from "../../host/actions";
import { lastEvent } from "../../host/resultBus";
import { pendingConfirmation } from "../../host/confirmations";
import type { ActionEvent, ActionSource, ConfirmRequest } from "../../host/actionEvents";
import { formatBaht, formatCount } from "../format";
import { frontPartsLeftOut, coverReasons } from "../bookParts";
import { generateFraction } from "../generateProgress";
import { errorMessage } from "../../host/errorMessage";
import { useLang, type Translate } from "../lang";
import { RUN_IDLE, advanceRun, paneRunning, ribbonRunState, shownResult, type RunState } from "../runState";
import { useCancellableRun } from "../useCancellableRun";
import { useActionEvents, useConfirmRequests } from "../useBus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { BookLogoPicker } from "./BookLogoPicker";
import { BookPartsList } from "./BookPartsList";
import { FormsSummaryTable } from "./FormsSummaryTable";
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
  sheets: {
    display: "flex",
    flexWrap: "wrap",
    gap: "6px",
    margin: "4px 0 0 0",
    padding: 0,
    listStyleType: "none",
  },
});

type Done = { readonly kind: "done"; readonly source: ActionSource; readonly outcome: GenerateOutcome };

type View = RunState<GenerateProgress, Done>;

const ribbonView = (event: ActionEvent | undefined, view: View) =>
  ribbonRunState(event, "generateForms", view, (outcome): Done => ({ kind: "done", source: "ribbon", outcome }));

const advance = (view: View, source: ActionSource, progress: GenerateProgress | null) => advanceRun(view, source, progress, generateFraction(progress));

function progressText(view: Extract<View, { kind: "running" }>, waiting: boolean, tr: Translate): string {
  if (waiting) return tr("generateWaiting");
  if (!view.progress) return tr("generateStarting");
  const percent = Math.round(view.fraction * 100);
  const id = view.progress.stage === "read" ? "generateReading" : view.progress.stage === "build" ? "generateBuilding" : "generateWriting";
  return tr(id, { percent });
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export function GenerateStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const { state: view, setState: setView, run, cancel: onCancel } = useCancellableRun<GenerateProgress, Done, GenerateOutcome>({
    action: "generateForms",
    initial: () => ribbonView(lastEvent("generateForms"), RUN_IDLE) ?? RUN_IDLE,
    advance,
    start: runGenerate,
    done: (outcome) => ({ kind: "done", source: "pane", outcome }),
  });
  const [question, setQuestion] = useState<ConfirmRequest | undefined>(() => {
    const pending = pendingConfirmation();
    return pending?.action === "generateForms" ? pending : undefined;
  });
  const [goError, setGoError] = useState<string | undefined>(undefined);

  // A ribbon run (shared runtime: same globals) shows its question and result here too.
  useActionEvents((event) => {
    if (event.action !== "generateForms" || event.source !== "ribbon") return;
    setView((v) => (paneRunning(v) ? v : (ribbonView(event, v) ?? v)));
    setGoError(undefined);
  });
  useConfirmRequests((request) => {
    if (request.action === "generateForms") setQuestion(request);
  });

  const answer = (replace: boolean) => {
    question?.respond(replace);
    setQuestion(undefined);
  };

  // A cancel is no failure: the forms written before are still there, and so is their outcome.
  const onGenerate = () => {
    setGoError(undefined);
    return run();
  };

  const onGo = async (sheet: string) => {
    setGoError(undefined);
    try {
      await selectCell(sheet, "A1");
    } catch (err) {
      setGoError(errorMessage(err, lang));
    }
  };

  const running = view.kind === "running";
  const runButton = useRef<HTMLButtonElement>(null);
  useFocusAfterRun(running && view.source === "pane", runButton);
  // Where the focus goes back when the replace question closes (a dialog without a DialogTrigger has no place of its own).
  const restoreFocusHere = useRestoreFocusTarget();
  const shown = view.kind === "running" ? undefined : shownResult(view);
  return (
    <StepCard step={4} title={tr("generateTitle")} icon="assets/generate-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("generateDescription")}
      </Body1>
      <BookLogoPicker />
      <div>
        {/* Unavailable while running but focusable (aria-disabled): Enter on it keeps the focus there,
            and the replace question gives it back there when it closes. */}
        <Button ref={runButton} appearance="primary" onClick={onGenerate} disabledFocusable={running} {...restoreFocusHere}>
          {tr("runGenerate")}
        </Button>
      </div>
      {view.kind === "running" && (
        <RunProgress
          label={tr("generateTitle")}
          text={progressText(view, question !== undefined, tr)}
          fraction={view.progress ? view.fraction : undefined}
          onCancel={view.source === "pane" ? onCancel : undefined}
          cancelling={view.cancelling}
        />
      )}
      {view.kind === "cancelled" && <RunCancelled testId="generate-run-cancelled" />}
      {view.kind === "error" && <RunFailed message={view.message} />}
      {shown && <Outcome outcome={shown.outcome} source={shown.source} goError={goError} onGo={onGo} />}
      <ConfirmReplaceDialog request={question} onAnswer={answer} />
    </StepCard>
  );
}

function Outcome({
  outcome,
  source,
  goError,
  onGo,
}: {
  outcome: GenerateOutcome;
  source: ActionSource;
  goError: string | undefined;
  onGo: (sheet: string) => void;
}) {
  const styles = useStyles();
  const { tr } = useLang();
  const errors = outcome.findings.filter((f) => f.severity === "error").length;
  // What the forms' grouping rests on beyond the user's own labels: said with the result.
  const placement = outcome.findings.filter((f) => f.code === "PLACED_BY_SUGGESTION" || f.code === "UNCLASSIFIED");
  if (outcome.refused.length > 0)
    return (
      <section className={styles.result} data-testid="generate-result">
        {source === "ribbon" && <Caption1>{tr("generateFromRibbon")}</Caption1>}
        <MessageBar intent="error" layout="multiline" data-testid="generate-refused" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{tr("generateRefused")}</MessageBarTitle>
            {outcome.refused.map((f, i) => (
              <div key={i}>
                {f.message} — {f.fix}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  return (
    <section className={styles.result} data-testid="generate-result">
      {source === "ribbon" && <Caption1>{tr("generateFromRibbon")}</Caption1>}
      <div className={styles.result} aria-live="polite">
        {outcome.cancelled ? (
          <MessageBar intent="info" layout="multiline" data-testid="generate-outcome">
            <MessageBarBody>
              <MessageBarTitle>{tr("generateCancelled")}</MessageBarTitle>
              {tr("generateCancelledDetail", { sheets: quoted(outcome.edited) })}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success" layout="multiline" data-testid="generate-outcome">
            <MessageBarBody>
              <MessageBarTitle>{tr("generateDone", { count: outcome.written.length })}</MessageBarTitle>
              {outcome.edited.length > 0 && tr("generateReplacedEdited", { sheets: quoted(outcome.edited) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {!outcome.cancelled && outcome.renamed.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="generate-renamed">
            <MessageBarBody>
              {outcome.renamed.map((r) => (
                <div key={r.form}>{tr("generateRenamed", { form: r.form, sheet: r.sheet })}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        <FrontPartsNote outcome={outcome} />
        {(outcome.skipped ?? []).map((x) => (
          <MessageBar key={`skipped-${x.sheet}`} intent="warning" layout="multiline" data-testid="generate-skipped">
            <MessageBarBody>{tr("generateImageSkipped", { sheet: x.sheet, code: x.code })}</MessageBarBody>
          </MessageBar>
        ))}
        {errors > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="generate-errors">
            <MessageBarBody>{tr("generateErrors", { count: errors })}</MessageBarBody>
          </MessageBar>
        )}
        {placement.map((f, i) => (
          <MessageBar key={`${f.code}-${i}`} intent={f.severity === "warning" ? "warning" : "info"} layout="multiline" data-testid="generate-placement">
            <MessageBarBody>
              {f.message} — {f.fix}
            </MessageBarBody>
          </MessageBar>
        ))}
        {!outcome.cancelled && outcome.equipment.items > 0 && (
          <MessageBar intent="info" layout="multiline" data-testid="generate-equipment">
            <MessageBarBody>{tr("generateEquipmentApart", { count: formatCount(outcome.equipment.items), budget: formatBaht(outcome.equipment.budget) })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!outcome.cancelled && (
        <>
          {outcome.summary.projects === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{tr("generateNoProjects")}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.book.parts.length > 0 && <BookPartsList parts={outcome.book.parts} />}
          <FormsSummaryTable summary={outcome.summary} />
          <div data-testid="generate-sheets">
            <Body1 as="strong">{tr("sheetsWritten")}</Body1>
            <ul className={styles.sheets}>
              {outcome.written.map((sheet) => (
                <li key={sheet}>
                  <Button size="small" appearance="secondary" onClick={() => onGo(sheet)} aria-label={tr("goToSheet", { sheet })} title={tr("goToSheet", { sheet })}>
                    {sheet}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
          {goError && <RunFailed message={goError} title={tr("selectFailed")} />}
        </>
      )}
    </section>
  );
}

/** ปก and ประกาศ left out (no อปท. name): which, why (the outcome's findings, else the pane's words), and that the rest was written. */
function FrontPartsNote({ outcome }: { outcome: GenerateOutcome }) {
  const { tr } = useLang();
  const left = frontPartsLeftOut(outcome);
  if (left.length === 0) return null;
  const reasons = coverReasons(outcome);
  const title = left.length === 2 ? tr("bookLeftOutBoth") : tr("bookLeftOutOne", { part: tr(left[0] === "cover" ? "bookPartCover" : "bookPartAnnouncement") });
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="book-front-left-out">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {reasons.length > 0
          ? reasons.map((f, i) => (
              <div key={i}>
                {f.message} — {f.fix}
              </div>
            ))
          : tr("bookLeftOutWhy")}
        <div>{tr("bookLeftOutRest")}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
