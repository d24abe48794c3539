/**
 * ตั้งค่าแผน: the ตั้งค่า sheet as a form, folded away until opened. Read when first opened (and
 * on โหลดใหม่); บันทึก writes only what was changed, after checking the values; a value changed
 * in the sheet since the form was read is shown, to be overwritten or reloaded, never silently lost.
 * A sheet whose values column is only a guess (the form's `shifted`) is shown but not saved.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { SettingErrorCode, SettingsForm } from "../../commands/settingsForm";
import { SETTING_FIELDS, type SettingKey } from "../../domain/settings";
import { loadSettings, saveSettingsForm } from "../../host/settingsActions";
import { errorMessage } from "../../host/errorMessage";
import { useLang } from "../lang";
import { draftState, parseYearText, shownValue, withoutKeys, type Draft, type DraftValue } from "../settingsDraft";
import { FOLDED_CARD_STYLES } from "./foldedCardStyles";
import { RunFailed } from "./RunStatus";
import { SettingField } from "./SettingField";
import { labelsOf, missingOf, NoticeBar, shiftedOf, ShiftedBar, type Notice } from "./SettingsNotices";

const useStyles = makeStyles({
  ...FOLDED_CARD_STYLES,
});

const PANEL = "settings";

export interface SettingsPanelProps {
  /** Called after a save wrote something (the owner refreshes what depends on the settings). */
  readonly onSaved?: () => void;
}

type Loaded =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly form: SettingsForm }
  | { readonly kind: "error"; readonly message: string };

export function SettingsPanel({ onSaved }: SettingsPanelProps) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "idle" });
  const [draft, setDraft] = useState<Draft>({});
  const [pending, setPending] = useState<ReadonlySet<SettingKey>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<SettingKey, SettingErrorCode>>>({});
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  /** Bumped on คืนค่าเดิม and โหลดใหม่: the date fields drop a date picked only in part. */
  const [resetKey, setResetKey] = useState(0);
  const saveButton = useRef<HTMLButtonElement>(null);
  const reloadButton = useRef<HTMLButtonElement>(null);
  /** A save or reload is under way: when it ends, focus goes back into the form if it fell to the page. */
  const refocus = useRef(false);

  const reload = async () => {
    refocus.current = true;
    setLoaded({ kind: "loading" });
    setNotice(undefined);
    try {
      const form = await loadSettings();
      setLoaded({ kind: "loaded", form });
      setDraft({});
      setServerErrors({});
      setPending(new Set());
      setResetKey((k) => k + 1);
    } catch (err) {
      setLoaded({ kind: "error", message: errorMessage(err, lang) });
    }
  };

  const onToggle = (_e: unknown, data: { openItems: string[] }) => {
    const opening = data.openItems.includes(PANEL);
    setOpen(opening);
    if (opening && loaded.kind === "idle") void reload();
  };

  const form = loaded.kind === "loaded" ? loaded.form : undefined;
  const state = form ? draftState(form, draft) : { changes: {}, errors: {}, count: 0 };
  const hasErrors = Object.keys(state.errors).length > 0;
  const nothingToSave = Object.keys(state.changes).length === 0;
  /** The values column is only a guess: the form shows what was read, and nothing can be saved. */
  const locked = form?.shifted === true;

  const edit = (key: SettingKey, value: DraftValue) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServerErrors((e) => {
      if (!(key in e)) return e;
      const next = { ...e };
      delete next[key];
      return next;
    });
    setNotice((n) => (n?.kind === "saved" ? undefined : n));
  };

  // Idempotent: ThaiDateField reports after every render it changes in.
  const setPendingFor = (key: SettingKey, p: boolean) =>
    setPending((s) => {
      if (s.has(key) === p) return s;
      const next = new Set(s);
      if (p) next.add(key);
      else next.delete(key);
      return next;
    });

  const save = async (force: boolean) => {
    if (!form) return;
    refocus.current = true;
    setSaving(true);
    setNotice(undefined);
    try {
      const outcome = await saveSettingsForm(state.changes, { loaded: form, force });
      if (Object.keys(outcome.errors).length) {
        setServerErrors(outcome.errors);
        return;
      }
      setLoaded({ kind: "loaded", form: outcome.form });
      setDraft((d) => withoutKeys(d, outcome.written));
      setServerErrors({});
      setNotice(
        outcome.conflicts.length
          ? { kind: "conflicts", conflicts: outcome.conflicts, saved: outcome.written.length }
          : { kind: "saved", count: outcome.written.length, sheet: outcome.form.sheet ?? "" },
      );
      if (outcome.written.length) onSaved?.();
    } catch (err) {
      const missing = missingOf(err);
      const shifted = shiftedOf(err);
      const message = missing
        ? missing.sheetMissing
          ? tr("settingsNoSheet")
          : tr("settingsRowsGone", { labels: labelsOf(missing.settings, tr) })
        : shifted
          ? tr("settingsShiftedOnSave", { sheet: shifted.sheet })
          : errorMessage(err, lang);
      setNotice({ kind: "error", message });
    } finally {
      setSaving(false);
    }
  };

  const busy = saving || loaded.kind === "loading";
  const frozen = busy || locked;

  // The notice's own buttons (เขียนทับ, ใช้ค่าในชีต) go away with it, and the fields while the form
  // reloads: once the work is done, a keyboard user carries on from บันทึก, not from the top of the page.
  useEffect(() => {
    if (!refocus.current || busy) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) (saveButton.current ?? reloadButton.current)?.focus();
  });
  const fiscalYear = (() => {
    const f = form?.fields.fiscalYear;
    if (!f) return undefined;
    const y = parseYearText(String(shownValue(f, draft) ?? ""));
    return y !== null && Number.isInteger(y) && y >= 2400 && y <= 2800 ? y : undefined;
  })();

  return (
    <Card className={styles.card} role="region" aria-label={tr("settingsTitle")}>
      <Accordion collapsible openItems={open ? [PANEL] : []} onToggle={onToggle}>
        <AccordionItem value={PANEL}>
          <AccordionHeader as="h2" className={styles.header} data-testid="settings-header">
            {tr("settingsTitle")}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel} data-testid="settings-panel">
              {loaded.kind === "loading" && <Spinner size="tiny" label={tr("settingsLoading")} />}
              {loaded.kind === "error" && <RunFailed message={loaded.message} />}
              {form && form.sheet === null && (
                <MessageBar intent="warning" data-testid="settings-no-sheet">
                  <MessageBarBody>{tr("settingsNoSheet")}</MessageBarBody>
                </MessageBar>
              )}
              {form && form.sheet !== null && (
                <>
                  <Body1 as="p" className={styles.body}>
                    {tr("settingsDescription", { sheet: form.sheet })}
                  </Body1>
                  {locked && <ShiftedBar form={form} tr={tr} />}
                  {form.missing.length > 0 && (
                    <MessageBar intent="info">
                      <MessageBarBody>{tr("settingsMissingRows", { sheet: form.sheet, labels: labelsOf(form.missing, tr) })}</MessageBarBody>
                    </MessageBar>
                  )}
                  {SETTING_FIELDS.map((f) => form.fields[f.key]).map((field) =>
                    field ? (
                      <SettingField
                        key={field.key}
                        field={field}
                        draft={draft}
                        error={serverErrors[field.key] ?? state.errors[field.key]}
                        resetKey={resetKey}
                        fiscalYear={fiscalYear}
                        frozen={frozen}
                        onEdit={edit}
                        onPending={setPendingFor}
                      />
                    ) : null,
                  )}
                </>
              )}
              {notice && <NoticeBar notice={notice} tr={tr} busy={busy} onOverwrite={() => void save(true)} onReload={() => void reload()} />}
              <div className={styles.buttons}>
                {form && form.sheet !== null && (
                  <>
                    {/* disabledFocusable, here and below: a button that goes dim once pressed keeps the focus
                        (a disabled one drops it to the page) */}
                    <Button
                      ref={saveButton}
                      appearance="primary"
                      disabledFocusable={busy || locked || nothingToSave || hasErrors || pending.size > 0}
                      onClick={() => void save(false)}
                    >
                      {saving ? tr("settingsSaving") : tr("settingsSave")}
                    </Button>
                    <Button
                      appearance="secondary"
                      disabledFocusable={busy || (Object.keys(draft).length === 0 && pending.size === 0)}
                      onClick={() => {
                        setDraft({});
                        setServerErrors({});
                        setPending(new Set());
                        setResetKey((k) => k + 1);
                      }}
                    >
                      {tr("settingsRevert")}
                    </Button>
                  </>
                )}
                <Button ref={reloadButton} appearance="secondary" disabledFocusable={busy} onClick={() => void reload()}>
                  {tr("settingsReload")}
                </Button>
              </div>
              {form && state.count > 0 && (
                <Body1 aria-live="polite" data-testid="settings-unsaved">
                  {tr("settingsUnsaved", { count: state.count })}
                </Body1>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}

