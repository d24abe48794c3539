/** Step 1, แม่แบบ: adds the template sheets to the workbook and lists what it added. */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { defaultFiscalYear, runCreateTemplate } from "../../host/actions";
import { lastEvent } from "../../host/resultBus";
import type { ActionEvent, ActionSource, TemplateResult } from "../../host/actionEvents";
import { errorMessage } from "../../host/errorMessage";
import { useLang } from "../lang";
import { useActionEvents } from "../useBus";
import { SheetList } from "./SheetList";
import { RunFailed } from "./RunStatus";
import { StepCard } from "./StepCard";

const useStyles = makeStyles({
  body: {
    margin: 0,
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
});

/** What the step shows under its button. */
type Outcome =
  | { readonly kind: "ok"; readonly source: ActionSource; readonly result: TemplateResult }
  | { readonly kind: "error"; readonly source: ActionSource; readonly message: string };

/** A ribbon run's outcome; the pane's own runs are shown from their promise instead. */
function ribbonOutcome(event: ActionEvent | undefined): Outcome | undefined {
  if (!event || event.action !== "createTemplate" || event.source !== "ribbon") return undefined;
  return event.ok
    ? { kind: "ok", source: event.source, result: event.result }
    : { kind: "error", source: event.source, message: event.error.message };
}

export function TemplateStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [fiscalYear] = useState<number>(() => defaultFiscalYear());
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(() => ribbonOutcome(lastEvent("createTemplate")));

  // Runs started from the ribbon (shared runtime: same globals) show up here as well.
  useActionEvents((event) => {
    const next = ribbonOutcome(event);
    if (next) setOutcome(next);
  });

  const onCreate = async () => {
    setRunning(true);
    setOutcome(undefined);
    try {
      const result = await runCreateTemplate({ source: "pane" });
      setOutcome({ kind: "ok", source: "pane", result });
    } catch (err) {
      setOutcome({ kind: "error", source: "pane", message: errorMessage(err, lang) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <StepCard step={1} title={tr("templateTitle")} icon="assets/template-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("templateDescription", { year: fiscalYear })}
      </Body1>
      <div className={styles.actions}>
        {/* Unavailable while running but focusable (aria-disabled): Enter on it keeps the focus there. */}
        <Button appearance="primary" onClick={onCreate} disabledFocusable={running}>
          {tr("createTemplate")}
        </Button>
        {running && <Spinner size="tiny" label={tr("creatingTemplate")} />}
      </div>
      {outcome?.kind === "error" && <RunFailed message={outcome.message} />}
      {outcome?.kind === "ok" && (
        <section className={styles.result} aria-live="polite">
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{tr("templateDone")}</MessageBarTitle>
              {outcome.result.added.length === 0 ? tr("templateNothingNew") : null}
              {outcome.result.strategyRowsFromDevPlan ? tr("templateTreeFromDevPlan", { count: outcome.result.strategyRowsFromDevPlan }) : null}
            </MessageBarBody>
          </MessageBar>
          {outcome.source === "ribbon" && <Caption1>{tr("fromRibbon")}</Caption1>}
          <SheetList title={tr("sheetsAdded", { count: outcome.result.added.length })} names={outcome.result.added} testId="sheets-added" />
          <SheetList
            title={tr("sheetsExisting", { count: outcome.result.existing.length })}
            names={outcome.result.existing}
            testId="sheets-existing"
          />
        </section>
      )}
    </StepCard>
  );
}
