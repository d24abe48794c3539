/**
 * Stands in for office.js in the browser tests: served in its place, it installs Office and
 * Excel globals backed by our in-memory Excel fake before the pane's bundle runs.
 * window.__opplan gives the test the fake (its workbook and counters) and the ribbon handlers.
 *
 * A test can preload the workbook: set window.__opplanSeed (page.addInitScript, which runs
 * before this script) and its sheets are written straight into the fake's state, as if the
 * user had typed them, before the pane starts. The URL's ?sheets=a,b adds empty sheets first
 * (without either, the workbook has one empty Sheet1); ?lang=en-US sets Office's display language;
 * ?api=old makes Office say it lacks ExcelApi 1.9, as Excel 2016 does; ?theme=dark gives Office's
 * dark theme. The document's add-in settings are kept in the tab's sessionStorage (see below).
 */
import { createFakeExcel, seedCells } from "../excelModel";
import type { RibbonHandler } from "./pageGlobals";

const params = new URLSearchParams(location.search);
const fake = createFakeExcel({ sheets: (params.get("sheets") ?? (window.__opplanSeed ? "" : "Sheet1")).split(",").filter(Boolean), triggerSource: params.get("api") !== "old" });
for (const sheet of window.__opplanSeed?.sheets ?? []) {
  const state = fake.workbook.find(sheet.name) ?? fake.workbook.addSheet(sheet.name);
  seedCells(state, sheet.rows, { fills: sheet.fills, numberFormats: sheet.numberFormats });
}
const handlers: Record<string, RibbonHandler> = {};

/**
 * Office.context.document.settings: get/set/remove work on a copy in memory, saveAsync puts it into
 * "the document", here the tab's sessionStorage, so that a reload of the pane (the workbook still
 * open) starts from what was saved, as Office loads a document's settings into a new add-in instance
 * (https://learn.microsoft.com/javascript/api/office/office.settings). ?settings=fail makes saveAsync fail.
 */
const SAVED_SETTINGS = "__opplanFakeDocumentSettings";
const settingsMemory: Record<string, unknown> = JSON.parse(sessionStorage.getItem(SAVED_SETTINGS) ?? "{}");
const documentSettings = {
  get: (name: string) => (name in settingsMemory ? settingsMemory[name] : null),
  set: (name: string, value: unknown) => {
    settingsMemory[name] = JSON.parse(JSON.stringify(value));
  },
  remove: (name: string) => {
    delete settingsMemory[name];
  },
  saveAsync: (callback?: (result: { status: string; value: undefined; error?: { message: string } }) => void) => {
    if (params.get("settings") === "fail") return callback?.({ status: "failed", value: undefined, error: { message: "fake: saveAsync failed" } });
    sessionStorage.setItem(SAVED_SETTINGS, JSON.stringify(settingsMemory));
    callback?.({ status: "succeeded", value: undefined });
  },
  /** For the tests: what the document holds (what saveAsync saved last). */
  saved: (): Record<string, unknown> => JSON.parse(sessionStorage.getItem(SAVED_SETTINGS) ?? "{}"),
};
const info = { host: "Excel", platform: "OfficeOnline" };

Object.assign(window, {
  __opplan: { fake, handlers, documentSettings },
  Excel: { run: fake.run },
  Office: {
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: { settings: documentSettings },
      displayLanguage: params.get("lang") ?? "th-TH",
      // What the self-test reports as where it ran.
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.model" },
      officeTheme:
        params.get("theme") === "dark"
          ? { isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#1f1f1f", controlForegroundColor: "#ffffff" }
          : undefined,
      requirements: {
        isSetSupported: (name: string, version?: string) => !(params.get("api") === "old" && name === "ExcelApi" && Number(version ?? "1.1") > 1.8),
      },
    },
    actions: {
      associate: (name: string, handler: RibbonHandler) => {
        handlers[name] = handler;
      },
    },
    addin: { showAsTaskpane: async () => undefined },
  },
});
