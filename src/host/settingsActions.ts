/**
 * The pane's door to ตั้งค่า as a form. Like the other actions these lazy-load the command and
 * the Office adapter and throw the original error; unlike them they publish nothing on the
 * result bus: the form is the pane's own business, and the steps that depend on the settings
 * are refreshed by whoever shows the form (SettingsPanel's onSaved).
 */
import type { SaveOptions, SaveOutcome, SettingChanges, SettingsForm } from "../commands/settingsForm";
import { assertExcel, officePort } from "./actions";
import { inputWriteStarted } from "./runWindows";

export type { SaveOptions, SaveOutcome, SettingChanges, SettingsForm };

async function load() {
  // Loaded on first use: the form is opened on demand, not at the pane's first paint.
  const [port, command] = await Promise.all([officePort(), import(/* webpackChunkName: "settings" */ "../commands/settingsForm")]);
  return { port, command };
}

/** Reads the ตั้งค่า sheet of the open workbook into a form (sheet null when there is none; `shifted` when it cannot be saved). */
export async function loadSettings(): Promise<SettingsForm> {
  assertExcel();
  const { port, command } = await load();
  return command.readSettingsForm(port);
}

/**
 * Writes the changed settings into ตั้งค่า (see saveSettings): refused values and conflicts come
 * back in the outcome; a missing sheet or row rejects with SettingsFormMissingError, and a sheet
 * whose values column is only a guess (the form's `shifted`) with SettingsFormShiftedError.
 */
export async function saveSettingsForm(changes: SettingChanges, options: SaveOptions = {}): Promise<SaveOutcome> {
  assertExcel();
  const { port, command } = await load();
  // The user's own settings, though the add-in writes them: the steps that read them go out of date.
  const ended = inputWriteStarted();
  try {
    return await command.saveSettings(port, changes, options);
  } finally {
    ended();
  }
}
