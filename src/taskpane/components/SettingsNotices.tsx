/**
 * What the settings form says besides its fields: why it cannot be saved (a guessed values column),
 * what a save did, a save refused or met by changes made in the sheet meanwhile.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { SettingConflict, SettingsForm } from "../../commands/settingsForm";
import { SETTING_FIELDS, type SettingKey } from "../../domain/settings";
import { cellAddress, parseAddress } from "../../core/address";
import type { Translate } from "../lang";
import { settingText } from "../settingsDraft";
import { FOLDED_CARD_STYLES } from "./foldedCardStyles";
import { RunFailed } from "./RunStatus";

const useStyles = makeStyles({
  buttons: FOLDED_CARD_STYLES.buttons,
  list: { margin: "4px 0 0", paddingLeft: "18px" },
});

export type Notice =
  | { readonly kind: "saved"; readonly count: number; readonly sheet: string }
  | { readonly kind: "conflicts"; readonly conflicts: readonly SettingConflict[]; readonly saved: number }
  | { readonly kind: "error"; readonly message: string };

/** SettingsFormMissingError, recognised by name: the class lives in the lazily loaded command. */
export function missingOf(err: unknown): { settings: readonly SettingKey[]; sheetMissing: boolean } | undefined {
  if (!(err instanceof Error) || err.name !== "SettingsFormMissingError") return undefined;
  const e = err as Error & { settings?: readonly SettingKey[]; sheetMissing?: boolean };
  return { settings: e.settings ?? [], sheetMissing: e.sheetMissing === true };
}

/** SettingsFormShiftedError, recognised by name like SettingsFormMissingError. */
export function shiftedOf(err: unknown): { sheet: string } | undefined {
  if (!(err instanceof Error) || err.name !== "SettingsFormShiftedError") return undefined;
  return { sheet: String((err as Error & { sheet?: unknown }).sheet ?? "") };
}

export const labelsOf = (keys: readonly SettingKey[], tr: Translate) => keys.map((k) => tr(settingText(k).label)).join(", ");

/**
 * Where to type a value when the form was read from the shifted column: the cell right of the
 * label, one left of where the value was read (the fiscal year's when the sheet has it).
 */
function shiftedExample(form: SettingsForm, tr: Translate): { label: string; cell: string } | undefined {
  const field = form.fields.fiscalYear ?? SETTING_FIELDS.map((f) => form.fields[f.key]).find((f) => f !== undefined);
  if (!field) return undefined;
  const at = parseAddress(field.cell);
  return { label: tr(settingText(field.key).label), cell: cellAddress(at.row, Math.max(0, at.col - 1)) };
}

/** Why the form cannot be saved when its values column is only a guess, and what to do in the sheet. */
export function ShiftedBar({ form, tr }: { form: SettingsForm; tr: Translate }) {
  const example = shiftedExample(form, tr);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="settings-shifted">
      <MessageBarBody>
        <MessageBarTitle>{tr("settingsShiftedTitle")}</MessageBarTitle>
        {tr("settingsShifted", { sheet: form.sheet ?? "" })}
        {example && <div>{tr("settingsShiftedWhere", example)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

export function NoticeBar(props: { notice: Notice; tr: Translate; busy: boolean; onOverwrite: () => void; onReload: () => void }) {
  const { notice, tr, busy, onOverwrite, onReload } = props;
  const styles = useStyles();
  switch (notice.kind) {
    case "saved":
      return (
        <MessageBar intent="success" data-testid="settings-saved">
          <MessageBarBody>{tr("settingsSaved", { sheet: notice.sheet, count: notice.count })}</MessageBarBody>
        </MessageBar>
      );
    case "error":
      return <RunFailed message={notice.message} testId="settings-error" />;
    case "conflicts": {
      const shown = (s: string) => (s.trim() === "" ? tr("settingsEmptyValue") : s);
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-conflicts">
          <MessageBarBody>
            <MessageBarTitle>{tr("settingsConflictTitle")}</MessageBarTitle>
            {notice.saved > 0 && <div>{tr("settingsConflictNote")}</div>}
            <ul className={styles.list}>
              {notice.conflicts.map((c) => (
                <li key={c.key}>{tr("settingsConflictItem", { label: tr(settingText(c.key).label), current: shown(c.current), loaded: shown(c.loaded) })}</li>
              ))}
            </ul>
            <div className={styles.buttons}>
              <Button size="small" appearance="primary" disabled={busy} onClick={onOverwrite}>
                {tr("settingsOverwrite")}
              </Button>
              <Button size="small" disabled={busy} onClick={onReload}>
                {tr("settingsReloadFromSheet")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
