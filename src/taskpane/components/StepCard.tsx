/**
 * The frame of one step of the work: icon, title with the step's state, "ขั้นที่ n" and why the
 * step is in that state, then the step's content. The state comes from the App (a context keyed
 * by the step number), since the steps themselves do not know it; without an App around it, the
 * card shows no state.
 */
import { Badge, Caption1, Card, CardHeader, Subtitle2, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useLang } from "../lang";
import { STATE_LABEL, type StepState } from "../stepStatus";
import { useStepStatus } from "../useStepStatus";

const useStyles = makeStyles({
  card: {
    gap: "12px",
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: "4px 8px",
  },
  title: {
    margin: 0,
    lineHeight: "1.4",
  },
  description: {
    display: "flex",
    flexDirection: "column",
  },
  // Thai has no spaces to break at in short phrases: let the badge wrap rather than overflow the pane.
  badge: {
    height: "auto",
    minHeight: "20px",
    whiteSpace: "normal",
    textAlign: "start",
  },
});

/** Colour backs up the words, never replaces them. */
const BADGE_COLOR: Readonly<Record<StepState, NonNullable<BadgeProps["color"]>>> = {
  "not-run": "informative",
  errors: "danger",
  done: "success",
  stale: "warning",
  running: "brand",
};

export interface StepCardProps {
  readonly step: number;
  readonly title: string;
  /** 32 px picture from assets/ (the ribbon button's icon). */
  readonly icon: string;
  readonly children: ReactNode;
}

export function StepCard({ step, title, icon, children }: StepCardProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const status = useStepStatus(step);
  const reasonId = useId();
  const reason = status ? tr(status.reason.id, status.reason.params) : undefined;
  return (
    <Card className={styles.card} role="region" aria-label={title}>
      <CardHeader
        image={<img src={icon} alt="" width={32} height={32} />}
        header={
          <div className={styles.titleRow}>
            <Subtitle2 as="h2" className={styles.title}>
              {title}
            </Subtitle2>
            {status && (
              <Badge
                appearance="tint"
                shape="rounded"
                color={BADGE_COLOR[status.state]}
                className={styles.badge}
                aria-describedby={reasonId}
                title={reason}
                data-testid={`step-state-${step}`}
                data-state={status.state}
              >
                {tr(STATE_LABEL[status.state])}
              </Badge>
            )}
          </div>
        }
        description={
          <div className={styles.description}>
            <Caption1>{tr("stepLabel", { n: step })}</Caption1>
            {status && <Caption1 id={reasonId}>{reason}</Caption1>}
          </div>
        }
      />
      {children}
    </Card>
  );
}
