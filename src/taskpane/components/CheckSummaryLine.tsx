/** The check's totals in one line: ปีงบประมาณ พ.ศ. 2569 · 12 โครงการ · งบประมาณรวม 1,234,567.00 บาท. */
import { Body1, Caption1, makeStyles } from "@fluentui/react-components";
import { Fragment } from "react";
import type { CheckResult } from "../../commands/checkResult";
import { formatBaht } from "../format";
import { useLang } from "../lang";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  line: {
    margin: 0,
    lineHeight: "1.6",
  },
  // A line breaks between the parts, not inside one.
  part: {
    whiteSpace: "nowrap",
  },
});

export function CheckSummaryLine({ result }: { readonly result: CheckResult }) {
  const styles = useStyles();
  const { tr } = useLang();
  const { fiscalYear, projects, budget } = result.summary;
  const parts = [
    fiscalYear === null ? tr("summaryNoYear") : tr("summaryYear", { year: fiscalYear }),
    tr("summaryProjects", { count: projects.toLocaleString("th-TH") }),
    tr("summaryBudget", { amount: formatBaht(budget) }),
  ];
  return (
    <div className={styles.root} data-testid="check-summary">
      <Body1 as="p" className={styles.line}>
        {parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && " · "}
            <span className={styles.part}>{part}</span>
          </Fragment>
        ))}
      </Body1>
      {result.projectSheets.length > 0 && <Caption1>{tr("checkedSheets", { sheets: result.projectSheets.join(", ") })}</Caption1>}
    </div>
  );
}
