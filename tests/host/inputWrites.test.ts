/**
 * The pane's writes of the user's own input (the settings form, the ประกาศ dates): Excel tells
 * of them as the add-in's own writes, yet they must make the steps that read them out of date.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn(() => ({})) }));
jest.mock("../../src/commands/settingsForm", () => ({ saveSettings: jest.fn() }));
jest.mock("../../src/commands/announcePlan", () => ({ setPlanDates: jest.fn(), announcePlan: jest.fn() }));

import { announcePlan, setPlanDates } from "../../src/commands/announcePlan";
import { saveSettings } from "../../src/commands/settingsForm";
import { setAnnouncementDates } from "../../src/host/actions";
import { changeOwners, runStarted } from "../../src/host/runWindows";
import { resetBus } from "../../src/host/busState";
import { saveSettingsForm } from "../../src/host/settingsActions";

const g = globalThis as { Excel?: unknown };

beforeEach(() => {
  resetBus();
  g.Excel = { run: jest.fn() };
  // A generate ran before: without the mark, an own write after it would count as its own.
  runStarted("generateForms")();
});

afterEach(() => {
  delete g.Excel;
});

it("marks a settings save as the user's input: its own writes belong to no run, during it and after", async () => {
  const during: string[][] = [];
  (saveSettings as jest.Mock).mockImplementation(async () => {
    during.push(changeOwners("ownAddin"));
    return { saved: [] };
  });
  await saveSettingsForm({});
  expect(during).toEqual([[]]);
  expect(changeOwners("ownAddin")).toEqual([]);
});

it("marks the ประกาศ dates written from the pane as the user's input", async () => {
  const during: string[][] = [];
  (setPlanDates as jest.Mock).mockImplementation(async () => {
    during.push(changeOwners("ownAddin"));
  });
  (announcePlan as jest.Mock).mockResolvedValue({});
  await setAnnouncementDates({});
  expect(during).toEqual([[]]);
  expect(changeOwners("ownAddin")).toEqual([]);
});
