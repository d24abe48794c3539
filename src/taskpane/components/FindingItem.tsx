/**
 * One finding: severity icon, cell, message and fix. A finding with a cell is a button that
 * takes the user to that cell in Excel.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../domain/findings";
import type { StringId } from "../i18n";
import { useLang } from "../lang";
import { SeverityIcon } from "./SeverityIcon";

const SEVERITY_NAME: Record<Severity, StringId> = {
  error: "severityErrorOne",
  warning: "severityWarningOne",
  info: "severityInfoOne",
};

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: "8px",
    rowGap: "2px",
    width: "100%",
    boxSizing: "border-box",
    padding: "6px 8px",
    margin: 0,
    textAlign: "left",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: "1.55",
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    ...shorthands.border("0"),
    borderRadius: tokens.borderRadiusMedium,
  },
  button: {
    // the focus outline is drawn by an ::after placed against the button
    position: "relative",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  icon: {
    paddingTop: "3px",
  },
  message: {
    overflowWrap: "anywhere",
  },
  cell: {
    display: "inline-block",
    marginRight: "6px",
    padding: "0 5px",
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "18px",
    verticalAlign: "1px",
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  fix: {
    gridColumnStart: 2,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  fixPrefix: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface FindingItemProps {
  readonly finding: Finding;
  /** The finding the user went to last. */
  readonly selected: boolean;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding, selected, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const severity = tr(SEVERITY_NAME[finding.severity]);
  const content = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} label={finding.cell ? undefined : severity} />
      </span>
      <span className={styles.message}>
        {finding.cell && <span className={styles.cell}>{finding.cell}</span>}
        {finding.cell && " "}
        {finding.message}
      </span>
      {/* a space between the grid items, for the text read out of the button */}
      {finding.fix && " "}
      {finding.fix && (
        <span className={styles.fix}>
          <span className={styles.fixPrefix}>{tr("fixPrefix")}</span> {finding.fix}
        </span>
      )}
    </>
  );
  if (!finding.cell) return <div className={styles.item}>{content}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.button, styles.focus, selected && styles.selected)}
      onClick={() => onSelect(finding)}
      // the name holds all the visible text, the fix too (WCAG 2.5.3, Label in Name)
      aria-label={[tr("findingName", { severity, cell: finding.cell, message: finding.message }), finding.fix && `${tr("fixPrefix")} ${finding.fix}`]
        .filter(Boolean)
        .join(" ")}
      aria-current={selected ? "true" : undefined}
      title={tr("findingTitle", { cell: finding.cell, sheet: finding.sheet })}
      data-sheet={finding.sheet}
      data-cell={finding.cell}
    >
      {content}
    </button>
  );
}
