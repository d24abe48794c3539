/**
 * OpPlan without Office: the officer picks an .xlsx, every step runs here in the browser on a
 * copy of it through the ExcelJS adapter (the same use cases the pane and the CLI call), and
 * ดาวน์โหลด saves the result as a new file. Nothing is sent anywhere: the page reads the file
 * with the browser's File API and saves it through a blob: link.
 */
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ReactNode } from "react";
import { announcePlan, type AnnounceOutcome } from "../commands/announcePlan";
import type { CheckResult } from "../commands/checkResult";
import { checkWorkbook } from "../commands/checkWorkbook";
import { applyClassification, classifyWorkbook } from "../commands/classifyWorkbook";
import { generateForms } from "../commands/generateForms";
import type { GenerateOutcome } from "../commands/generateResult";
import { trackPlan } from "../commands/trackPlan";
import type { TrackOutcome } from "../commands/trackResult";
import { imageInfo } from "../core/imageInfo";
import { CONFIDENT } from "../domain/classify/confidence";
import type { Finding } from "../domain/findings";
import { thaiLongDate } from "../domain/thaiCalendar";
import type { Round } from "../domain/tracking/types";
import type { BookLogo } from "../reports/book/types";
import { formatBaht, formatCount } from "../taskpane/format";
import { paneTheme, THAI_FONT_STACK } from "../taskpane/theme";
import { ExcelJsWorkbook } from "../workbook/exceljsWorkbook";
import { isCancelledError, skippedMessageTh, WorkbookError } from "../workbook/port";
import { browserLang, WEB_STRINGS, type WebLang, type WebStringId } from "./strings";

const useStyles = makeStyles({
  page: { maxWidth: "56em", margin: "0 auto", padding: "16px", display: "flex", flexDirection: "column", gap: "16px", fontFamily: THAI_FONT_STACK },
  step: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px 16px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  result: { display: "flex", flexDirection: "column", gap: "4px" },
  list: { margin: 0, paddingLeft: "20px", lineHeight: "1.6" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px" } },
  number: { textAlign: "right", whiteSpace: "nowrap" },
});

/** The workbook being worked on: a copy in memory of the file the officer chose. */
interface Opened {
  readonly name: string;
  readonly port: ExcelJsWorkbook;
  readonly sheets: readonly string[];
}

const MAX_LOGO_BYTES = 5_000_000;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "แผน 2569.xlsx" → "แผน 2569-OpPlan.xlsx": never the name of the file chosen. */
export const resultName = (name: string) => `${name.replace(/\.xlsx$/i, "")}-OpPlan.xlsx`;

function base64Of(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** What went wrong, as a sentence the officer can act on (no stack trace). */
function problem(err: unknown, tr: (id: WebStringId) => string): string {
  if (err instanceof WorkbookError) return `${tr("failed")}: ${err.message}`;
  if (isCancelledError(err)) return tr("declined");
  return `${tr("failed")} (${err instanceof Error ? err.message.split("\n")[0] : String(err)})`;
}

function Findings({ findings, tr }: { findings: readonly Finding[]; tr: (id: WebStringId) => string }) {
  const styles = useStyles();
  if (!findings.length) return <Body1 block>{tr("noFindings")}</Body1>;
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const shown = findings.slice(0, 50);
  return (
    <div className={styles.result}>
      <Body1 block>
        {tr("errors")} {count("error")} · {tr("warnings")} {count("warning")} · {tr("infos")} {count("info")}
      </Body1>
      <ul className={styles.list} data-testid="web-findings">
        {shown.map((f, i) => (
          <li key={i}>
            <strong>
              {f.sheet}
              {f.cell ? `!${f.cell}` : ""}
            </strong>{" "}
            {f.message} — {tr("fix")}: {f.fix}
          </li>
        ))}
      </ul>
      {findings.length > shown.length && (
        <Caption1>
          {tr("more")} {findings.length - shown.length} {tr("items")}
        </Caption1>
      )}
    </div>
  );
}

function Step({ title, help, children, testId }: { title: string; help: string; children: ReactNode; testId: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.step} aria-labelledby={id} data-testid={testId}>
      <Subtitle1 as="h2" id={id}>
        {title}
      </Subtitle1>
      <Caption1>{help}</Caption1>
      {children}
    </section>
  );
}

export function WebApp() {
  const styles = useStyles();
  const [lang, setLang] = useState<WebLang>(() => browserLang(typeof navigator === "undefined" ? [] : navigator.languages ?? [navigator.language]));
  const tr = (id: WebStringId) => WEB_STRINGS[lang][id];
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [classified, setClassified] = useState<number | null>(null);
  const [generated, setGenerated] = useState<GenerateOutcome | null>(null);
  const [announced, setAnnounced] = useState<AnnounceOutcome | null>(null);
  const [tracked, setTracked] = useState<TrackOutcome | null>(null);
  const [round, setRound] = useState<"settings" | Round>("settings");
  const [logo, setLogo] = useState<BookLogo | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [written, setWritten] = useState<readonly string[]>([]);
  const fileInput = useId();
  const logoInput = useId();
  const roundLabel = useId();
  const running = useRef(false);

  const confirmReplace = (names: string[]) => window.confirm(tr("confirmReplace").replace("{names}", names.join(", ")));
  const wrote = (sheets: readonly string[]) => setWritten((w) => [...w, ...sheets.filter((s) => !w.includes(s))]);

  async function run(step: string, work: (port: ExcelJsWorkbook) => Promise<void>): Promise<void> {
    if (!opened || running.current) return;
    running.current = true;
    setBusy(step);
    setError(null);
    try {
      await work(opened.port);
    } catch (err) {
      setError(problem(err, tr));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  async function pick(file: File | undefined): Promise<void> {
    if (!file) return;
    setError(null);
    setChecked(null);
    setClassified(null);
    setGenerated(null);
    setAnnounced(null);
    setTracked(null);
    setWritten([]);
    try {
      const port = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await file.arrayBuffer()));
      setOpened({ name: file.name, port, sheets: await port.listSheets() });
    } catch {
      setOpened(null);
      setError(tr("notXlsx"));
    }
  }

  async function pickLogo(file: File | undefined): Promise<void> {
    setLogoError(null);
    if (!file) return setLogo(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const info = bytes.length <= MAX_LOGO_BYTES ? imageInfo(bytes) : null;
    if (!info) {
      setLogo(null);
      setLogoError(tr("logoBad"));
      return;
    }
    setLogo({ base64: base64Of(bytes), ...info });
  }

  async function download(): Promise<void> {
    if (!opened) return;
    const bytes = await opened.port.toBuffer();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    const a = document.createElement("a");
    a.href = url;
    a.download = resultName(opened.name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  const disabled = !opened || busy !== null;
  const spinner = (step: string) => (busy === step ? <Spinner size="tiny" label={tr("working")} /> : null);

  return (
    <FluentProvider theme={paneTheme(false)} lang={lang}>
      <main className={styles.page}>
        <div className={styles.row}>
          <Title2 as="h1">{tr("title")}</Title2>
          <Button appearance="subtle" onClick={() => setLang(lang === "th" ? "en" : "th")} lang={lang === "th" ? "en" : "th"}>
            {tr("language")}
          </Button>
        </div>
        <Body1>{tr("intro")}</Body1>

        <div className={styles.step}>
          <label htmlFor={fileInput}>
            <Body1>{tr("pick")}</Body1>
          </label>
          <input id={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void pick(e.target.files?.[0])} />
          {opened && (
            <Body1 data-testid="web-opened">
              {tr("picked")}: {opened.name} · {tr("sheets")}: {opened.sheets.join(", ")}
            </Body1>
          )}
        </div>

        {error && (
          <MessageBar intent="error" data-testid="web-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}

        <Step title={tr("stepCheck")} help={tr("checkHelp")} testId="web-check">
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={() => void run("check", async (port) => setChecked(await checkWorkbook(port)))}>
              {tr("check")}
            </Button>
            {spinner("check")}
          </div>
          {checked && (
            <div className={styles.result} data-testid="web-check-result">
              <Body1>
                {formatCount(checked.summary.projects)} {tr("projects")} · {tr("budget")} {formatBaht(checked.summary.budget)} {tr("baht")}
              </Body1>
              <Findings findings={checked.findings} tr={tr} />
            </div>
          )}
        </Step>

        <Step title={tr("stepClassify")} help={tr("classifyHelp")} testId="web-classify">
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled}
              onClick={() =>
                void run("classify", async (port) => {
                  const result = await classifyWorkbook(port);
                  const record = await applyClassification(port, result, { minConfidence: CONFIDENT });
                  setClassified(record.cells.length);
                  if (record.cells.length) wrote([...new Set(record.cells.map((c) => c.sheet))]);
                })
              }
            >
              {tr("classify")}
            </Button>
            {spinner("classify")}
          </div>
          {classified !== null && (
            <Body1 block data-testid="web-classify-result">
              {tr("classified")} {formatCount(classified)} {tr("cells")}
            </Body1>
          )}
        </Step>

        <Step title={tr("stepGenerate")} help={tr("generateHelp")} testId="web-generate">
          <div className={styles.row}>
            <label htmlFor={logoInput}>
              <Caption1>{tr("logo")}</Caption1>
            </label>
            <input id={logoInput} type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e.target.files?.[0])} />
          </div>
          {logoError && (
            <MessageBar intent="warning">
              <MessageBarBody>{logoError}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled}
              onClick={() =>
                void run("generate", async (port) => {
                  const r = await generateForms(port, { confirmReplaceEdited: confirmReplace, logo });
                  setGenerated(r);
                  wrote(r.written);
                })
              }
            >
              {tr("generate")}
            </Button>
            {spinner("generate")}
          </div>
          {generated && (
            <div className={styles.result} data-testid="web-generate-result">
              {generated.cancelled && <Body1>{tr("declined")}</Body1>}
              {generated.refused.length > 0 && <Body1>{tr("refused")}</Body1>}
              {generated.written.length > 0 && (
                <>
                  <Body1>{tr("parts")}</Body1>
                  <ul className={styles.list}>
                    {generated.book.parts.map((p) => (
                      <li key={p.sheet}>
                        {p.title}
                        {p.firstPageLabel !== null ? ` · ${tr("page")} ${p.firstPageLabel}${p.pages && p.pages > 1 ? ` (${p.pages} ${tr("pages")})` : ""}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {(generated.skipped ?? []).map((s, i) => (
                <Caption1 key={i}>{skippedMessageTh(s)}</Caption1>
              ))}
              <Findings findings={[...generated.refused, ...generated.findings.filter((f) => f.severity !== "info")]} tr={tr} />
            </div>
          )}
        </Step>

        <Step title={tr("stepAnnounce")} help={tr("announceHelp")} testId="web-announce">
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled}
              onClick={() =>
                void run("announce", async (port) => {
                  const r = await announcePlan(port, { confirmReplaceEdited: confirmReplace, logo });
                  setAnnounced(r);
                  wrote(r.written);
                })
              }
            >
              {tr("announce")}
            </Button>
            {spinner("announce")}
          </div>
          {announced && (
            <div className={styles.result} data-testid="web-announce-result">
              {announced.refused.length > 0 && <Body1>{tr("refused")}</Body1>}
              {announced.written.length > 0 && (
                <Body1>
                  {tr("written")}: {announced.written.join(", ")}
                </Body1>
              )}
              <ul className={styles.list}>
                {announced.timetable.map((t, i) => (
                  <li key={i}>
                    {t.label}: {t.date ? thaiLongDate(t.date) : t.instead} {t.state ? `(${t.state})` : ""}
                  </li>
                ))}
              </ul>
              <Findings findings={[...announced.refused, ...announced.findings]} tr={tr} />
            </div>
          )}
        </Step>

        <Step title={tr("stepTrack")} help={tr("trackHelp")} testId="web-track">
          <Body1 id={roundLabel}>{tr("round")}</Body1>
          <RadioGroup aria-labelledby={roundLabel} layout="horizontal" value={round} onChange={(_, d) => setRound(d.value as "settings" | Round)}>
            <Radio value="settings" label={tr("roundSettings")} />
            <Radio value="half" label={tr("roundHalf")} />
            <Radio value="year" label={tr("roundYear")} />
          </RadioGroup>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled}
              onClick={() =>
                void run("track", async (port) => {
                  const r = await trackPlan(port, { confirmReplaceEdited: confirmReplace, ...(round === "settings" ? {} : { round }) });
                  setTracked(r);
                  wrote(r.written);
                })
              }
            >
              {tr("track")}
            </Button>
            {spinner("track")}
          </div>
          {tracked && (
            <div className={styles.result} data-testid="web-track-result">
              {tracked.refused.length > 0 && <Body1>{tr("refused")}</Body1>}
              <Body1>
                {tr("rows")} {tracked.rows.total} · {tr("byKey")} {tracked.rows.byKey + tracked.rows.byName} · {tr("added")} {tracked.rows.added} · {tr("dropped")}{" "}
                {tracked.rows.dropped}
              </Body1>
              {tracked.tracking && (
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{tr("strategy")}</th>
                      <th scope="col">{tr("projects")}</th>
                      <th scope="col">{tr("done")}</th>
                      <th scope="col">{tr("inProgress")}</th>
                      <th scope="col">{tr("notStarted")}</th>
                      <th scope="col">{tr("cancelled")}</th>
                      <th scope="col">{tr("budget")}</th>
                      <th scope="col">{tr("disbursed")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...tracked.tracking.strategies, { name: tr("total"), ...tracked.tracking.total }].map((s) => (
                      <tr key={s.name}>
                        <th scope="row">{s.name}</th>
                        {[s.projects, s.done, s.inProgress, s.notStarted, s.cancelled].map((n, i) => (
                          <td key={i} className={styles.number}>
                            {formatCount(n)}
                          </td>
                        ))}
                        <td className={styles.number}>{formatBaht(s.budget)}</td>
                        <td className={styles.number}>{formatBaht(s.disbursed)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {tracked.tracking && (
                <Body1>
                  {tr("behind")}: {tracked.tracking.behind.length}
                </Body1>
              )}
              <Findings findings={[...tracked.refused, ...tracked.findings.filter((f) => f.code !== "TRACK_BEHIND")]} tr={tr} />
            </div>
          )}
        </Step>

        <Step title={tr("stepDownload")} help={tr("downloadHelp")} testId="web-download">
          <Body1 data-testid="web-written">{written.length ? `${tr("written")}: ${written.join(", ")}` : tr("nothingYet")}</Body1>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={() => void download()}>
              {tr("download")}
            </Button>
          </div>
        </Step>
      </main>
    </FluentProvider>
  );
}
