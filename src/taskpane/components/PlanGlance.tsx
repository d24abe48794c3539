/**
 * The plan at a glance, under the pane's title: อปท., fiscal year, edition, projects, total
 * budget, and how long until the plan is due (or when it was announced). A description list, so
 * a screen reader reads each label with its value.
 */
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import type { PlanOverview } from "../../commands/planOverview";
import { daysBetween, isoParts, todayInBangkok, type IsoDate } from "../../core/localDate";
import { formatBaht, formatCount } from "../format";
import type { Lang } from "../../host/language";
import type { StringId } from "../i18n";
import { useLang } from "../lang";
import type { OverviewView } from "../usePaneStatus";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  card: {
    gap: "8px",
  },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
  },
  title: {
    margin: 0,
    lineHeight: "1.4",
  },
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "12px",
    rowGap: "4px",
  },
  // dt and dd in a div each (allowed in a dl): the grid lays them out as two columns.
  row: {
    display: "contents",
  },
  label: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    ...typographyStyles.body1Strong,
    margin: 0,
    overflowWrap: "anywhere",
  },
  due: {
    display: "flex",
    alignItems: "flex-start",
    gap: "4px",
    margin: 0,
  },
  neutral: { color: tokens.colorNeutralForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  icon: {
    marginTop: "3px",
  },
  loading: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
});

/** Under this many days left the countdown turns to a warning. */
export const DUE_SOON_DAYS = 7;

export type DueTone = "neutral" | "warning" | "danger" | "success";

export interface DueLine {
  readonly tone: DueTone;
  readonly id: StringId;
  /** The date to show with it, when there is one. */
  readonly date: IsoDate | null;
  readonly days?: number;
  /** The due date, for a plan announced after it. */
  readonly due?: IsoDate;
}

/**
 * What the countdown line says, and in which colour. Given `today`, an overview read on an
 * earlier day counts its days from today (a pane left open overnight), and an announcement
 * dated after today is only planned: the countdown still runs.
 */
export function dueLine(o: Pick<PlanOverview, "announced" | "dueBy" | "daysLeft" | "today">, today?: IsoDate): DueLine {
  const now = o.today && today ? today : undefined;
  const daysLeft = o.daysLeft === null ? null : o.daysLeft - (now && o.today ? daysBetween(o.today, now) : 0);
  if (o.announced && (!now || o.announced <= now)) {
    if (o.dueBy && o.announced > o.dueBy) return { tone: "danger", id: "glanceAnnouncedLate", date: o.announced, due: o.dueBy };
    return { tone: "success", id: "glanceAnnounced", date: o.announced };
  }
  if (!o.dueBy || daysLeft === null) return { tone: "neutral", id: "glanceNoDue", date: null };
  if (daysLeft < 0) return { tone: "danger", id: "glanceLate", date: o.dueBy, days: -daysLeft };
  if (daysLeft === 0) return { tone: "warning", id: "glanceDueToday", date: o.dueBy, days: 0 };
  return { tone: daysLeft < DUE_SOON_DAYS ? "warning" : "neutral", id: "glanceDaysLeft", date: o.dueBy, days: daysLeft };
}

// The platform's Buddhist calendar: "20 ต.ค. 2569", "20 Oct 2569 BE" (the era is the locale's own word).
const SHORT_DATE: Readonly<Record<Lang, Intl.DateTimeFormat>> = {
  th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist-nu-latn", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB-u-ca-buddhist", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

/** A date of the plan in the Buddhist era, day and short month first, as every date of the plan. */
export function shortDate(iso: IsoDate, lang: Lang): string {
  const { year, month, day } = isoParts(iso);
  return SHORT_DATE[lang].format(Date.UTC(year, month - 1, day));
}

export interface PlanGlanceProps {
  readonly view: OverviewView;
  readonly onRefresh: () => void;
}

export function PlanGlance({ view, onRefresh }: PlanGlanceProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const titleId = useId();
  const { overview, loading, error } = view;
  return (
    <Card className={styles.card} role="region" aria-labelledby={titleId} aria-busy={loading} data-testid="plan-glance">
      <div className={styles.head}>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {tr("glanceTitle")}
        </Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={<RefreshIcon />}
          aria-label={tr("glanceRefresh")}
          title={tr("glanceRefresh")}
          onClick={onRefresh}
          // Focusable while it reads, so that focus stays on it rather than falling to the page.
          disabledFocusable={loading}
          data-testid="glance-refresh"
        />
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr("glanceFailed")}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {overview ? <Figures overview={overview} /> : loading && <Loading />}
    </Card>
  );
}

function Loading() {
  const styles = useStyles();
  const { tr } = useLang();
  return (
    <div className={styles.loading} data-testid="glance-loading">
      <Skeleton aria-hidden="true">
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
      </Skeleton>
      <Caption1 role="status">{tr("glanceLoading")}</Caption1>
    </div>
  );
}

function Figures({ overview: o }: { overview: PlanOverview }) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  if (!o.hasTemplate)
    return (
      <Body1 as="p" className={styles.due} data-testid="glance-no-template">
        {tr("glanceNoTemplate")}
      </Body1>
    );
  const due = dueLine(o, todayInBangkok());
  const dueText = tr(due.id, {
    ...(due.date ? { date: shortDate(due.date, lang) } : {}),
    ...(due.days !== undefined ? { days: formatCount(due.days) } : {}),
    ...(due.due ? { due: shortDate(due.due, lang) } : {}),
  });
  const rows: [StringId, string][] = [
    ["glanceOrg", o.orgFullName ?? tr("glanceNoOrg")],
    ["glanceYear", o.fiscalYear === null ? tr("glanceNoYear") : tr("glanceYearValue", { year: o.fiscalYear })],
    ["glanceEdition", o.edition],
    ["glanceProjects", formatCount(o.projects)],
    ["glanceBudget", tr("glanceBudgetValue", { amount: formatBaht(o.budget) })],
  ];
  return (
    <dl className={styles.list} data-testid="glance-figures">
      {rows.map(([label, value]) => (
        <div key={label} className={styles.row}>
          <dt className={styles.label}>{tr(label)}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
      <div className={styles.row}>
        <dt className={styles.label}>{tr("glanceDue")}</dt>
        <dd className={mergeClasses(styles.value, styles.due, styles[due.tone])} data-testid="glance-due" data-tone={due.tone}>
          {(due.tone === "warning" || due.tone === "danger") && (
            <span className={styles.icon}>
              <SeverityIcon severity={due.tone === "danger" ? "error" : "warning"} size={14} />
            </span>
          )}
          <span>{dueText}</span>
        </dd>
      </div>
    </dl>
  );
}

/** Arrow around a circle; drawn here like SeverityIcon rather than pulling in an icon package. */
function RefreshIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M13.5 8A5.5 5.5 0 1 1 11.9 4.1M12 1.5v3h-3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
