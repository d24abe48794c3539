/**
 * The ribbon's ExecuteFunction handlers: registered once Office is ready, always complete
 * the event, open the pane when the action failed.
 */
jest.mock("../../src/host/actions", () => ({
  runCreateTemplate: jest.fn(),
  runCheck: jest.fn(),
  runClassify: jest.fn(),
  applyClassificationChoices: jest.fn(),
  runGenerate: jest.fn(),
  runTrack: jest.fn(),
}));

import type { CheckResult } from "../../src/commands/checkResult";
import type { ClassifyResult } from "../../src/commands/classifyResult";
import type { GenerateOutcome } from "../../src/commands/generateResult";
import type { TrackOutcome } from "../../src/commands/trackResult";
import { applyClassificationChoices, runCheck, runClassify, runCreateTemplate, runGenerate, runTrack } from "../../src/host/actions";
import type { ClassifyOutcome } from "../../src/host/actionEvents";
import {
  checkProjectsCommand,
  classifyProjectsCommand,
  createTemplateCommand,
  generateFormsCommand,
  announcePlanCommand,
  trackPlanCommand,
  registerRibbonCommands,
  resetRibbonRegistration,
} from "../../src/host/ribbon";

const run = runCreateTemplate as jest.MockedFunction<typeof runCreateTemplate>;
const check = runCheck as jest.MockedFunction<typeof runCheck>;
const classify = runClassify as jest.MockedFunction<typeof runClassify>;
const apply = applyClassificationChoices as jest.MockedFunction<typeof applyClassificationChoices>;
const generate = runGenerate as jest.MockedFunction<typeof runGenerate>;
const track = runTrack as jest.MockedFunction<typeof runTrack>;

const TRACKED: TrackOutcome = {
  written: ["ติดตามผล", "รายงานผล"],
  trackingSheet: "ติดตามผล",
  reportSheet: "รายงานผล",
  rows: { total: 0, byKey: 0, byName: 0, added: 0, dropped: 0 },
  tracking: null,
  findings: [],
  refused: [],
  replacedEdited: [],
  cancelled: false,
};

const GENERATED: GenerateOutcome = {
  written: ["ผด.01", "ผด.02", "ผด.02-1"],
  renamed: [],
  edited: [],
  cancelled: false,
  refused: [],
  equipment: { items: 0, budget: 0 },
  book: { parts: [] },
  summary: { fiscalYear: 2570, projects: 0, budget: 0, strategies: [] },
  findings: [],
};

const CLASSIFIED: ClassifyResult = { classifications: [], findings: [], strategies: [], plans: [], columnsToAdd: [] };
const OUTCOME: ClassifyOutcome = { step: "classify", result: CLASSIFIED };

const CHECKED: CheckResult = {
  findings: [],
  summary: { fiscalYear: 2569, projects: 0, budget: 0, strategies: [], plans: [] },
  projectSheets: ["โครงการ"],
  refused: [],
};

interface FakeOffice {
  onReady: jest.Mock;
  actions: { associate: jest.Mock };
  addin: { showAsTaskpane: jest.Mock };
}

let office: FakeOffice;

function fakeEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

beforeEach(() => {
  run.mockReset();
  check.mockReset();
  classify.mockReset();
  apply.mockReset();
  generate.mockReset();
  track.mockReset();
  resetRibbonRegistration();
  office = {
    onReady: jest.fn((callback?: (info: unknown) => void) => {
      callback?.({ host: "Excel", platform: "PC" });
      return Promise.resolve({ host: "Excel", platform: "PC" });
    }),
    actions: { associate: jest.fn() },
    addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
  };
  (globalThis as { Office?: unknown }).Office = office;
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("ribbon commands", () => {
  it("associates createTemplate, checkProjects, classifyProjects, generateForms, announcePlan and trackPlan once Office is ready, once", () => {
    registerRibbonCommands();
    registerRibbonCommands();
    expect(office.onReady).toHaveBeenCalledTimes(1);
    expect(office.actions.associate.mock.calls).toEqual([
      ["createTemplate", createTemplateCommand],
      ["checkProjects", checkProjectsCommand],
      ["classifyProjects", classifyProjectsCommand],
      ["generateForms", generateFormsCommand],
      ["announcePlan", announcePlanCommand],
      ["trackPlan", trackPlanCommand],
    ]);
  });

  it("does nothing without Office (plain browser, office.js missing)", () => {
    delete (globalThis as { Office?: unknown }).Office;
    expect(() => registerRibbonCommands()).not.toThrow();
  });

  it("runs createTemplate as a ribbon run and completes the event", async () => {
    run.mockResolvedValue({ added: ["โครงการ"], existing: [], fiscalYear: 2569 });
    const event = fakeEvent();
    await createTemplateCommand(event);
    expect(run).toHaveBeenCalledWith({ source: "ribbon" });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane).not.toHaveBeenCalled();
  });

  it("opens the pane (which shows the message) and still completes the event on failure", async () => {
    run.mockRejectedValue(new Error("boom"));
    const event = fakeEvent();
    await expect(createTemplateCommand(event)).resolves.toBeUndefined();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the pane cannot be opened", async () => {
    run.mockRejectedValue(new Error("boom"));
    office.addin.showAsTaskpane.mockRejectedValue(new Error("no pane"));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const event = fakeEvent();
    await createTemplateCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("runs the check as a ribbon run with the pane open first, and completes the event", async () => {
    const order: string[] = [];
    office.addin.showAsTaskpane.mockImplementation(async () => void order.push("pane"));
    check.mockImplementation(async () => {
      order.push("check");
      return CHECKED;
    });
    const event = fakeEvent();
    await checkProjectsCommand(event);
    expect(check).toHaveBeenCalledWith({ source: "ribbon" });
    expect(order).toEqual(["pane", "check"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("still runs the check when the pane cannot be opened, and completes the event when the check fails", async () => {
    office.addin.showAsTaskpane.mockRejectedValue(new Error("no pane"));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    check.mockRejectedValue(new Error("boom"));
    const event = fakeEvent();
    await expect(checkProjectsCommand(event)).resolves.toBeUndefined();
    expect(check).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("classifies from the ribbon with the pane open first, then writes the confident decisions", async () => {
    const order: string[] = [];
    office.addin.showAsTaskpane.mockImplementation(async () => void order.push("pane"));
    classify.mockImplementation(async () => {
      order.push("classify");
      return OUTCOME;
    });
    apply.mockImplementation(async () => {
      order.push("apply");
      return { ...OUTCOME, step: "apply", written: { cells: [], headers: [] } };
    });
    const event = fakeEvent();
    await classifyProjectsCommand(event);
    expect(order).toEqual(["pane", "classify", "apply"]);
    expect(classify).toHaveBeenCalledWith({ source: "ribbon" });
    expect(apply).toHaveBeenCalledWith({ source: "ribbon", minConfidence: 0.75 });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("writes nothing when the ribbon's classification fails, and still completes the event", async () => {
    classify.mockRejectedValue(new Error("boom"));
    const event = fakeEvent();
    await expect(classifyProjectsCommand(event)).resolves.toBeUndefined();
    expect(apply).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("builds the forms from the ribbon with the pane open first (it shows the progress and asks there)", async () => {
    const order: string[] = [];
    office.addin.showAsTaskpane.mockImplementation(async () => void order.push("pane"));
    generate.mockImplementation(async () => {
      order.push("generate");
      return GENERATED;
    });
    const event = fakeEvent();
    await generateFormsCommand(event);
    expect(order).toEqual(["pane", "generate"]);
    expect(generate).toHaveBeenCalledWith({ source: "ribbon" });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event when building the forms fails, with the pane open to show why", async () => {
    generate.mockRejectedValue(new Error("boom"));
    const event = fakeEvent();
    await expect(generateFormsCommand(event)).resolves.toBeUndefined();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("opens the pane before ติดตามผล (its progress, figures and question show there), then tracks with ตั้งค่า's round", async () => {
    const order: string[] = [];
    office.addin.showAsTaskpane.mockImplementation(() => {
      order.push("pane");
      return Promise.resolve();
    });
    track.mockImplementation(async () => {
      order.push("track");
      return TRACKED;
    });
    const event = fakeEvent();
    await trackPlanCommand(event);
    expect(order).toEqual(["pane", "track"]);
    // No round from the ribbon: the command takes ตั้งค่า's.
    expect(track).toHaveBeenCalledWith({ source: "ribbon" });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event when ติดตามผล fails, with the pane open to show why", async () => {
    track.mockRejectedValue(new Error("boom"));
    const event = fakeEvent();
    await expect(trackPlanCommand(event)).resolves.toBeUndefined();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
