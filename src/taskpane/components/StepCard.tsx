/** The frame of one step of the work: icon, title, "ขั้นที่ n", then the step's content. */
import { Caption1, Card, CardHeader, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLang } from "../lang";

const useStyles = makeStyles({
  card: {
    gap: "12px",
  },
  title: {
    margin: 0,
    lineHeight: "1.4",
  },
});

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
  return (
    <Card className={styles.card} role="region" aria-label={title}>
      <CardHeader
        image={<img src={icon} alt="" width={32} height={32} />}
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {title}
          </Subtitle2>
        }
        description={<Caption1>{tr("stepLabel", { n: step })}</Caption1>}
      />
      {children}
    </Card>
  );
}
