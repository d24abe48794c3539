/**
 * One of a project's two decisions (แผนงาน or ยุทธศาสตร์): how it was decided and how sure,
 * and, when its cell can still be written, a dropdown of the alternatives and every other choice.
 */
import { Caption1, Caption1Strong, Dropdown, Option, OptionGroup, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Decision, Method } from "../../commands/classifyResult";
import type { StringId } from "../i18n";
import { useLang } from "../lang";

/** The dropdown's value for "leave the cell empty". */
const NONE = "\u0000none";

export const METHOD_TEXT: Record<Method, StringId> = {
  label: "methodLabel",
  heading: "methodHeading",
  inferred: "methodInferred",
  devPlan: "methodDevPlan",
  suggested: "methodSuggested",
  unresolved: "methodUnresolved",
};

const useStyles = makeStyles({
  field: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
  },
  dropdown: {
    minWidth: 0,
    width: "100%",
  },
  value: {
    overflowWrap: "anywhere",
  },
  how: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  unresolved: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  score: {
    marginLeft: "6px",
    color: tokens.colorNeutralForeground3,
  },
});

export interface DecisionFieldProps {
  /** "แผนงาน" or "ยุทธศาสตร์", in the pane's language. */
  readonly label: string;
  readonly projectName: string;
  readonly decision: Decision;
  /** The cell the value would go to; null when the row already says it (nothing to change). */
  readonly cell: string | null;
  /** Written by an apply that was not taken back. */
  readonly written: boolean;
  /** The user's pick: a name, null for "leave empty", undefined for none (the decision stands). */
  readonly choice: string | null | undefined;
  readonly suggested: readonly { readonly name: string; readonly score: number }[];
  readonly others: readonly string[];
  readonly disabled: boolean;
  readonly onChoose: (value: string | null) => void;
}

const percent = (x: number) => Math.round(x * 100);

export function DecisionField(props: DecisionFieldProps) {
  const { label, projectName, decision, cell, written, choice, suggested, others, disabled, onChoose } = props;
  const styles = useStyles();
  const { tr } = useLang();
  const chosen = choice !== undefined && choice !== decision.name;
  const current = choice !== undefined ? choice : decision.name;

  const how: string[] = [];
  if (chosen) how.push(tr("methodChosen"));
  else {
    how.push(tr(METHOD_TEXT[decision.method]));
    if (decision.method !== "unresolved") how.push(tr("confidencePercent", { percent: percent(decision.confidence) }));
  }
  if (cell && written) how.push(tr("writtenAt", { cell }));
  else if (cell) how.push(tr("willWrite", { cell }));
  else how.push(tr("alreadyInSheet"));

  const editable = cell !== null && !written;
  return (
    <div className={styles.field} data-field={label}>
      <Caption1Strong>{label}</Caption1Strong>
      {editable ? (
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={tr("changeDecision", { what: label, name: projectName })}
          placeholder={tr("chooseDecision", { what: label })}
          value={current === null ? (choice === null ? tr("leaveEmpty") : "") : current}
          selectedOptions={[current === null ? (choice === null ? NONE : "") : current]}
          disabled={disabled}
          onOptionSelect={(_, data) => {
            if (data.optionValue === undefined) return;
            onChoose(data.optionValue === NONE ? null : data.optionValue);
          }}
        >
          {suggested.length > 0 && (
            <OptionGroup label={tr("suggestedGroup")}>
              {suggested.map((a) => (
                <Option key={a.name} value={a.name} text={a.name}>
                  <span>
                    {a.name}
                    <span className={styles.score}>{tr("optionScore", { percent: percent(a.score) })}</span>
                  </span>
                </Option>
              ))}
            </OptionGroup>
          )}
          {others.length > 0 && (
            <OptionGroup label={tr("allGroup")}>
              {others.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </OptionGroup>
          )}
          <Option value={NONE} text={tr("leaveEmpty")}>
            {tr("leaveEmpty")}
          </Option>
        </Dropdown>
      ) : (
        <Body1 className={styles.value}>{current ?? tr("noDecision")}</Body1>
      )}
      <Caption1 className={!chosen && decision.method === "unresolved" ? styles.unresolved : styles.how}>{how.join(" · ")}</Caption1>
    </div>
  );
}
