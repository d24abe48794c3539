/**
 * One setting of the form: its label, the cell it lives in, and the control its kind takes (a Thai
 * date, a text, a year, a yes/no switch, a closed or an open choice), with its message.
 */
import { Combobox, Dropdown, Field, Input, Option, Switch, makeStyles } from "@fluentui/react-components";
import type { SettingErrorCode, SettingsFormField } from "../../commands/settingsForm";
import type { IsoDate } from "../../core/localDate";
import type { SettingKey } from "../../domain/settings";
import { useLang } from "../lang";
import { CLOSED_CHOICE_KEYS, choicesOf, errorText, settingText, shownValue, type Draft, type DraftValue } from "../settingsDraft";
import { ThaiDateField } from "./ThaiDateField";

const useStyles = makeStyles({
  wide: { minWidth: 0, width: "100%" },
});

export interface SettingFieldProps {
  readonly field: SettingsFormField;
  readonly draft: Draft;
  /** What a save refused for this setting, or what the draft's own check says. */
  readonly error: SettingErrorCode | undefined;
  /** Bumped when the form is reset: a date picked only in part is dropped. */
  readonly resetKey: number;
  readonly fiscalYear: number | undefined;
  readonly frozen: boolean;
  readonly onEdit: (key: SettingKey, value: DraftValue) => void;
  readonly onPending: (key: SettingKey, pending: boolean) => void;
}

export function SettingField({ field, draft, error, resetKey, fiscalYear, frozen, onEdit: edit, onPending: setPendingFor }: SettingFieldProps) {
  const styles = useStyles();
  const { tr } = useLang();
  const key = field.key;
  const text = settingText(key);
  const label = tr(text.label);
  const hint = `${tr(text.help)} · ${tr("settingsCell", { cell: field.cell })}`;
  const value = shownValue(field, draft);
  const code = error;
  const unreadable = field.invalid && !(key in draft) ? tr("settingsInvalidInSheet", { text: field.text }) : undefined;
  const message = code ? errorText(code, tr) : unreadable;
  const validation = code ? "error" : unreadable ? "warning" : "none";
  const testId = `setting-${key}`;
  const str = typeof value === "string" ? value : "";

  if (field.kind === "date")
    return (
      <ThaiDateField
        key={key}
        label={label}
        hint={hint}
        value={typeof value === "string" && value !== "" ? (value as IsoDate) : null}
        onChange={(iso) => edit(key, iso)}
        onPendingChange={(p) => setPendingFor(key, p)}
        resetKey={resetKey}
        validationMessage={message}
        fiscalYear={fiscalYear}
        clearable={field.invalid && !(key in draft)}
        disabled={frozen}
        testId={testId}
      />
    );

  let control;
  switch (field.kind) {
    case "text":
      control = <Input value={str} disabled={frozen} data-testid={testId} onChange={(_e, d) => edit(key, d.value)} />;
      break;
    case "year":
      control = <Input value={str} inputMode="numeric" disabled={frozen} data-testid={testId} onChange={(_e, d) => edit(key, d.value)} />;
      break;
    case "toggle":
      control = (
        <Switch
          checked={value === true}
          label={value === true ? tr("settingsYes") : tr("settingsNo")}
          disabled={frozen}
          data-testid={testId}
          onChange={(_e, d) => edit(key, d.checked)}
        />
      );
      break;
    case "choice":
      control = CLOSED_CHOICE_KEYS.has(key) ? (
        <Dropdown
          className={styles.wide}
          value={str}
          selectedOptions={str ? [str] : []}
          placeholder={tr("settingsChoose")}
          disabled={frozen}
          data-testid={testId}
          onOptionSelect={(_e, d) => {
            if (d.optionValue !== undefined) edit(key, d.optionValue);
          }}
        >
          {choicesOf(key).map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <Combobox
          className={styles.wide}
          freeform
          value={str}
          selectedOptions={choicesOf(key).includes(str) ? [str] : []}
          disabled={frozen}
          data-testid={testId}
          // Fluent names its expand button "Open" in English whatever the language: name it here.
          expandIcon={{ "aria-label": tr("settingsOpenChoices", { label }) }}
          onChange={(e) => edit(key, e.target.value)}
          onOptionSelect={(_e, d) => {
            if (d.optionText !== undefined) edit(key, d.optionText);
          }}
        >
          {choicesOf(key).map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Combobox>
      );
      break;
  }
  return (
    <Field label={label} hint={hint} validationMessage={message} validationState={validation}>
      {control}
    </Field>
  );
}
