/**
 * Step 5, ประกาศ: the three dates of ตั้งค่า typed as people write them (Buddhist era, Thai month
 * names, Thai digits) and shown back in words, saved as real date cells; the timetable of the
 * legal dates with a state badge each and the findings; and the button that writes the ประกาศ.
 * Runs from the ribbon show here too.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AnnounceOutcome, PlanDates } from "../../commands/announcePlan";
import type { IsoDate } from "../../domain/localDate";
import { parseDate } from "../../domain/parse/dates";
import { thaiLongDate } from "../../domain/thaiCalendar";
import { runAnnounce, setAnnouncementDates } from "../../host/actions";
import { lastEvent, pendingConfirmation, type ActionEvent, type ActionSource, type ConfirmRequest } from "../../host/resultBus";
import { errorMessage } from "../i18n";
import { useLang, type Translate } from "../lang";
import { useActionEvents, useConfirmRequests } from "../useBus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { StepCard } from "./StepCard";

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

/** What a typed date reads as: empty (clears the date), a date, or nothing readable. */
export function readTypedDate(text: string): { kind: "empty" } | { kind: "date"; iso: IsoDate } | { kind: "invalid" } {
  const p = parseDate(text.trim() === "" ? null : text);
  if (p.kind === "empty") return { kind: "empty" };
  return p.kind === "date" ? { kind: "date", iso: p.iso } : { kind: "invalid" };
}

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

export function AnnounceStep() {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [view, setView] = useState<View>(() => ribbonView(lastEvent("announcePlan")) ?? { kind: "idle" });
  const [typed, setTyped] = useState<Record<DateKey, string>>({ trigger: "", announced: "", posted: "" });
  const [touched, setTouched] = useState<Record<DateKey, boolean>>({ trigger: false, announced: false, posted: false });
  const [question, setQuestion] = useState<ConfirmRequest | undefined>(() => {
    const pending = pendingConfirmation();
    return pending?.action === "announcePlan" ? pending : undefined;
  });

  useActionEvents((event) => {
    const next = ribbonView(event);
    if (next) setView(next);
  });
  useConfirmRequests((request) => {
    if (request.action === "announcePlan") setQuestion(request);
  });

  const readings = Object.fromEntries(DATE_KEYS.map((k) => [k, readTypedDate(typed[k])])) as Record<DateKey, ReturnType<typeof readTypedDate>>;
  const anyInvalid = DATE_KEYS.some((k) => touched[k] && readings[k].kind === "invalid");
  const anyTouched = DATE_KEYS.some((k) => touched[k]);

  const run = async (work: () => Promise<AnnounceOutcome>, wrote: boolean) => {
    setView({ kind: "busy" });
    try {
      setView({ kind: "shown", source: "pane", outcome: await work(), wrote });
    } catch (err) {
      setView({ kind: "error", message: errorMessage(err, lang) });
    }
  };

  const onSave = () => {
    const dates: { -readonly [K in DateKey]?: IsoDate | null } = {};
    for (const k of DATE_KEYS) {
      if (!touched[k]) continue;
      const r = readings[k];
      if (r.kind === "date") dates[k] = r.iso;
      else if (r.kind === "empty") dates[k] = null;
    }
    void run(async () => {
      const outcome = await setAnnouncementDates(dates);
      setTouched({ trigger: false, announced: false, posted: false });
      return outcome;
    }, false);
  };

  const answer = (replace: boolean) => {
    question?.respond(replace);
    setQuestion(undefined);
  };

  const busy = view.kind === "busy";
  return (
    <StepCard step={5} title={tr("announceTitle")} icon="assets/announce-32.png">
      <Body1 as="p" className={styles.body}>
        {tr("announceDescription")}
      </Body1>
      {DATE_KEYS.map((k) => {
        const r = readings[k];
        const invalid = touched[k] && r.kind === "invalid";
        return (
          <Field
            key={k}
            label={tr(LABEL[k])}
            validationState={invalid ? "error" : r.kind === "date" ? "success" : "none"}
            validationMessage={invalid ? tr("announceDateInvalid") : r.kind === "date" ? thaiLongDate(r.iso) : tr("announceDateHint")}
          >
            <Input
              value={typed[k]}
              data-testid={`announce-date-${k}`}
              onChange={(_e, data) => {
                setTyped((t) => ({ ...t, [k]: data.value }));
                setTouched((t) => ({ ...t, [k]: true }));
              }}
            />
          </Field>
        );
      })}
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onSave} disabled={busy || !anyTouched || anyInvalid}>
          {tr("announceSaveDates")}
        </Button>
        <Button appearance="secondary" onClick={() => void run(() => runAnnounce({ source: "pane", dryRun: true }), false)} disabled={busy}>
          {tr("announceShowDates")}
        </Button>
        <Button appearance="primary" onClick={() => void run(() => runAnnounce({ source: "pane" }), true)} disabled={busy}>
          {tr("runAnnounce")}
        </Button>
      </div>
      {view.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{tr("errorTitle")}</MessageBarTitle>
            {view.message}
          </MessageBarBody>
        </MessageBar>
      )}
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
        (outcome.cancelled ? (
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
