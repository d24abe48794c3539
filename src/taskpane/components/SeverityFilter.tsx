/**
 * The counts by severity, one tile each; a tile is also a toggle that shows only that
 * severity's findings (pressing it again shows all).
 */
import { ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/findings";
import { SEVERITIES } from "../findingGroups";
import type { StringId } from "../i18n";
import { useLang } from "../lang";
import { SEVERITY_COLOR, SeverityIcon } from "./SeverityIcon";

export const SEVERITY_LABEL: Record<Severity, StringId> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

const useStyles = makeStyles({
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: "6px",
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    minWidth: 0,
    height: "auto",
    padding: "6px 8px",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
  },
  pressed: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `2px solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: "-2px",
  },
  count: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: {
    order: 1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "100%",
  },
});

export interface SeverityFilterProps {
  readonly counts: Record<Severity, number>;
  /** The severity shown alone, or null for all. */
  readonly value: Severity | null;
  readonly onChange: (value: Severity | null) => void;
}

export function SeverityFilter({ counts, value, onChange }: SeverityFilterProps) {
  const styles = useStyles();
  const { tr } = useLang();
  return (
    <div className={styles.tiles} role="group" aria-label={tr("severityFilterHint")} title={tr("severityFilterHint")}>
      {SEVERITIES.map((severity) => {
        const label = tr(SEVERITY_LABEL[severity]);
        const pressed = value === severity;
        return (
          <ToggleButton
            key={severity}
            className={mergeClasses(styles.tile, pressed && styles.pressed)}
            appearance="outline"
            checked={pressed}
            onClick={() => onChange(pressed ? null : severity)}
            aria-label={tr("severityCount", { label, count: counts[severity] })}
            data-testid={`count-${severity}`}
          >
            {/* the label first, as in the name (WCAG 2.5.3, Label in Name); shown under the count */}
            <span className={styles.label}>{label}</span>{" "}
            <span className={styles.count} style={{ color: SEVERITY_COLOR[severity] }}>
              <SeverityIcon severity={severity} />
              {counts[severity]}
            </span>
          </ToggleButton>
        );
      })}
    </div>
  );
}
