/**
 * The ผด.01 figures after a run: per strategy, projects and budget with their shares, then the
 * total. A pane is narrow and strategy names are long, so each strategy's name heads its own
 * row group (spanning the table) and its four figures go on the row under it.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { FormsSummary } from "../../commands/generateResult";
import { formatBaht, formatCount, formatPercent } from "../format";
import { useLang } from "../lang";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  heading: {
    margin: 0,
    lineHeight: "1.5",
    fontSize: tokens.fontSizeBase300,
  },
  table: {
    width: "100%",
    fontSize: tokens.fontSizeBase200,
  },
  headerCell: {
    paddingLeft: "4px",
    paddingRight: "4px",
  },
  headerButton: {
    justifyContent: "flex-end",
    textAlign: "right",
  },
  // A strategy's name: the header of the figures under it.
  group: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    lineHeight: "1.5",
    padding: "6px 4px 0 4px",
  },
  nameRow: {
    borderBottomStyle: "none",
    ":hover": { backgroundColor: "transparent" },
  },
  number: {
    paddingLeft: "4px",
    paddingRight: "4px",
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Figures {
  readonly projects: number;
  readonly percentProjects: number;
  readonly budget: number;
  readonly percentBudget: number;
}

export function FormsSummaryTable({ summary }: { readonly summary: FormsSummary }) {
  const styles = useStyles();
  const { tr } = useLang();
  const headingId = useId("forms-summary");
  const share = summary.projects > 0 ? 100 : 0; // ผด.01 prints 100.00 on its total line
  const total: Figures = { projects: summary.projects, percentProjects: share, budget: summary.budget, percentBudget: share };
  return (
    <div className={styles.root} data-testid="forms-summary">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {tr("formsSummaryHeading", { year: summary.fiscalYear })}
      </Subtitle2>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.headerCell} button={{ className: styles.headerButton }}>{tr("colProjects")}</TableHeaderCell>
            <TableHeaderCell className={styles.headerCell} button={{ className: styles.headerButton }}>{tr("colPercent")}</TableHeaderCell>
            <TableHeaderCell className={styles.headerCell} button={{ className: styles.headerButton }}>{tr("colBudget")}</TableHeaderCell>
            <TableHeaderCell className={styles.headerCell} button={{ className: styles.headerButton }}>{tr("colPercent")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        {summary.strategies.map((s, i) => (
          <Group key={`${i}|${s.name}`} name={s.name} figures={s} testId="forms-summary-row" />
        ))}
        <Group name={tr("formsTotal")} figures={total} testId="forms-summary-total" strong />
      </Table>
    </div>
  );
}

function Group({ name, figures, testId, strong = false }: { name: string; figures: Figures; testId: string; strong?: boolean }) {
  const styles = useStyles();
  const number = mergeClasses(styles.number, strong && styles.total);
  return (
    <TableBody data-testid={testId}>
      <TableRow className={styles.nameRow}>
        <th scope="rowgroup" colSpan={4} className={styles.group}>
          {name}
        </th>
      </TableRow>
      <TableRow>
        <TableCell className={number}>{formatCount(figures.projects)}</TableCell>
        <TableCell className={number}>{formatPercent(figures.percentProjects)}</TableCell>
        <TableCell className={number}>{formatBaht(figures.budget)}</TableCell>
        <TableCell className={number}>{formatPercent(figures.percentBudget)}</TableCell>
      </TableRow>
    </TableBody>
  );
}
