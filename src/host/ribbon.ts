/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). The shared runtime loads the
 * task pane page as the function file, so src/taskpane/index.tsx calls
 * registerRibbonCommands() once at start-up.
 *
 * Every FunctionName in manifest.xml must appear below as
 * Office.actions.associate("<name>", ...): tests/manifest.test.ts greps for it.
 */
import { applyClassificationChoices, runAnnounce, runCheck, runClassify, runCreateTemplate, runGenerate, runTrack } from "./actions";
import { CONFIDENT } from "../domain/classify/confidence";

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/**
 * Wraps an action for the ribbon: the outcome is already on the result bus (the pane shows
 * it); on failure the pane is opened so the user sees the message; event.completed() is
 * always called, or Office keeps the button busy.
 */
export function ribbonCommand(run: () => Promise<unknown>): CommandHandler {
  return async (event) => {
    try {
      await run();
    } catch {
      await showPane();
    } finally {
      event.completed();
    }
  };
}

async function showPane(): Promise<void> {
  try {
    if (typeof Office !== "undefined" && Office.addin && typeof Office.addin.showAsTaskpane === "function") {
      await Office.addin.showAsTaskpane();
    }
  } catch (err) {
    console.warn("OpPlan: could not open the task pane", err);
  }
}

export const createTemplateCommand = ribbonCommand(() => runCreateTemplate({ source: "ribbon" }));

/** The findings are the result, and only the pane shows them: it opens first, so the progress shows too. */
export const checkProjectsCommand = ribbonCommand(async () => {
  await showPane();
  await runCheck({ source: "ribbon" });
});

/**
 * จัดหมวดหมู่ from the ribbon: classifies, then writes the confident decisions at once (only
 * into empty cells). The pane opens first, to show the progress, what was written and its undo.
 */
export const classifyProjectsCommand = ribbonCommand(async () => {
  await showPane();
  await runClassify({ source: "ribbon" });
  await applyClassificationChoices({ source: "ribbon", minConfidence: CONFIDENT });
});

/**
 * สร้างบัญชี ผด. from the ribbon: the pane opens first, to show the progress, the book's parts
 * and the ผด.01 figures, and to ask there before replacing generated sheets edited by hand. The
 * emblem is the one chosen in the pane (runGenerate takes it from src/host/bookLogo.ts).
 */
export const generateFormsCommand = ribbonCommand(async () => {
  await showPane();
  await runGenerate({ source: "ribbon" });
});

/** ประกาศ from the ribbon: the pane opens first, to show the timetable and its warnings, and to ask before replacing an edited ประกาศ. */
export const announcePlanCommand = ribbonCommand(async () => {
  await showPane();
  await runAnnounce({ source: "ribbon" });
});

/**
 * ติดตามผล from the ribbon: the pane opens first, to show the progress, the figures per ยุทธศาสตร์
 * and the projects behind schedule, and to ask there before replacing a รายงานผล edited by hand.
 * The round is ตั้งค่า's (else the whole year): the ribbon has no choice to offer.
 */
export const trackPlanCommand = ribbonCommand(async () => {
  await showPane();
  await runTrack({ source: "ribbon" });
});

let registered = false;

/** Associates the ribbon functions with their handlers once Office is ready. Safe to call twice. */
export function registerRibbonCommands(): void {
  if (registered || typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  registered = true;
  void Office.onReady(() => {
    if (!Office.actions || typeof Office.actions.associate !== "function") return; // not in Office
    try {
      Office.actions.associate("createTemplate", createTemplateCommand);
      Office.actions.associate("checkProjects", checkProjectsCommand);
      Office.actions.associate("classifyProjects", classifyProjectsCommand);
      Office.actions.associate("generateForms", generateFormsCommand);
      Office.actions.associate("announcePlan", announcePlanCommand);
      Office.actions.associate("trackPlan", trackPlanCommand);
    } catch (err) {
      console.warn("OpPlan: could not register ribbon commands", err);
    }
  });
}

/** For tests. */
export function resetRibbonRegistration(): void {
  registered = false;
}
