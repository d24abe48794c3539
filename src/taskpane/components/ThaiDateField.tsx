/**
 * A Buddhist-era date picker a keyboard alone can drive: three native selects (day, month,
 * year พ.ศ.) under one label, a clear button, and the date said back in words with its weekday.
 *
 * Native selects rather than a calendar popup: they work with the keyboard and screen readers
 * everywhere Office hosts the pane, and need no new dependency. The value is an ISO date or
 * null; a date picked only in part stays inside the field (reported through onPendingChange)
 * until it is complete or cleared.
 */
import { Button, Caption1, Field, Label, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { isoFromParts, isoParts, type IsoDate } from "../../core/localDate";
import { BE_OFFSET, currentFiscalYear, thaiLongDate } from "../../domain/thaiCalendar";
import type { Lang } from "../../host/language";
import { useLang, type Translate } from "../lang";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: "6px",
  },
  part: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  day: { width: "72px" },
  month: { minWidth: "120px" },
  year: { width: "96px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  words: {
    color: tokens.colorNeutralForeground2,
    marginTop: "2px",
  },
});

export interface ThaiDateFieldProps {
  readonly label: string;
  readonly value: IsoDate | null;
  readonly onChange: (value: IsoDate | null) => void;
  /** Told whether a date is picked only in part (its owner should not save meanwhile). */
  readonly onPendingChange?: (pending: boolean) => void;
  /**
   * A new key drops a date picked in part, the selects showing `value` again: the owner's
   * revert or reload, after which `value` may well be the same (null) as before.
   */
  readonly resetKey?: string | number;
  /** Help under the label. */
  readonly hint?: string;
  /** An error from the owner (shown when the field itself has none). */
  readonly validationMessage?: string;
  /** The year list runs from three years before this fiscal year to two after (default: the current one). */
  readonly fiscalYear?: number;
  readonly disabled?: boolean;
  /** Clearing is offered even with nothing picked: the cell holds text that is no date, to be emptied. */
  readonly clearable?: boolean;
  /** Prefix of the data-testid of the selects (…-day, …-month, …-year) and the clear button (…-clear). */
  readonly testId?: string;
}

/** Day, month, Buddhist-era year: each null until picked. */
export interface DateParts {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
}

const EMPTY: DateParts = { day: null, month: null, year: null };

/** The selects in their order, each with its own label. */
const PARTS = ["day", "month", "year"] as const;
const PART_LABEL = { day: "dateDay", month: "dateMonth", year: "dateYear" } as const;

export function partsOf(value: IsoDate | null): DateParts {
  if (!value) return EMPTY;
  const { year, month, day } = isoParts(value);
  return { day, month, year: year + BE_OFFSET };
}

/** Days in a month; 29 for February of an unknown year, so that 29 can be picked before the year. */
export function daysInMonth(month: number | null, beYear: number | null): number {
  if (month === null) return 31;
  return new Date(Date.UTC(beYear === null ? 2024 : beYear - BE_OFFSET, month, 0)).getUTCDate();
}

/** The parts with one of them changed, the day pulled back into the month (31 → 28 on choosing February). */
export function withPart(parts: DateParts, part: keyof DateParts, value: number | null): DateParts {
  const next = { ...parts, [part]: value };
  const last = daysInMonth(next.month, next.year);
  return next.day !== null && next.day > last ? { ...next, day: last } : next;
}

/** The ISO date the parts make, or null while any is missing. */
export function isoOfParts(p: DateParts): IsoDate | null {
  return p.day !== null && p.month !== null && p.year !== null ? isoFromParts(p.year - BE_OFFSET, p.month, p.day) : null;
}

const isPartial = (p: DateParts) => isoOfParts(p) === null && (p.day !== null || p.month !== null || p.year !== null);

/** FY−3 … FY+2, plus the picked year when it lies outside. */
export function yearChoices(fiscalYear: number, picked: number | null): number[] {
  const years = Array.from({ length: 6 }, (_, i) => fiscalYear - 3 + i);
  if (picked !== null && !years.includes(picked)) years.push(picked);
  return years.sort((a, b) => a - b);
}

function monthNames(lang: Lang): string[] {
  const fmt = new Intl.DateTimeFormat(lang === "th" ? "th-TH" : "en-GB", { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => fmt.format(Date.UTC(2000, i, 1)));
}

/** "วันอังคารที่ 16 กันยายน 2568" / "Tuesday, 16 September 2568 BE" */
export function dateInWords(iso: IsoDate, lang: Lang, tr: Translate): string {
  const { year, month, day } = isoParts(iso);
  const at = Date.UTC(year, month - 1, day);
  const weekday = new Intl.DateTimeFormat(lang === "th" ? "th-TH" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(at);
  const date =
    lang === "th"
      ? thaiLongDate(iso)
      : new Intl.DateTimeFormat("en-GB-u-ca-buddhist", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
  return tr("dateInWords", { weekday, date });
}

/** "2569"; in English with the Common Era year too, "2569 (2026)". */
const yearLabel = (be: number, lang: Lang) => (lang === "th" ? String(be) : `${be} (${be - BE_OFFSET})`);

const numberOrNull = (s: string): number | null => (s === "" ? null : Number(s));

export function ThaiDateField(props: ThaiDateFieldProps) {
  const { label, value, onChange, onPendingChange, hint, validationMessage, disabled, clearable, testId } = props;
  const styles = useStyles();
  const { lang, tr } = useLang();
  const id = useId("thai-date-");
  const ids = { label: `${id}-label`, day: `${id}-day`, month: `${id}-month`, year: `${id}-year`, words: `${id}-words` };

  // What the selects show: the value, or a date picked in part. A new value from outside
  // (a reload, a clear) or a new resetKey replaces a partial pick.
  const [parts, setParts] = useState<DateParts>(() => partsOf(value));
  const [shownValue, setShownValue] = useState<IsoDate | null>(value);
  const [shownReset, setShownReset] = useState(props.resetKey);
  if (value !== shownValue || props.resetKey !== shownReset) {
    setShownValue(value);
    setShownReset(props.resetKey);
    setParts(partsOf(value));
  }

  const pending = isPartial(parts);
  useEffect(() => {
    onPendingChange?.(pending);
  }, [pending, onPendingChange]);

  const fiscalYear = useMemo(() => props.fiscalYear ?? currentFiscalYear(), [props.fiscalYear]);
  const months = useMemo(() => monthNames(lang), [lang]);
  const years = yearChoices(fiscalYear, parts.year);
  const lastDay = daysInMonth(parts.month, parts.year);

  const pick = (part: keyof DateParts, raw: string) => {
    const next = withPart(parts, part, numberOrNull(raw));
    setParts(next);
    const iso = isoOfParts(next);
    if (iso !== null && iso !== value) {
      setShownValue(iso);
      onChange(iso);
    }
  };
  const clear = () => {
    setParts(EMPTY);
    setShownValue(null);
    if (value !== null || clearable) onChange(null);
  };

  const iso = isoOfParts(parts);
  const message = pending ? tr("settingsDatePending") : validationMessage;
  // Each part's choices as [value, text].
  const choices: Record<keyof DateParts, [number, string | number][]> = {
    day: Array.from({ length: lastDay }, (_, i) => [i + 1, i + 1]),
    month: months.map((name, i) => [i + 1, name]),
    year: years.map((y) => [y, yearLabel(y, lang)]),
  };
  // Each select is named by the field's label and its own ("วันที่ประกาศแผน วัน").
  const labelledBy = (part: string) => `${ids.label} ${part}-label`;

  return (
    <Field
      label={{ children: label, id: ids.label, htmlFor: ids.day }}
      hint={hint}
      validationMessage={message}
      validationState={message ? (pending ? "warning" : "error") : "none"}
    >
      <div role="group" aria-labelledby={ids.label} className={styles.group}>
        {PARTS.map((part) => (
          <div key={part} className={styles.part}>
            <Label size="small" id={`${ids[part]}-label`} htmlFor={ids[part]}>
              {tr(PART_LABEL[part])}
            </Label>
            <Select
              id={ids[part]}
              className={styles[part]}
              aria-labelledby={labelledBy(ids[part])}
              aria-describedby={ids.words}
              value={parts[part] === null ? "" : String(parts[part])}
              disabled={disabled}
              data-testid={testId ? `${testId}-${part}` : undefined}
              onChange={(_e, d) => pick(part, d.value)}
            >
              {parts[part] === null && <option value="">{tr("dateUnset")}</option>}
              {choices[part].map(([v, text]) => (
                <option key={v} value={String(v)}>
                  {text}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <Button
          appearance="subtle"
          size="small"
          disabled={disabled}
          // Nothing to clear: dimmed yet focusable, so that the focus stays on it once it has cleared
          // the date (a disabled button drops it to the page). Not with `disabled`: Fluent lets this one win.
          disabledFocusable={!disabled && !clearable && parts.day === null && parts.month === null && parts.year === null}
          data-testid={testId ? `${testId}-clear` : undefined}
          onClick={clear}
        >
          {tr("dateClear")}
          {/* Named by its content, not aria-label: axe matches an aria-label against the visible
              text word by word, and Thai has no spaces between words. */}
          <span className={styles.hidden}> {label}</span>
        </Button>
      </div>
      <Caption1 id={ids.words} className={styles.words} aria-live="polite" data-testid={testId ? `${testId}-words` : undefined}>
        {iso ? dateInWords(iso, lang, tr) : pending ? "" : tr("dateEmpty")}
      </Caption1>
    </Field>
  );
}
