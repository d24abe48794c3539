/**
 * Step 5, ประกาศ: the three dates of ตั้งค่า picked in the Buddhist era (ThaiDateField) and saved
 * as real date cells; the timetable of the legal dates with a state badge each and the findings;
 * and the button that writes the ประกาศ. Runs from the ribbon show here too.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AnnounceOutcome, PlanDates } from "../../commands/announcePlan";
import type { IsoDate } from "../../core/localDate";
import type { SettingKey } from "../../domain/settings";
import { thaiLongDate } from "../../domain/thaiCalendar";
import { isInExcel, runAnnounce, setAnnouncementDates } from "../../host/actions";
import { lastEvent } from "../../host/resultBus";
import { pendingConfirmation } from "../../host/confirmations";
import type { ActionEvent, ActionSource, ConfirmRequest } from "../../host/actionEvents";
import { loadSettings } from "../../host/settingsActions";
import { errorMessage } from "../../host/errorMessage";
import { useLang, type Translate } from "../lang";
import { useActionEvents, useConfirmRequests } from "../useBus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { RunFailed } from "./RunStatus";
import { StepCard } from "./StepCard";
import { ThaiDateField } from "./ThaiDateField";

const useStyles = makeStyles({
  body: { margin: 0, lineHeight: "1.6" },
  column: { display: "flex", flexDirection: "column", gap: "10px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: "13px" },
  cell: { textAlign: "left", verticalAlign: "top", padding: "4px 6px", borderBottom: "1px solid #e0e0e0" },
});

type DateKey = keyof PlanDates;
const DATE_KEYS: readonly DateKey[] = ["trigger", "announced", "posted"];
const LABEL: Record<DateKey, "announceTrigger" | "announceAnnounced" | "announcePosted"> = {
  trigger: "announceTrigger",
  announced: "announceAnnounced",
  posted: "announcePosted",
};

/** The ตั้งค่า row of each date. */
const SETTING: Record<DateKey, SettingKey> = { trigger: "triggerDate", announced: "announceDate", posted: "postDate" };

type PerDate<T> = Record<DateKey, T>;
const perDate = <T,>(v: T): PerDate<T> => ({ trigger: v, announced: v, posted: v });

interface Entry {
  readonly value: IsoDate | null;
  /** Changed by the user since the last save: sent on save, and not replaced by what the sheet says. */
  readonly touched: boolean;
  /** Picked only in part: nothing can be saved meanwhile. */
  readonly pending: boolean;
  /** The cell's text when ตั้งค่า holds something that is not a date. */
  readonly unreadable: string | null;
}
const EMPTY_ENTRY: Entry = { value: null, touched: false, pending: false, unreadable: null };

type View =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "shown"; readonly source: ActionSource; readonly outcome: AnnounceOutcome; readonly wrote: boolean }
  | { readonly kind: "error"; readonly message: string };

function ribbonView(event: ActionEvent | undefined): View | undefined {
  if (!event || event.action !== "announcePlan" || event.source !== "ribbon") return undefined;
  return event.ok ? { kind: "shown", source: "ribbon", outcome: event.result, wrote: true } : { kind: "error", message: event.error.message };
}

const BADGE: Record<string, "success" | "danger" | "warning" | "informative"> = {
  ทันกำหนด: "success",
  เกินกำหนด: "danger",
  ยังไม่ทราบ: "informative",
};
const badgeColor = (state: string) => BADGE[state] ?? (state.startsWith("ต้องดำเนินการ") ? "warning" : "informative");

export interface AnnounceStepProps {
  /**
   * Changed by the owner when ตั้งค่า was written elsewhere (the settings panel): the dates are
   * read again, except those the user is changing here.
   */
  readonly settingsVersion?: number;
}

export function AnnounceStep({ settingsVersion }: AnnounceStepProps = {}) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [view, setView] = useState<View>(() => ribbonView(lastEvent("announcePlan")) ?? { kind: "idle" });
  const [entries, setEntries] = useState<PerDate<Entry>>(() => perDate(EMPTY_ENTRY));
  const [fiscalYear, setFiscalYear] = useState<number | undefined>();
  const [question, setQuestion] = useState<ConfirmRequest | undefined>(() => {
    const pending = pendingConfirmation();
    return pending?.action === "announcePlan" ? pending : undefined;
  });

  // The pickers show what ตั้งค่า holds: read when the step first shows (and when told ตั้งค่า
  // changed), then from every timetable worked out. A date the user is changing is left alone.
  const showKnown = (known: PerDate<IsoDate | null>, unreadable?: PerDate<string | null>) =>
    setEntries((was) => {
      const next = { ...was };
      for (const k of DATE_KEYS)
        if (!was[k].touched) next[k] = { ...was[k], value: known[k], unreadable: unreadable ? unreadable[k] : was[k].unreadable };
      return next;
    });
  const fromOutcome = (o: AnnounceOutcome) => {
    showKnown({ trigger: o.dates.trigger, announced: o.dates.announced, posted: o.dates.postedFrom });
    setFiscalYear(o.fiscalYear);
  };

  useEffect(() => {
    if (!isInExcel()) return;
    let live = true;
    loadSettings().then(
      (form) => {
        if (!live) return;
        const field = (k: DateKey) => form.fields[SETTING[k]];
        const value = (k: DateKey) => {
          const f = field(k);
          return f?.kind === "date" ? f.value : null;
        };
        const unreadable = (k: DateKey) => (field(k)?.invalid ? field(k)!.text : null);
        showKnown(
          { trigger: value("trigger"), announced: value("announced"), posted: value("posted") },
          { trigger: unreadable("trigger"), announced: unreadable("announced"), posted: unreadable("posted") },
        );
        const fy = form.fields.fiscalYear;
        if (fy?.kind === "year" && fy.value !== null) setFiscalYear(fy.value);
      },
      // Only a convenience: without it the pickers start empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [settingsVersion]);

  useActionEvents((event) => {
    const next = ribbonView(event);
    if (next) setView(next);
    if (next?.kind === "shown") fromOutcome(next.outcome);
  });
  useConfirmRequests((request) => {
    if (request.action === "announcePlan") setQuestion(request);
  });

  const anyPending = DATE_KEYS.some((k) => entries[k].pending);
  const anyTouched = DATE_KEYS.some((k) => entries[k].touched);

  const run = async (work: () => Promise<AnnounceOutcome>, wrote: boolean) => {
    setView({ kind: "busy" });
    try {
      const outcome = await work();
      setView({ kind: "shown", source: "pane", outcome, wrote });
      fromOutcome(outcome);
    } catch (err) {
      setView({ kind: "error", message: errorMessage(err, lang) });
    }
  };

  const onSave = () => {
    const chosen: { -readonly [K in DateKey]?: IsoDate | null } = {};
    for (const k of DATE_KEYS) if (entries[k].touched) chosen[k] = entries[k].value;
    void run(async () => {
      const outcome = await setAnnouncementDates(chosen);
      setEntries((was) => {
        const next = { ...was };
        for (const k of DATE_KEYS) if (k in chosen) next[k] = { ...was[k], touched: false, unreadable: null };
        return next;
      });
      return outcome;
    }, false);
  };

  const answer = (replace: boolean) => {
    question?.respond(replace);
    setQuestion(undefined);
  };

  const busy = view.kind === "busy";
  // Where the focus goes back when the replace question closes (a dialog without a DialogTrigger has no place of its own).
  const restoreFocusHere = useRestoreFocusTarget();
  return (
    <StepCard step={5} title={tr("announceTitle")} icon="assets/announce-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("announceDescription")}
      </Body1>
      {DATE_KEYS.map((k) => {
        const e = entries[k];
        return (
          <ThaiDateField
            key={k}
            label={tr(LABEL[k])}
            value={e.value}
            fiscalYear={fiscalYear}
            testId={`announce-date-${k}`}
            clearable={e.unreadable !== null && !e.touched}
            validationMessage={!e.touched && e.unreadable !== null ? tr("settingsInvalidInSheet", { text: e.unreadable }) : undefined}
            onPendingChange={(p) => setEntries((was) => (was[k].pending === p ? was : { ...was, [k]: { ...was[k], pending: p } }))}
            onChange={(iso) => setEntries((was) => ({ ...was, [k]: { ...was[k], value: iso, touched: true } }))}
          />
        );
      })}
      {/* Unavailable but focusable (aria-disabled): the focus stays on the button pressed while it
          works and after (บันทึกวันที่ has nothing left to save), and the replace question gives it back. */}
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onSave} disabledFocusable={busy || !anyTouched || anyPending}>
          {tr("announceSaveDates")}
        </Button>
        <Button appearance="secondary" onClick={() => void run(() => runAnnounce({ source: "pane", dryRun: true }), false)} disabledFocusable={busy}>
          {tr("announceShowDates")}
        </Button>
        <Button appearance="primary" onClick={() => void run(() => runAnnounce({ source: "pane" }), true)} disabledFocusable={busy} {...restoreFocusHere}>
          {tr("runAnnounce")}
        </Button>
      </div>
      {view.kind === "error" && <RunFailed message={view.message} />}
      {view.kind === "shown" && <Outcome view={view} tr={tr} />}
      <ConfirmReplaceDialog request={question} onAnswer={answer} />
    </StepCard>
  );
}

function Outcome({ view, tr }: { view: Extract<View, { kind: "shown" }>; tr: Translate }) {
  const styles = useStyles();
  const { outcome } = view;
  return (
    <section className={styles.column} data-testid="announce-result" aria-live="polite">
      {view.source === "ribbon" && <Caption1>{tr("announceFromRibbon")}</Caption1>}
      {view.wrote &&
        (outcome.refused.length > 0 ? (
          <MessageBar intent="error" data-testid="announce-refused">
            <MessageBarBody>{tr("announceRefused")}</MessageBarBody>
          </MessageBar>
        ) : outcome.cancelled ? (
          <MessageBar intent="info">
            <MessageBarBody>{tr("announceCancelled")}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success" data-testid="announce-done">
            <MessageBarBody>
              {tr("announceDone", { sheet: outcome.written[0] ?? "" })}
              {outcome.renamed && <div>{tr("announceRenamed", { sheet: outcome.written[0] ?? "" })}</div>}
            </MessageBarBody>
          </MessageBar>
        ))}
      {outcome.findings.map((f, i) => (
        <MessageBar key={`${f.code}-${i}`} intent={f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "info"} layout="multiline" data-testid="announce-finding">
          <MessageBarBody>
            <MessageBarTitle>{f.message}</MessageBarTitle>
            {f.fix}
          </MessageBarBody>
        </MessageBar>
      ))}
      <table className={styles.table} data-testid="announce-timetable" aria-label={tr("announceTimetable")}>
        <thead>
          <tr>
            <th className={styles.cell}>{tr("colStep")}</th>
            <th className={styles.cell}>{tr("colDate")}</th>
            <th className={styles.cell}>{tr("colState")}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.timetable.map((r) => (
            <tr key={r.key}>
              <td className={styles.cell} title={r.basis}>
                {r.label}
              </td>
              <td className={styles.cell}>{r.date ? thaiLongDate(r.date) : r.instead}</td>
              <td className={styles.cell}>
                <Badge appearance="tint" color={badgeColor(r.state)}>
                  {r.state}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
