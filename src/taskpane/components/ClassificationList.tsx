/** The จัดหมวดหมู่ review list: projects to review first, PROJECT_PAGE at a time. */
import { Body1Strong, Button, Caption1, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Choice, ClassifyResult } from "../../commands/classifyResult";
import type { Field, ReviewItem } from "../classifyReview";
import { useLang } from "../lang";
import { ClassificationRow } from "./ClassificationRow";

/** Projects rendered at first and added by each "แสดงเพิ่ม". */
export const PROJECT_PAGE = 100;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  heading: {
    margin: "4px 0 0 0",
  },
  more: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    flexWrap: "wrap",
    marginTop: "8px",
  },
});

export interface ClassificationListProps {
  readonly items: readonly ReviewItem[];
  readonly result: ClassifyResult;
  readonly choices: ReadonlyMap<string, Choice>;
  readonly written: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onChoose: (key: string, field: Field, value: string | null) => void;
  readonly onConfirm: (key: string) => void;
}

export function ClassificationList({ items, result, choices, written, busy, onChoose, onConfirm }: ClassificationListProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const [limit, setLimit] = useState(PROJECT_PAGE);
  // A new classification starts the list afresh.
  const [shownResult, setShownResult] = useState(result);
  if (shownResult !== result) {
    setShownResult(result);
    setLimit(PROJECT_PAGE);
  }
  const shown = items.slice(0, limit);
  if (items.length === 0) return null;
  return (
    <div>
      <Body1Strong as="h3" className={styles.heading}>
        {tr("reviewHeading")}
      </Body1Strong>
      <ul className={styles.list} data-testid="classifications">
        {shown.map((item) => (
          <ClassificationRow
            key={item.classification.key}
            item={item}
            result={result}
            choice={choices.get(item.classification.key)}
            written={written}
            busy={busy}
            onChoose={onChoose}
            onConfirm={onConfirm}
          />
        ))}
      </ul>
      {items.length > shown.length && (
        <div className={styles.more}>
          <Button onClick={() => setLimit((n) => n + PROJECT_PAGE)}>{tr("showMoreProjects", { count: items.length - shown.length })}</Button>
          <Caption1>{tr("shownOfProjects", { shown: shown.length, total: items.length })}</Caption1>
        </div>
      )}
    </div>
  );
}
