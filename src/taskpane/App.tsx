import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { defaultFiscalYear, isInExcel, runCreateTemplate } from "../host/actions";
import { lastEvent, subscribe, type ActionEvent, type ActionSource, type TemplateResult } from "../host/resultBus";
import { detectLanguage, errorMessage, t, type Lang, type StringId } from "./i18n";
import { THAI_FONT_STACK, officeIsDark, paneTheme } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    fontFamily: THAI_FONT_STACK,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: "10px",
  },
  title: {
    margin: 0,
    lineHeight: "1.4",
  },
  card: {
    gap: "12px",
  },
  body: {
    lineHeight: "1.6",
  },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    flexWrap: "wrap",
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  list: {
    margin: "4px 0 0 0",
    paddingLeft: "20px",
    lineHeight: "1.6",
    overflowWrap: "anywhere",
  },
});

/** What the template step shows under its button. */
type Outcome =
  | { readonly kind: "ok"; readonly source: ActionSource; readonly result: TemplateResult }
  | { readonly kind: "error"; readonly source: ActionSource; readonly message: string };

function outcomeOf(event: ActionEvent | undefined): Outcome | undefined {
  if (!event || event.action !== "createTemplate" || event.source !== "ribbon") return undefined;
  return event.ok
    ? { kind: "ok", source: event.source, result: event.result }
    : { kind: "error", source: event.source, message: event.error.message };
}

export interface AppProps {
  /** Defaults to Office's display language (Thai outside Office). */
  readonly lang?: Lang;
  /** Defaults to Office's theme. */
  readonly dark?: boolean;
}

export function App(props: AppProps) {
  const [lang] = useState<Lang>(() => props.lang ?? detectLanguage());
  const [dark] = useState<boolean>(() => props.dark ?? officeIsDark());
  const [inExcel] = useState<boolean>(() => isInExcel());
  const styles = useStyles();
  const tr = useCallback((id: StringId, params?: Record<string, string | number>) => t(id, lang, params), [lang]);

  return (
    <FluentProvider theme={paneTheme(dark)} className={styles.root} lang={lang}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <Subtitle1 as="h1" className={styles.title}>
          {tr("appTitle")}
        </Subtitle1>
      </header>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{tr("notInExcel")}</MessageBarBody>
        </MessageBar>
      )}
      <main>
        <TemplateStep lang={lang} />
      </main>
    </FluentProvider>
  );
}

function TemplateStep({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  const tr = (id: StringId, params?: Record<string, string | number>) => t(id, lang, params);
  const [fiscalYear] = useState<number>(() => defaultFiscalYear());
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(() => outcomeOf(lastEvent()));

  // Runs started from the ribbon (shared runtime: same globals) show up here as well.
  useEffect(
    () =>
      subscribe((event) => {
        const next = outcomeOf(event);
        if (next) setOutcome(next);
      }),
    [],
  );

  const onCreate = async () => {
    setRunning(true);
    setOutcome(undefined);
    try {
      const result = await runCreateTemplate({ fiscalYear, source: "pane" });
      setOutcome({ kind: "ok", source: "pane", result });
    } catch (err) {
      setOutcome({ kind: "error", source: "pane", message: errorMessage(err, lang) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card className={styles.card}>
      <CardHeader
        image={<img src="assets/template-32.png" alt="" width={32} height={32} />}
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {tr("templateTitle")}
          </Subtitle2>
        }
        description={<Caption1>{tr("stepLabel", { n: 1 })}</Caption1>}
      />
      <Body1 as="p" className={styles.body} style={{ margin: 0 }}>
        {tr("templateDescription", { year: fiscalYear })}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCreate} disabled={running}>
          {tr("createTemplate")}
        </Button>
        {running && <Spinner size="tiny" label={tr("creatingTemplate")} />}
      </div>
      {outcome?.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{tr("errorTitle")}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "ok" && <TemplateResultView lang={lang} outcome={outcome} />}
    </Card>
  );
}

function TemplateResultView({
  lang,
  outcome,
}: {
  readonly lang: Lang;
  readonly outcome: Extract<Outcome, { kind: "ok" }>;
}) {
  const styles = useStyles();
  const { added, existing } = outcome.result;
  return (
    <section className={styles.result} aria-live="polite">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{t("templateDone", lang)}</MessageBarTitle>
          {added.length === 0 ? t("templateNothingNew", lang) : null}
        </MessageBarBody>
      </MessageBar>
      {outcome.source === "ribbon" && <Caption1>{t("fromRibbon", lang)}</Caption1>}
      <SheetList title={t("sheetsAdded", lang, { count: added.length })} names={added} testId="sheets-added" />
      <SheetList title={t("sheetsExisting", lang, { count: existing.length })} names={existing} testId="sheets-existing" />
    </section>
  );
}

function SheetList({ title, names, testId }: { title: string; names: readonly string[]; testId: string }) {
  const styles = useStyles();
  if (names.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Body1 as="strong">{title}</Body1>
      <ul className={styles.list}>
        {names.map((name) => (
          <li key={name}>
            <Body1>{name}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
