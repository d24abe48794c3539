/**
 * ตรวจความเข้ากันได้กับ Excel: folded away at the bottom of the pane. One button runs the self-test's
 * probes (src/workbook/selfTest, through src/host/selfTestActions), a bar shows which probe runs,
 * then a table gives each probe's status and what it saw, with the results to copy or download as
 * JSON for whoever looks after OpPlan.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { runSelfTest, type ProbeStatus, type SelfTestProgress, type SelfTestRun } from "../../host/selfTestActions";
import { errorMessage } from "../../host/errorMessage";
import { useLang } from "../lang";
import { countByStatus, formatSeen, reportJson, STATUS_LABEL } from "../selfTestFormat";
import { FOLDED_CARD_STYLES } from "./foldedCardStyles";
import { RunFailed, RunProgress, useFocusAfterRun } from "./RunStatus";

const useStyles = makeStyles({
  ...FOLDED_CARD_STYLES,
  table: { width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { verticalAlign: "top", paddingTop: "4px", paddingBottom: "4px", overflowWrap: "anywhere", lineHeight: "1.5" },
  status: { width: "72px" },
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal" },
});

const PANEL = "selftest";

const BADGE_COLOR: Readonly<Record<ProbeStatus, NonNullable<BadgeProps["color"]>>> = {
  pass: "success",
  fail: "danger",
  observed: "informative",
};

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress?: SelfTestProgress }
  | { readonly kind: "done"; readonly run: SelfTestRun }
  | { readonly kind: "error"; readonly message: string };

export function SelfTestPanel() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [copied, setCopied] = useState<"copied" | "failed" | undefined>();
  const runButton = useRef<HTMLButtonElement>(null);
  const running = state.kind === "running";
  useFocusAfterRun(running, runButton);

  const start = async () => {
    setCopied(undefined);
    setState({ kind: "running" });
    try {
      const run = await runSelfTest((progress) => setState({ kind: "running", progress }));
      setState({ kind: "done", run });
    } catch (err) {
      setState({ kind: "error", message: errorMessage(err, lang) });
    }
  };

  const copy = async (json: string) => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  const download = (json: string) => {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "opplan-selftest.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const progressText = (p: SelfTestProgress | undefined) => {
    if (!p || !p.current) return tr("selfTestStarting");
    return tr("selfTestRunning", { n: p.done + 1, total: p.total, probe: lang === "th" ? p.current.titleTh : p.current.titleEn });
  };

  return (
    <Card className={styles.card} role="region" aria-label={tr("selfTestTitle")}>
      <Accordion collapsible openItems={open ? [PANEL] : []} onToggle={(_e, data) => setOpen(data.openItems.includes(PANEL))}>
        <AccordionItem value={PANEL}>
          <AccordionHeader as="h2" className={styles.header} data-testid="selftest-header">
            {tr("selfTestTitle")}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel} data-testid="selftest-panel">
              <Body1 as="p" className={styles.body}>
                {tr("selfTestDescription")}
              </Body1>
              <div className={styles.buttons}>
                <Button ref={runButton} appearance="primary" disabledFocusable={running} onClick={() => void start()}>
                  {tr("selfTestRun")}
                </Button>
              </div>
              {state.kind === "running" && (
                <RunProgress
                  label={tr("selfTestTitle")}
                  text={progressText(state.progress)}
                  fraction={state.progress ? state.progress.done / state.progress.total : undefined}
                  cancelling={false}
                />
              )}
              {state.kind === "error" && <RunFailed title={tr("selfTestFailed")} message={state.message} testId="selftest-error" />}
              {state.kind === "done" && <Results run={state.run} copied={copied} onCopy={copy} onDownload={download} />}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}

function Results(props: { run: SelfTestRun; copied: "copied" | "failed" | undefined; onCopy: (json: string) => void; onDownload: (json: string) => void }) {
  const { run, copied, onCopy, onDownload } = props;
  const styles = useStyles();
  const { lang, tr } = useLang();
  const { report, titles } = run;
  const counts = countByStatus(report);
  const json = reportJson(report);
  return (
    <>
      <Body1 aria-live="polite" data-testid="selftest-summary">
        {tr("selfTestSummary", { total: report.probes.length, pass: counts.pass, fail: counts.fail, observed: counts.observed })}
      </Body1>
      <Caption1>{tr("selfTestWhere", { host: report.host, platform: report.platform, version: report.version })}</Caption1>
      <Table className={styles.table} aria-label={tr("selfTestTable")} data-testid="selftest-table" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tr("selfTestColProbe")}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{tr("selfTestColStatus")}</TableHeaderCell>
            <TableHeaderCell>{tr("selfTestColSeen")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.probes.map((p) => (
            <TableRow key={p.id} data-testid={`selftest-row-${p.id}`} data-status={p.status}>
              <TableCell className={styles.cell}>{titles[p.id]?.[lang] ?? p.id}</TableCell>
              <TableCell className={styles.cell}>
                <Badge appearance="tint" shape="rounded" color={BADGE_COLOR[p.status]} className={styles.badge}>
                  {tr(STATUS_LABEL[p.status])}
                </Badge>
              </TableCell>
              <TableCell className={styles.cell}>{formatSeen(p.seen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.buttons}>
        <Button onClick={() => onCopy(json)}>{tr("selfTestCopy")}</Button>
        <Button onClick={() => onDownload(json)}>{tr("selfTestDownload")}</Button>
      </div>
      {copied && (
        <MessageBar intent={copied === "copied" ? "success" : "warning"} data-testid="selftest-copied">
          <MessageBarBody>{tr(copied === "copied" ? "selfTestCopied" : "selfTestCopyFailed")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
