/**
 * Step 6, ติดตามผล: the round (ต.ค.–มี.ค. or the whole year, proposed from ตั้งค่า), the run with a
 * progress bar and ยกเลิก, then what it did: how the officer's entries were carried over, the
 * figures per ยุทธศาสตร์ (projects by สถานะ, budget and disbursed), the projects behind schedule and
 * the findings on the entries (cells clickable). A refused run says plainly that nothing was
 * written, and why. Before replacing a รายงานผล edited by hand it asks, for pane and ribbon runs
 * alike; ribbon runs show here too.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { TrackOutcome, TrackProgress } from "../../commands/trackResult";
import type { Finding } from "../../domain/findings";
import { thaiLongDate } from "../../domain/thaiCalendar";
import type { Round, TrackingFigures, TrackingSummary } from "../../domain/tracking/types";
import { isInExcel, runTrack, selectCell } from "../../host/actions";
import type { ActionEvent, ActionSource, ConfirmRequest } from "../../host/actionEvents";
import { pendingConfirmation } from "../../host/confirmations";
import { errorMessage } from "../../host/errorMessage";
import { lastEvent } from "../../host/resultBus";
import { loadSettings } from "../../host/settingsActions";
import { formatBaht, formatCount, formatPercent } from "../format";
import { useLang, type Translate } from "../lang";
import { RUN_IDLE, advanceRun, paneRunning, ribbonRunState, shownResult, type RunState } from "../runState";
import { roundFromSetting, trackFraction } from "../trackProgress";
import { useCancellableRun } from "../useCancellableRun";
import { useActionEvents, useConfirmRequests } from "../useBus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { FindingsList } from "./FindingsList";
import { RunCancelled, RunFailed, RunProgress, useFocusAfterRun } from "./RunStatus";
import { StepCard } from "./StepCard";

const useStyles = makeStyles({
  body: { margin: 0, lineHeight: "1.6" },
  result: { display: "flex", flexDirection: "column", gap: "10px" },
  list: { margin: "2px 0 0 0", paddingLeft: "20px", lineHeight: "1.6" },
  plain: { listStyleType: "none", margin: "4px 0 0 0", padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  sheets: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "4px 0 0 0", padding: 0, listStyleType: "none" },
  tableBox: { display: "flex", flexDirection: "column", gap: "4px" },
  heading: { margin: 0, lineHeight: "1.5", fontSize: tokens.fontSizeBase300 },
  table: { width: "100%", fontSize: tokens.fontSizeBase200 },
  headerCell: { paddingLeft: "4px", paddingRight: "4px" },
  headerButton: { justifyContent: "flex-end", textAlign: "right" },
  group: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", lineHeight: "1.5", padding: "6px 4px 0 4px" },
  nameRow: { borderBottomStyle: "none", ":hover": { backgroundColor: "transparent" } },
  number: { paddingLeft: "4px", paddingRight: "4px", textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  behindName: { overflowWrap: "anywhere" },
});

type Done = { readonly kind: "done"; readonly source: ActionSource; readonly outcome: TrackOutcome };
type View = RunState<TrackProgress, Done>;

const ribbonView = (event: ActionEvent | undefined, view: View) =>
  ribbonRunState(event, "trackPlan", view, (outcome): Done => ({ kind: "done", source: "ribbon", outcome }));

const advance = (view: View, source: ActionSource, progress: TrackProgress | null) => advanceRun(view, source, progress, trackFraction(progress));

function progressText(view: Extract<View, { kind: "running" }>, waiting: boolean, tr: Translate): string {
  if (waiting) return tr("trackWaiting");
  if (!view.progress) return tr("trackStarting");
  const percent = Math.round(view.fraction * 100);
  const id = view.progress.stage === "read" ? "trackReading" : view.progress.stage === "merge" ? "trackMerging" : "trackWriting";
  return tr(id, { percent });
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export interface TrackStepProps {
  /** Changed by the owner when ตั้งค่า was written elsewhere (the settings panel): its รอบรายงานผล is read again. */
  readonly settingsVersion?: number;
}

export function TrackStep({ settingsVersion }: TrackStepProps = {}) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [round, setRound] = useState<Round>("year");
  // The round ตั้งค่า asks for, once read; the user's own choice here is left alone after that.
  const [fromSettings, setFromSettings] = useState(false);
  const chosen = useRef(false);
  const { state: view, setState: setView, run, cancel: onCancel } = useCancellableRun<TrackProgress, Done, TrackOutcome>({
    action: "trackPlan",
    initial: () => ribbonView(lastEvent("trackPlan"), RUN_IDLE) ?? RUN_IDLE,
    advance,
    start: (options) => runTrack({ ...options, round }),
    done: (outcome) => ({ kind: "done", source: "pane", outcome }),
  });
  const [question, setQuestion] = useState<ConfirmRequest | undefined>(() => {
    const pending = pendingConfirmation();
    return pending?.action === "trackPlan" ? pending : undefined;
  });
  const [selected, setSelected] = useState<Finding | undefined>(undefined);
  const [selectError, setSelectError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!isInExcel()) return;
    let live = true;
    loadSettings().then(
      (form) => {
        if (!live || chosen.current) return;
        const field = form.fields.trackingRound;
        const asked = field && (field.kind === "choice" || field.kind === "text") ? roundFromSetting(field.value) : null;
        setRound(asked ?? "year");
        setFromSettings(asked !== null);
      },
      // Only a convenience: without it the whole year is proposed.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [settingsVersion]);

  // A ribbon run (shared runtime: same globals) shows its question and result here too.
  useActionEvents((event) => {
    if (event.action !== "trackPlan" || event.source !== "ribbon") return;
    setView((v) => (paneRunning(v) ? v : (ribbonView(event, v) ?? v)));
    setSelected(undefined);
    setSelectError(undefined);
  });
  useConfirmRequests((request) => {
    if (request.action === "trackPlan") setQuestion(request);
  });

  const answer = (replace: boolean) => {
    question?.respond(replace);
    setQuestion(undefined);
  };

  const onTrack = () => {
    setSelected(undefined);
    setSelectError(undefined);
    return run();
  };

  const go = async (sheet: string, cell: string, finding?: Finding) => {
    setSelected(finding);
    setSelectError(undefined);
    try {
      await selectCell(sheet, cell);
    } catch (err) {
      setSelectError(errorMessage(err, lang));
    }
  };

  const running = view.kind === "running";
  const runButton = useRef<HTMLButtonElement>(null);
  useFocusAfterRun(running && view.source === "pane", runButton);
  const restoreFocusHere = useRestoreFocusTarget();
  const roundLabelId = useId("track-round");
  const shown = view.kind === "running" ? undefined : shownResult(view);
  return (
    <StepCard step={6} title={tr("trackTitle")} icon="assets/track-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("trackDescription")}
      </Body1>
      <div>
        <Body1Strong id={roundLabelId}>{tr("trackRoundLabel")}</Body1Strong>
        {fromSettings && <Caption1> ({tr("trackRoundFromSettings")})</Caption1>}
        <RadioGroup
          aria-labelledby={roundLabelId}
          layout="horizontal"
          value={round}
          onChange={(_, data) => {
            chosen.current = true;
            setRound(data.value === "half" ? "half" : "year");
            setFromSettings(false);
          }}
          data-testid="track-round"
        >
          <Radio value="half" label={tr("trackRoundHalf")} />
          <Radio value="year" label={tr("trackRoundYear")} />
        </RadioGroup>
      </div>
      <div>
        {/* Unavailable while running but focusable (aria-disabled), as the other steps' buttons. */}
        <Button ref={runButton} appearance="primary" onClick={onTrack} disabledFocusable={running} {...restoreFocusHere}>
          {tr("runTrack")}
        </Button>
      </div>
      {view.kind === "running" && (
        <RunProgress
          label={tr("trackTitle")}
          text={progressText(view, question !== undefined, tr)}
          fraction={view.progress ? view.fraction : undefined}
          onCancel={view.source === "pane" ? onCancel : undefined}
          cancelling={view.cancelling}
        />
      )}
      {view.kind === "cancelled" && <RunCancelled testId="track-run-cancelled" />}
      {view.kind === "error" && <RunFailed message={view.message} />}
      {shown && (
        <Outcome
          outcome={shown.outcome}
          source={shown.source}
          selected={selected}
          selectError={selectError}
          onSelect={(f) => void go(f.sheet, f.cell, f)}
          onGo={(sheet, cell) => void go(sheet, cell)}
        />
      )}
      <ConfirmReplaceDialog request={question} onAnswer={answer} />
    </StepCard>
  );
}

interface OutcomeProps {
  readonly outcome: TrackOutcome;
  readonly source: ActionSource;
  readonly selected: Finding | undefined;
  readonly selectError: string | undefined;
  readonly onSelect: (finding: Finding) => void;
  readonly onGo: (sheet: string, cell: string) => void;
}

function Outcome({ outcome, source, selected, selectError, onSelect, onGo }: OutcomeProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const fromRibbon = source === "ribbon" && <Caption1>{tr("trackFromRibbon")}</Caption1>;
  // Refused: the reasons are the result, each with its cell; nothing else is true of the workbook.
  if (outcome.refused.length > 0)
    return (
      <section className={styles.result} data-testid="track-result">
        {fromRibbon}
        <MessageBar intent="error" layout="multiline" data-testid="track-refused" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{tr("trackRefused")}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
        <FindingsList findings={outcome.refused} selected={selected} selectError={selectError} onSelect={onSelect} />
      </section>
    );
  if (outcome.cancelled)
    return (
      <section className={styles.result} data-testid="track-result">
        {fromRibbon}
        <MessageBar intent="info" layout="multiline" data-testid="track-outcome" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{tr("trackCancelled")}</MessageBarTitle>
            {outcome.replacedEdited.length === 0 && tr("trackCancelledDetail", { sheets: quoted([outcome.reportSheet]) })}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  const tracking = outcome.tracking;
  return (
    <section className={styles.result} data-testid="track-result">
      {fromRibbon}
      <MessageBar intent="success" layout="multiline" data-testid="track-outcome" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle>{tr("trackDone", { tracking: outcome.trackingSheet, report: outcome.reportSheet })}</MessageBarTitle>
          {outcome.replacedEdited.length > 0 && tr("trackReplacedEdited", { sheets: quoted(outcome.replacedEdited) })}
        </MessageBarBody>
      </MessageBar>
      {tracking && <Caption1 data-testid="track-period">{period(tracking, tr)}</Caption1>}
      <RowsCarried rows={outcome.rows} />
      {tracking && tracking.total.projects === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{tr("trackNoProjects")}</MessageBarBody>
        </MessageBar>
      )}
      {tracking && <CountsTable tracking={tracking} />}
      {tracking && <MoneyTable tracking={tracking} />}
      {tracking && <BehindList tracking={tracking} sheet={outcome.trackingSheet} onGo={onGo} />}
      {outcome.findings.length > 0 && <FindingsList findings={outcome.findings} selected={selected} selectError={selectError} onSelect={onSelect} />}
      {outcome.written.length > 0 && (
        <div data-testid="track-sheets">
          <Body1 as="strong">{tr("sheetsWritten")}</Body1>
          <ul className={styles.sheets}>
            {outcome.written.map((sheet) => (
              <li key={sheet}>
                <Button size="small" appearance="secondary" onClick={() => onGo(sheet, "A1")} aria-label={tr("goToSheet", { sheet })} title={tr("goToSheet", { sheet })}>
                  {sheet}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!selected && selectError && <RunFailed message={selectError} title={tr("selectFailed")} />}
    </section>
  );
}

function period(tracking: TrackingSummary, tr: Translate): string {
  return tr("trackPeriod", {
    year: tracking.fiscalYear,
    round: tr(tracking.round === "half" ? "trackRoundHalf" : "trackRoundYear"),
    from: thaiLongDate(tracking.from),
    to: thaiLongDate(tracking.to),
    asOf: thaiLongDate(tracking.asOf),
  });
}

function RowsCarried({ rows }: { rows: TrackOutcome["rows"] }) {
  const styles = useStyles();
  const { tr } = useLang();
  const n = (count: number) => ({ count: formatCount(count) });
  return (
    <div data-testid="track-rows">
      <Body1Strong>{tr("trackRowsHeading")}</Body1Strong> <Caption1>{tr("trackRowsTotal", n(rows.total))}</Caption1>
      <ul className={styles.list}>
        <li data-testid="track-rows-by-key">{tr("trackRowsByKey", n(rows.byKey))}</li>
        <li data-testid="track-rows-by-name">{tr("trackRowsByName", n(rows.byName))}</li>
        <li data-testid="track-rows-added">{tr("trackRowsAdded", n(rows.added))}</li>
        <li data-testid="track-rows-dropped">{tr("trackRowsDropped", n(rows.dropped))}</li>
      </ul>
    </div>
  );
}

/**
 * A narrow pane and long strategy names: each strategy's name heads its own row group (spanning
 * the table) with its figures on the row under it, as the ผด.01 figures are shown; the counts and
 * the money go in two tables so that each stays readable.
 */
function FiguresTable({
  testId,
  heading,
  columns,
  tracking,
  cells,
}: {
  testId: string;
  heading: string;
  columns: readonly string[];
  tracking: TrackingSummary;
  cells: (f: TrackingFigures) => readonly string[];
}) {
  const styles = useStyles();
  const { tr } = useLang();
  const headingId = useId(testId);
  const group = (key: string, name: string, figures: TrackingFigures, rowTestId: string, strong = false) => (
    <TableBody key={key} data-testid={rowTestId}>
      <TableRow className={styles.nameRow}>
        <th scope="rowgroup" colSpan={columns.length} className={styles.group}>
          {name}
        </th>
      </TableRow>
      <TableRow>
        {cells(figures).map((c, i) => (
          <TableCell key={i} className={mergeClasses(styles.number, strong && styles.total)}>
            {c}
          </TableCell>
        ))}
      </TableRow>
    </TableBody>
  );
  return (
    <div className={styles.tableBox} data-testid={testId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {heading}
      </Subtitle2>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c} className={styles.headerCell} button={{ className: styles.headerButton }}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        {tracking.strategies.map((s, i) => group(`${i}|${s.name}`, s.name, s, `${testId}-row`))}
        {group("total", tr("trackTotal"), tracking.total, `${testId}-total`, true)}
      </Table>
    </div>
  );
}

function CountsTable({ tracking }: { tracking: TrackingSummary }) {
  const { tr } = useLang();
  return (
    <FiguresTable
      testId="track-counts"
      heading={tr("trackCountsHeading")}
      columns={[tr("trackColProjects"), tr("trackColDone"), tr("trackColInProgress"), tr("trackColNotStarted"), tr("trackColCancelled")]}
      tracking={tracking}
      cells={(f) => [f.projects, f.done, f.inProgress, f.notStarted, f.cancelled].map(formatCount)}
    />
  );
}

/** Per cent disbursed of the budget planned; 0 with no budget (nothing to disburse). */
export function disbursedPercent(f: Pick<TrackingFigures, "budget" | "disbursed">): number {
  return f.budget > 0 ? (f.disbursed / f.budget) * 100 : 0;
}

function MoneyTable({ tracking }: { tracking: TrackingSummary }) {
  const { tr } = useLang();
  return (
    <FiguresTable
      testId="track-money"
      heading={tr("trackMoneyHeading")}
      columns={[tr("trackColBudget"), tr("trackColDisbursed"), tr("trackColDisbursedPercent")]}
      tracking={tracking}
      cells={(f) => [formatBaht(f.budget), formatBaht(f.disbursed), formatPercent(disbursedPercent(f))]}
    />
  );
}

function BehindList({ tracking, sheet, onGo }: { tracking: TrackingSummary; sheet: string; onGo: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const { tr } = useLang();
  const headingId = useId("track-behind");
  return (
    <div data-testid="track-behind">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {tr("trackBehindHeading", { count: formatCount(tracking.behind.length) })}
      </Subtitle2>
      {tracking.behind.length === 0 ? (
        <Caption1>{tr("trackBehindNone")}</Caption1>
      ) : (
        <ul className={styles.plain} aria-labelledby={headingId}>
          {tracking.behind.map((b) => (
            <li key={`${b.project}|${b.row ?? ""}`} data-testid="track-behind-item">
              <div className={styles.behindName}>{tr("trackBehindItem", { name: b.name, months: b.months })}</div>
              <Caption1>
                {b.strategy} · {b.plan}
                {b.allPassed && ` · ${tr("trackBehindAllPassed")}`}
              </Caption1>
              {b.row !== null && (
                <div>
                  <Button size="small" appearance="subtle" onClick={() => onGo(sheet, `A${b.row}`)}>
                    {tr("trackBehindRow", { sheet, row: b.row })}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
