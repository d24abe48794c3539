/**
 * One project in the จัดหมวดหมู่ review: its name and place, its CLASS_CONFLICT warnings, its
 * แผนงาน and ยุทธศาสตร์ decisions (changeable where the cell is still empty), and a button
 * that writes this row alone.
 */
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { memo } from "react";
import type { Choice, ClassifyResult } from "../../commands/classifyResult";
import { cellOf, choicesFor, isWritten, pendingCells, type Field, type ReviewItem } from "../classifyReview";
import { useLang } from "../lang";
import { DecisionField } from "./DecisionField";
import { DevPlanLink } from "./DevPlanLink";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    flexDirection: "column",
    gap: "0",
  },
  name: {
    overflowWrap: "anywhere",
    lineHeight: "1.5",
  },
  place: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    color: tokens.colorNeutralForeground2,
  },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: "6px",
  },
  fix: {
    display: "block",
    marginTop: "2px",
    color: tokens.colorNeutralForeground2,
  },
});

export interface ClassificationRowProps {
  readonly item: ReviewItem;
  readonly result: ClassifyResult;
  readonly choice: Choice | undefined;
  /** Cells written and not taken back ("sheet!A1"). */
  readonly written: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onChoose: (key: string, field: Field, value: string | null) => void;
  readonly onConfirm: (key: string) => void;
}

export const ClassificationRow = memo(function ClassificationRow({ item, result, choice, written, busy, onChoose, onConfirm }: ClassificationRowProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const nameId = useId("project");
  const c = item.classification;
  const writable = cellOf(c, "plan") !== null || cellOf(c, "strategy") !== null;
  const pending = pendingCells(c, choice, written);

  const field = (f: Field) => {
    const { suggested, others } = choicesFor(result, c, f);
    const label = tr(f === "plan" ? "planField" : "strategyField");
    return (
      <DecisionField
        label={label}
        projectName={c.name}
        decision={c[f]}
        cell={cellOf(c, f)}
        written={isWritten(written, c, f)}
        choice={choice?.[f]}
        suggested={suggested}
        others={others}
        disabled={busy}
        onChoose={(value) => onChoose(c.key, f, value)}
      />
    );
  };

  return (
    <li className={styles.row} aria-labelledby={nameId} data-testid="classification" data-key={c.key} data-rank={item.rank}>
      <div className={styles.head}>
        <Body1Strong id={nameId} className={styles.name}>
          {c.name}
        </Body1Strong>
        <span className={styles.place}>
          <Caption1>{tr("groupRow", { sheet: c.sheet, row: c.row })}</Caption1>
          {item.rank < 3 && (
            <Badge appearance="tint" color="warning" size="small">
              {tr("needsReview")}
            </Badge>
          )}
        </span>
      </div>
      <DevPlanLink classification={c} />
      {item.conflicts.map((f, i) => (
        <MessageBar key={`${f.cell}|${i}`} intent="warning" layout="multiline">
          <MessageBarBody>
            {f.cell ? `${f.cell}: ` : ""}
            {f.message}
            {f.fix && (
              <Caption1 className={styles.fix}>
                {tr("fixPrefix")} {f.fix}
              </Caption1>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.fields}>
        {field("plan")}
        {field("strategy")}
      </div>
      {writable && (
        <div>
          {/* Focusable when unavailable (aria-disabled): once written there is nothing left to confirm,
              and the focus must not drop to the page from the button just pressed. */}
          <Button
            size="small"
            disabledFocusable={busy || pending.length === 0}
            onClick={() => onConfirm(c.key)}
            aria-label={tr("confirmRowName", { name: c.name })}
          >
            {tr("confirmRow")}
          </Button>
        </div>
      )}
    </li>
  );
});
