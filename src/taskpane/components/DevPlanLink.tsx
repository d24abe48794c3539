/**
 * Beside a project in the จัดหมวดหมู่ review: the development plan entry it is linked to, and a
 * click to see it: in the workbook, its sheet activated and its row selected; in the chosen
 * file, its details (name, ยุทธศาสตร์, แผนงาน, this year's amount) in a popover. Two close
 * candidates are both offered and the user picks one; the pick only changes what this review
 * shows (the classification is changed with the แผนงาน and ยุทธศาสตร์ fields, as before).
 */
import {
  Body1,
  Button,
  Caption1,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DevPlanRef, ProjectClassification } from "../../commands/classifyResult";
import { showDevPlanRow } from "../../host/devPlanActions";
import { currentDevPlan } from "../../host/devPlanSource";
import { errorMessage } from "../../host/errorMessage";
import { formatBaht } from "../format";
import { useLang } from "../lang";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "2px" },
  link: { minWidth: 0, padding: "0", textAlign: "start", justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, height: "auto" },
  linkText: { overflowWrap: "anywhere", lineHeight: "1.5" },
  muted: { color: tokens.colorNeutralForeground2 },
  details: { margin: 0, display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", gap: "4px 8px", maxWidth: "300px" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
});

const percent = (score: number) => Math.round(score * 100);

export function DevPlanLink({ classification: c }: { classification: ProjectClassification }) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const candidates = c.devPlanCandidates ?? [];
  const ambiguous = !c.devPlan && candidates.length >= 2;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  if (c.devPlan === undefined) return null;
  const entry: DevPlanRef | null = c.devPlan ?? candidates.find((k) => `${k.sheet}!${k.row}` === picked) ?? null;
  if (!entry && !ambiguous)
    return (
      <Caption1 className={styles.muted} data-testid="dev-plan-link">
        {tr("devPlanNoLink")}
      </Caption1>
    );

  // An entry of the chosen file is not in the workbook: its details show here instead.
  const inFile = !!entry && !!currentDevPlan()?.sheets.some((s) => s.name === entry.sheet);
  const label = entry ? tr("devPlanShow", { name: c.name }) : "";
  const onShow = async () => {
    if (!entry) return;
    setError(undefined);
    try {
      await showDevPlanRow(entry.sheet, entry.row);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  };
  const linkButton = entry && (
    <Button appearance="transparent" className={styles.link} aria-label={label} onClick={inFile ? undefined : () => void onShow()}>
      <span className={styles.linkText}>{tr("devPlanLinked", { name: entry.name })}</span>
    </Button>
  );

  return (
    <div className={styles.box} data-testid="dev-plan-link">
      {ambiguous && (
        <RadioGroup
          aria-label={tr("devPlanCandidatesGroup", { name: c.name })}
          value={picked ?? ""}
          onChange={(_, data) => setPicked(data.value)}
          data-testid="dev-plan-candidates"
        >
          <Caption1>{tr("devPlanCandidatesTitle", { count: candidates.length })}</Caption1>
          {candidates.map((k) => (
            <Radio
              key={`${k.sheet}!${k.row}`}
              value={`${k.sheet}!${k.row}`}
              label={tr("devPlanCandidate", { name: k.name, sheet: k.sheet, row: k.row, score: percent(k.score) })}
            />
          ))}
        </RadioGroup>
      )}
      {entry && inFile && (
        <Popover withArrow trapFocus>
          <PopoverTrigger disableButtonEnhancement>{linkButton}</PopoverTrigger>
          <PopoverSurface aria-label={tr("devPlanEntryTitle")} data-testid="dev-plan-entry">
            <EntryDetails entry={entry} />
          </PopoverSurface>
        </Popover>
      )}
      {entry && !inFile && linkButton}
      {entry && <Caption1 className={styles.muted}>{tr("devPlanLinkedPlace", { sheet: entry.sheet, row: entry.row, score: percent(entry.score) })}</Caption1>}
      {error && <Caption1 role="alert">{error}</Caption1>}
    </div>
  );
}

function EntryDetails({ entry }: { entry: DevPlanRef }) {
  const styles = useStyles();
  const { tr } = useLang();
  const row = (term: string, value: string) => (
    <>
      <dt className={styles.term}>
        <Body1>{term}</Body1>
      </dt>
      <dd className={styles.value}>
        <Body1>{value}</Body1>
      </dd>
    </>
  );
  return (
    <div>
      <Body1 as="h3" className={styles.term}>
        {tr("devPlanEntryTitle")}
      </Body1>
      <dl className={styles.details}>
        {row(tr("devPlanEntryName"), entry.name)}
        {row(tr("devPlanEntryStrategy"), entry.strategy ?? tr("devPlanEntryNone"))}
        {row(tr("devPlanEntryPlan"), entry.plan ?? tr("devPlanEntryNone"))}
        {row(tr("devPlanEntryAmount"), entry.amount === null ? tr("devPlanEntryNoAmount") : tr("devPlanEntryAmountValue", { amount: formatBaht(entry.amount) }))}
      </dl>
      <Caption1>{tr("devPlanEntryPlace", { sheet: entry.sheet, row: entry.row })}</Caption1>
    </div>
  );
}
