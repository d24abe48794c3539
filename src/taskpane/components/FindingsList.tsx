/**
 * The findings of a check grouped by sheet row ("โครงการ · แถว 12"), sheet- and workbook-level
 * ones first, with the severity tiles as a filter, GROUP_PAGE groups at a time.
 */
import {
  Body1Strong,
  Button,
  Caption1,
  Caption1Strong,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../domain/findings";
import { countBySeverity, groupByRow, type FindingGroup } from "../findingGroups";
import { useLang, type Translate } from "../lang";
import { FindingItem } from "./FindingItem";
import { SEVERITY_LABEL, SeverityFilter } from "./SeverityFilter";

/** Groups rendered at first and added by each "แสดงเพิ่ม". */
export const GROUP_PAGE = 200;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  heading: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: "8px",
    flexWrap: "wrap",
    marginTop: "4px",
  },
  groups: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "4px",
  },
  groupTitle: {
    display: "block",
    margin: "0 0 2px 8px",
    color: tokens.colorNeutralForeground2,
  },
  items: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  selectError: {
    margin: "4px 0 4px 24px",
  },
  more: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    flexWrap: "wrap",
  },
});

function groupTitle(group: FindingGroup, tr: Translate): string {
  if (group.row !== undefined) return tr("groupRow", { sheet: group.sheet, row: group.row });
  return group.sheet ? tr("groupSheet", { sheet: group.sheet }) : tr("groupWorkbook");
}

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** The finding the user went to last, if any. */
  readonly selected?: Finding;
  /** Why going to the selected finding's cell failed, shown under it. */
  readonly selectError?: string;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingsList({ findings, selected, selectError, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const [filter, setFilter] = useState<Severity | null>(null);
  const [limit, setLimit] = useState(GROUP_PAGE);
  // A new check starts the list afresh.
  const [shownFindings, setShownFindings] = useState(findings);
  if (shownFindings !== findings) {
    setShownFindings(findings);
    setFilter(null);
    setLimit(GROUP_PAGE);
  }
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(() => groupByRow(filter ? findings.filter((f) => f.severity === filter) : findings), [findings, filter]);
  const shown = groups.slice(0, limit);

  const changeFilter = (next: Severity | null) => {
    setFilter(next);
    setLimit(GROUP_PAGE);
  };

  return (
    <div className={styles.root}>
      <SeverityFilter counts={counts} value={filter} onChange={changeFilter} />
      {findings.length > 0 && (
        <>
          <div className={styles.heading}>
            <Body1Strong as="h3" style={{ margin: 0 }}>
              {filter ? tr("findingsFiltered", { label: tr(SEVERITY_LABEL[filter]) }) : tr("findingsHeading")}
            </Body1Strong>
            {filter && (
              <Link as="button" onClick={() => changeFilter(null)}>
                {tr("showAll")}
              </Link>
            )}
          </div>
          {groups.length === 0 ? (
            <Caption1>{tr("noFindingsAtLevel")}</Caption1>
          ) : (
            <ul className={styles.groups} data-testid="finding-groups">
              {shown.map((group) => (
                <li key={group.key} className={styles.group} data-testid="finding-group">
                  <Caption1Strong as="h4" className={styles.groupTitle}>
                    {groupTitle(group, tr)}
                  </Caption1Strong>
                  <ul className={styles.items}>
                    {group.findings.map((f, i) => (
                      <li key={`${f.code}|${f.cell}|${i}`}>
                        <FindingItem finding={f} selected={f === selected} onSelect={onSelect} />
                        {f === selected && selectError && (
                          <MessageBar intent="warning" className={styles.selectError}>
                            <MessageBarBody>
                              <MessageBarTitle>{tr("selectFailed")}</MessageBarTitle>
                              {selectError}
                            </MessageBarBody>
                          </MessageBar>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {groups.length > shown.length && (
            <div className={styles.more}>
              <Button onClick={() => setLimit((n) => n + GROUP_PAGE)}>{tr("showMore", { count: groups.length - shown.length })}</Button>
              <Caption1>{tr("shownOf", { shown: shown.length, total: groups.length })}</Caption1>
            </div>
          )}
        </>
      )}
    </div>
  );
}
