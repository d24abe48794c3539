/**
 * แผนพัฒนาท้องถิ่น (ผ.02), before จัดหมวดหมู่: choose the plan file (read here, in the pane), see
 * what was found in it (its sheets, forms, entries and years), import its sheets into the
 * workbook on request (asking before replacing a sheet of the same name), or stop using it.
 * Not a numbered step: a workbook that holds its ผ.02 sheets needs no file.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { canImportSheets, devPlanSheetClashes, importDevPlanSheets, type DevPlanImport } from "../../host/devPlanActions";
import { chooseDevPlanFile, clearDevPlan, currentDevPlan, subscribeDevPlan, type DevPlanChoice } from "../../host/devPlanSource";
import { errorMessage } from "../../host/errorMessage";
import type { StringId } from "../i18n";
import { useLang, type Translate } from "../lang";
import { formatCount } from "../format";
import { RunFailed } from "./RunStatus";

const useStyles = makeStyles({
  card: { gap: "12px" },
  title: { margin: 0, lineHeight: "1.4" },
  body: { margin: 0, lineHeight: "1.6" },
  actions: { display: "flex", alignItems: "center", gap: "8px 12px", flexWrap: "wrap" },
  list: { margin: "4px 0 0 0", paddingLeft: "20px", lineHeight: "1.6", overflowWrap: "anywhere" },
  // Kept in the page for the label and for tests; the button opens it.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

const FILE_ERRORS: Readonly<Record<string, StringId>> = {
  OLD_FORMAT: "devPlanErrOldFormat",
  NOT_ZIP: "devPlanErrNotZip",
  NOT_XLSX: "devPlanErrNotXlsx",
  DAMAGED: "devPlanErrDamaged",
  NO_INFLATE: "devPlanErrNoInflate",
};

/** The file reader's refusal in words, or the host's message for anything else. */
function readFailure(err: unknown, file: string, tr: Translate, lang: Parameters<typeof errorMessage>[1]): string {
  const code = err instanceof Error && err.name === "XlsxFileError" ? (err as Error & { code: string }).code : undefined;
  const id = code ? FILE_ERRORS[code] : undefined;
  return id ? tr(id, { file }) : errorMessage(err, lang);
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly file: string }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "none"; readonly choice: DevPlanChoice };

type ImportState =
  | { readonly kind: "idle" }
  | { readonly kind: "asking"; readonly clashes: readonly string[] }
  | { readonly kind: "importing" }
  | { readonly kind: "done"; readonly result: DevPlanImport }
  | { readonly kind: "failed"; readonly message: string };

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export function DevPlanCard() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [choice, setChoice] = useState<DevPlanChoice | undefined>(() => currentDevPlan());
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [importing, setImporting] = useState<ImportState>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => subscribeDevPlan(setChoice), []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: "reading", file: file.name });
    setImporting({ kind: "idle" });
    try {
      const read = await chooseDevPlanFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setStatus(read.plan ? { kind: "idle" } : { kind: "none", choice: read });
    } catch (err) {
      setStatus({ kind: "failed", message: readFailure(err, file.name, tr, lang) });
    } finally {
      // The same file chosen again (after fixing it) fires a change too.
      if (input.current) input.current.value = "";
    }
  };

  const runImport = async (replace: readonly string[], skip: readonly string[]) => {
    setImporting({ kind: "importing" });
    try {
      setImporting({ kind: "done", result: await importDevPlanSheets({ replace, skip }) });
    } catch (err) {
      setImporting({ kind: "failed", message: errorMessage(err, lang) });
    }
  };

  const onImport = async () => {
    setImporting({ kind: "importing" });
    try {
      const clashes = await devPlanSheetClashes();
      if (clashes.length > 0) setImporting({ kind: "asking", clashes });
      else await runImport([], []);
    } catch (err) {
      setImporting({ kind: "failed", message: errorMessage(err, lang) });
    }
  };

  const importable = canImportSheets();
  const busy = status.kind === "reading" || importing.kind === "importing";

  return (
    <Card className={styles.card} role="region" aria-label={tr("devPlanTitle")} data-testid="dev-plan">
      <CardHeader
        image={<img src="assets/classify-32.png" alt="" width={32} height={32} />}
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {tr("devPlanTitle")}
          </Subtitle2>
        }
      />
      <Body1 as="p" className={styles.body}>
        {tr("devPlanDescription")}
      </Body1>
      <div className={styles.actions}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.input}
          aria-label={tr("devPlanFileInput")}
          tabIndex={-1}
          data-testid="dev-plan-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <Button appearance={choice ? "secondary" : "primary"} disabledFocusable={busy} onClick={() => input.current?.click()}>
          {tr(choice ? "devPlanChooseOther" : "devPlanChoose")}
        </Button>
        {status.kind === "reading" && <Spinner size="tiny" label={tr("devPlanReading", { file: status.file })} />}
      </div>
      <div aria-live="polite">
        {status.kind === "failed" && <RunFailed message={status.message} />}
        {status.kind === "none" && (
          <MessageBar intent="warning" layout="multiline" data-testid="dev-plan-none">
            <MessageBarBody>
              {tr("devPlanNotFound", { file: status.choice.fileName, sheets: quoted(status.choice.allSheets) })}
              {choice && <Caption1 as="p">{tr("devPlanNotFoundKept", { file: choice.fileName })}</Caption1>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {choice && choice.plan && (
        <section data-testid="dev-plan-found" aria-label={tr("devPlanChosen", { file: choice.fileName })}>
          <Body1Strong as="p" className={styles.body}>
            {tr("devPlanChosen", { file: choice.fileName })}
          </Body1Strong>
          {choice.plan.years.length > 0 && <Caption1 as="p">{tr("devPlanYears", { years: choice.plan.years.join(", ") })}</Caption1>}
          <ul className={styles.list} data-testid="dev-plan-sheets">
            {choice.plan.sheets.map((s) => (
              <li key={s.name}>
                <Body1>
                  {tr("devPlanSheetLine", { sheet: s.name, form: s.form })}
                  {" · "}
                  {s.read ? tr("devPlanEntries", { count: formatCount(s.entries) }) : tr("devPlanSheetNotRead")}
                  {s.years.length > 0 && ` · ${tr("devPlanSheetYears", { years: s.years.join(", ") })}`}
                </Body1>
              </li>
            ))}
          </ul>
          <Caption1 as="p">{tr("devPlanChosenNote")}</Caption1>
          <div className={styles.actions}>
            <Button appearance="primary" disabledFocusable={busy || !importable} onClick={() => void onImport()}>
              {tr("devPlanImport")}
            </Button>
            <Button disabledFocusable={busy} onClick={() => clearDevPlan()}>
              {tr("devPlanClear")}
            </Button>
            {importing.kind === "importing" && <Spinner size="tiny" label={tr("devPlanImporting")} />}
          </div>
          <Caption1 as="p">{importable ? tr("devPlanImportHint") : tr("errNoSheetImport")}</Caption1>
        </section>
      )}
      <div aria-live="polite">
        {importing.kind === "asking" && (
          <MessageBar intent="warning" layout="multiline" data-testid="dev-plan-clash">
            <MessageBarBody>
              <MessageBarTitle>{tr("devPlanClashTitle")}</MessageBarTitle>
              {tr("devPlanClashBody", { sheets: quoted(importing.clashes) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setImporting({ kind: "idle" })}>
                {tr("confirmCancel")}
              </Button>
              <Button size="small" onClick={() => void runImport([], importing.clashes)}>
                {tr("devPlanClashSkip")}
              </Button>
              <Button size="small" appearance="primary" onClick={() => void runImport(importing.clashes, [])}>
                {tr("devPlanClashReplace")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {importing.kind === "done" && (
          <MessageBar intent="success" layout="multiline" data-testid="dev-plan-imported">
            <MessageBarBody>
              {tr("devPlanImported", { count: importing.result.inserted.length, sheets: quoted(importing.result.inserted) })}
              {importing.result.replaced.length > 0 && <Caption1 as="p">{tr("devPlanImportedReplaced", { sheets: quoted(importing.result.replaced) })}</Caption1>}
            </MessageBarBody>
          </MessageBar>
        )}
        {importing.kind === "failed" && <RunFailed message={importing.message} />}
      </div>
    </Card>
  );
}
