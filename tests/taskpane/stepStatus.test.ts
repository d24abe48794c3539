/**
 * The step badges' states from what the pane saw: results on the bus, workbook changes and whose
 * they were, and the overview's "has the template".
 */
import type { AnnounceOutcome } from "../../src/commands/announcePlan";
import type { CheckResult } from "../../src/commands/checkResult";
import type { ClassifyResult, Decision, ProjectClassification } from "../../src/commands/classifyResult";
import {
  alternativeName,
  ANNOUNCEMENT_SHEET,
  FORM_SHEET_NAMES,
  HOLIDAY_SHEET_NAMES,
  LIST_SHEET_NAMES,
  SETTINGS_SHEET_NAMES,
  TRACKING_REPORT_SHEET,
  TRACKING_SHEET,
  TRACKING_SHEET_NAMES,
} from "../../src/core/sheetNames";
import type { TrackOutcome } from "../../src/commands/trackResult";
import type { GenerateOutcome } from "../../src/commands/generateResult";
import type { Finding } from "../../src/domain/findings";
import type { ActionEvent, ActionName } from "../../src/host/actionEvents";
import { STRINGS, t } from "../../src/taskpane/i18n";
import {
  ANNOUNCE_INPUT_SHEETS,
  GENERATED_SHEETS,
  LIST_SHEETS,
  STATE_LABEL,
  STEPS,
  isCancelled,
  isGeneratedSheetName,
  isTrackingSheetName,
  pruneChanges,
  recordResult,
  stepStatus,
  stepStatuses,
  unresolvedProjects,
  type ResultLog,
  type SeenChange,
  type StatusInput,
  type StepKey,
  type StepStatus,
} from "../../src/taskpane/stepStatus";
import { temporaryNames } from "../../src/workbook/sheetNames";

const finding = (severity: Finding["severity"]): Finding => ({ code: "NAME_MISSING", severity, sheet: "โครงการ", cell: "B4", message: "m", fix: "f" });

const checkEvent = (findings: Finding[] = []): ActionEvent => ({
  action: "checkProjects",
  source: "pane",
  ok: true,
  result: { findings, projectSheets: ["โครงการ"], refused: [], summary: { fiscalYear: 2570, projects: 3, budget: 1000, strategies: [], plans: [] } } satisfies CheckResult,
});

const decision = (method: Decision["method"], name: string | null = method === "unresolved" ? null : "x", confidence = 0.9): Decision => ({
  name,
  method,
  confidence,
  alternatives: [],
});

const project = (row: number, plan: Decision, strategy: Decision): ProjectClassification => ({
  key: `โครงการ!${row}`,
  sheet: "โครงการ",
  row,
  name: `โครงการ ${row}`,
  plan,
  strategy,
  planCell: plan.method === "label" ? null : `Q${row}`,
  strategyCell: strategy.method === "label" ? null : `P${row}`,
});

const classification = (classifications: ProjectClassification[]): ClassifyResult => ({
  classifications,
  findings: [],
  strategies: [],
  plans: [],
  columnsToAdd: [],
});

type ClassifyEvent = Extract<ActionEvent, { action: "classifyProjects"; ok: true }>;

const classifyEvent = (
  step: "classify" | "apply" | "undo",
  result: ClassifyResult,
  undoable?: { sheet: string; cell: string; value: string }[],
): ClassifyEvent => ({
  action: "classifyProjects",
  source: "pane",
  ok: true,
  result: { step, result, ...(undoable ? { undoable: { cells: undoable, headers: [] } } : {}) },
});

const summary = { fiscalYear: 2570, projects: 3, budget: 1000, strategies: [] };

const generateEvent = (over: Partial<GenerateOutcome> = {}): ActionEvent => ({
  action: "generateForms",
  source: "pane",
  ok: true,
  result: { written: ["ผด.01", "ผด.02", "ผด.02-1"], renamed: [], edited: [], cancelled: false, refused: [], summary, findings: [], equipment: { items: 0, budget: 0 }, book: { parts: [] }, ...over },
});

const announceEvent = (over: Partial<AnnounceOutcome> = {}): ActionEvent => ({
  action: "announcePlan",
  source: "ribbon",
  ok: true,
  result: {
    dates: { trigger: null, dueBy: null, announced: null, postBy: null, postedFrom: null, postedThrough: null, takeDownFrom: null },
    deadlines: {
      trigger: null,
      dueBy: null,
      announced: null,
      postBy: null,
      postedFrom: null,
      postedThrough: null,
      takeDownFrom: null,
      dueByUnrolled: null,
      postByUnrolled: null,
      states: { announced: "unknown", posted: "unknown" },
      findings: [],
    },
    timetable: [],
    findings: [],
    written: ["ประกาศ"],
    renamed: false,
    edited: [],
    cancelled: false,
    refused: [],
    fiscalYear: 2570,
    ...over,
  },
});

const trackEvent = (over: Partial<TrackOutcome> = {}): ActionEvent => ({
  action: "trackPlan",
  source: "pane",
  ok: true,
  result: {
    written: [TRACKING_SHEET, TRACKING_REPORT_SHEET],
    trackingSheet: TRACKING_SHEET,
    reportSheet: TRACKING_REPORT_SHEET,
    rows: { total: 3, byKey: 2, byName: 0, added: 1, dropped: 0 },
    tracking: null,
    findings: [],
    refused: [],
    replacedEdited: [],
    cancelled: false,
    ...over,
  },
});

const templateEvent: ActionEvent = { action: "createTemplate", source: "pane", ok: true, result: { added: ["โครงการ"], existing: [], fiscalYear: 2570 } };

const failed = (action: ActionName, code = "HOST_ERROR", message = "Excel ไม่ตอบ"): ActionEvent => ({ action, source: "pane", ok: false, error: { code, message } });

const change = (sheet: string, at: number, owners: ActionName[] = [], kind: "edited" | "added" | "deleted" = "edited"): SeenChange => ({
  change: { kind, sheet, address: "B4" },
  at,
  owners,
});

function log(...entries: [ActionEvent, number][]): ResultLog {
  return entries.reduce<ResultLog>((l, [e, at]) => recordResult(l, e, at), {});
}

function status(key: StepKey, input: StatusInput): StepStatus {
  return stepStatus(STEPS.find((s) => s.key === key)!, input);
}

const state = (key: StepKey, input: StatusInput) => status(key, input).state;

describe("step status", () => {
  it("numbers the steps as their cards do, each with its bus action", () => {
    expect(STEPS.map((s) => [s.number, s.key, s.action])).toEqual([
      [1, "template", "createTemplate"],
      [2, "check", "checkProjects"],
      [3, "classify", "classifyProjects"],
      [4, "generate", "generateForms"],
      [5, "announce", "announcePlan"],
      [6, "track", "trackPlan"],
    ]);
  });

  it("says not run for every step when nothing ran and there is no template", () => {
    const all = stepStatuses({ results: {}, changes: [], overview: { hasTemplate: false, projectSheets: [], at: 1 } });
    expect([...all.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...all.values()].map((s) => s.state)).toEqual(["not-run", "not-run", "not-run", "not-run", "not-run", "not-run"]);
    expect(all.get(1)!.reason.id).toBe("stepReasonNoTemplate");
    expect(all.get(2)!.reason.id).toBe("stepReasonNotRun");
  });

  describe("template", () => {
    it("is done when the workbook has the template, run or not", () => {
      expect(status("template", { results: {}, changes: [], overview: { hasTemplate: true, projectSheets: ["โครงการ"], at: 5 } })).toEqual({
        state: "done",
        reason: { id: "stepReasonTemplateDone" },
      });
    });

    it("believes a run newer than the last read, but not a read after it that finds no template", () => {
      const results = log([templateEvent, 10]);
      expect(state("template", { results, changes: [] })).toBe("done");
      expect(state("template", { results, changes: [], overview: { hasTemplate: false, projectSheets: [], at: 5 } })).toBe("done");
      expect(state("template", { results, changes: [], overview: { hasTemplate: false, projectSheets: [], at: 20 } })).toBe("not-run");
    });

    it("has errors when its run failed, and never goes out of date", () => {
      expect(status("template", { results: log([failed("createTemplate"), 10]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonFailed", params: { message: "Excel ไม่ตอบ" } },
      });
      const input: StatusInput = { results: log([templateEvent, 10]), changes: [change("โครงการ", 20)], overview: { hasTemplate: true, projectSheets: [], at: 30 } };
      expect(state("template", input)).toBe("done");
    });
  });

  describe("results", () => {
    it("check: done without error findings (warnings do not count), errors with them", () => {
      expect(status("check", { results: log([checkEvent([finding("warning"), finding("info")]), 1]), changes: [] })).toEqual({
        state: "done",
        reason: { id: "stepReasonCheckDone" },
      });
      expect(status("check", { results: log([checkEvent([finding("error"), finding("warning"), finding("error")]), 1]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonCheckErrors", params: { count: 2 } },
      });
    });

    it("a failed run has errors with its message; a later good run is done again", () => {
      const results = log([checkEvent(), 1], [failed("checkProjects"), 2]);
      expect(status("check", { results, changes: [] }).reason).toEqual({ id: "stepReasonFailed", params: { message: "Excel ไม่ตอบ" } });
      expect(state("check", { results: recordResult(results, checkEvent(), 3), changes: [] })).toBe("done");
    });

    it("a cancelled run (CANCELLED) keeps the state before it, whatever it was", () => {
      for (const action of STEPS.map((s) => s.action)) {
        expect(isCancelled(failed(action, "CANCELLED"))).toBe(true);
        expect(isCancelled(failed(action, "HOST_ERROR"))).toBe(false);
      }
      const done = log([checkEvent(), 1]);
      const after = recordResult(done, failed("checkProjects", "CANCELLED", "ยกเลิกแล้ว"), 2);
      expect(after).toBe(done);
      expect(state("check", { results: after, changes: [] })).toBe("done");
      expect(state("check", { results: log([failed("checkProjects", "CANCELLED"), 1]), changes: [] })).toBe("not-run");
      const errors = log([checkEvent([finding("error")]), 1], [failed("checkProjects", "CANCELLED"), 2]);
      expect(state("check", { results: errors, changes: [] })).toBe("errors");
    });

    it("a declined generate or announce (outcome cancelled) keeps the state before it", () => {
      const results = log([generateEvent(), 1], [announceEvent(), 2]);
      const declined = recordResult(recordResult(results, generateEvent({ cancelled: true, written: [], edited: ["ผด.02"] }), 3), announceEvent({ cancelled: true, written: [] }), 4);
      expect(declined).toBe(results);
      expect(state("generate", { results: declined, changes: [] })).toBe("done");
      expect(state("announce", { results: declined, changes: [] })).toBe("done");
      expect(state("generate", { results: log([generateEvent({ cancelled: true, written: [] }), 1]), changes: [] })).toBe("not-run");
    });

    it("classify: errors while a project has no strategy or แผนงาน nothing decided, until its cell is written", () => {
      const result = classification([
        project(5, decision("label"), decision("inferred")),
        project(6, decision("unresolved"), decision("suggested", "ยุทธศาสตร์ที่ 1", 0.3)),
        project(7, decision("suggested", "แผนงานการศึกษา", 0.2), decision("unresolved")),
      ]);
      const classified = classifyEvent("classify", result);
      expect(unresolvedProjects(classified)).toBe(2);
      expect(status("classify", { results: log([classified, 1]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonClassifyUnresolved", params: { count: 2 } },
      });

      // The user's choices written into row 6's แผนงาน cell and row 7's strategy cell.
      const applied = classifyEvent("apply", result, [
        { sheet: "โครงการ", cell: "Q6", value: "แผนงานเคหะและชุมชน" },
        { sheet: "โครงการ", cell: "P7", value: "ยุทธศาสตร์ที่ 2" },
      ]);
      expect(unresolvedProjects(applied)).toBe(0);
      expect(status("classify", { results: log([classified, 1], [applied, 2]), changes: [] })).toEqual({
        state: "done",
        reason: { id: "stepReasonClassifyDone" },
      });
      // Only one of them written: still one open.
      expect(unresolvedProjects(classifyEvent("apply", result, [{ sheet: "โครงการ", cell: "Q6", value: "x" }]))).toBe(1);
      // Undone: open again.
      expect(state("classify", { results: log([applied, 2], [classifyEvent("undo", result), 3]), changes: [] })).toBe("errors");
    });

    it("classify: weak guesses are not errors (the forms use them)", () => {
      const result = classification([project(5, decision("suggested", "แผนงานการศึกษา", 0.1), decision("suggested", "ยุทธศาสตร์ที่ 1", 0.1))]);
      expect(state("classify", { results: log([classifyEvent("classify", result), 1]), changes: [] })).toBe("done");
    });

    it("generate: done with the sheets it wrote; errors when built from rows with error findings", () => {
      expect(status("generate", { results: log([generateEvent(), 1]), changes: [] })).toEqual({
        state: "done",
        reason: { id: "stepReasonGenerateDone", params: { count: 3 } },
      });
      expect(status("generate", { results: log([generateEvent({ findings: [finding("error"), finding("warning")] }), 1]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonGenerateErrors", params: { count: 1 } },
      });
    });

    it("announce: done with its sheet; errors when a deadline finding is an error", () => {
      expect(status("announce", { results: log([announceEvent({ written: ["ประกาศ (OpPlan)"] }), 1]), changes: [] })).toEqual({
        state: "done",
        reason: { id: "stepReasonAnnounceDone", params: { sheet: "ประกาศ (OpPlan)" } },
      });
      const late = { ...finding("error"), code: "ANNOUNCED_AFTER_DUE" as const, sheet: "ตั้งค่า" };
      expect(state("announce", { results: log([announceEvent({ findings: [late] }), 1]), changes: [] })).toBe("errors");
      expect(state("announce", { results: log([announceEvent({ findings: [{ ...late, severity: "warning" }] }), 1]), changes: [] })).toBe("done");
    });

    it("track: done with its report; errors when refused (nothing written) or an entry's finding is an error; a declined replace keeps the state", () => {
      expect(status("track", { results: log([trackEvent({ reportSheet: "รายงานผล (OpPlan)" }), 1]), changes: [] })).toEqual({
        state: "done",
        reason: { id: "stepReasonTrackDone", params: { sheet: "รายงานผล (OpPlan)" } },
      });
      // An amount typed "ห้าหมื่น" in เบิกจ่าย: the run refused and wrote nothing.
      const unread: Finding = { ...finding("error"), sheet: TRACKING_SHEET, cell: "I7", message: "อ่านจำนวนเงินไม่ได้" };
      expect(status("track", { results: log([trackEvent({ refused: [unread], written: [], tracking: null }), 1]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonTrackRefused", params: { count: 1 } },
      });
      expect(status("track", { results: log([trackEvent({ findings: [unread, finding("warning")] }), 1]), changes: [] })).toEqual({
        state: "errors",
        reason: { id: "stepReasonTrackErrors", params: { count: 1 } },
      });
      // Behind schedule is a warning, not an error: the report is still done.
      expect(state("track", { results: log([trackEvent({ findings: [finding("warning")] }), 1]), changes: [] })).toBe("done");
      const declined = trackEvent({ cancelled: true, written: [] });
      expect(isCancelled(declined)).toBe(true);
      expect(state("track", { results: log([trackEvent(), 1], [declined, 2]), changes: [] })).toBe("done");
    });
  });

  describe("out of date", () => {
    const all = log([checkEvent(), 10], [classifyEvent("classify", classification([])), 20], [generateEvent(), 30], [announceEvent(), 40], [trackEvent(), 45]);

    it("the tracking sheet is input to ติดตามผล only: an entry typed there leaves ตรวจสอบ and the forms alone", () => {
      for (const sheet of [TRACKING_SHEET, " ติดตามผลการดำเนินงาน", "Tracking", "ติดตามผล (OpPlan)"]) {
        const input: StatusInput = { results: all, changes: [change(sheet, 50)] };
        expect({ sheet, states: STEPS.map((s) => stepStatus(s, input).state) }).toEqual({ sheet, states: ["not-run", "done", "done", "done", "done", "stale"] });
        expect(status("track", input).reason).toEqual({ id: "stepReasonStale", params: { sheet } });
      }
      // Its own rewrite of the sheet is not the officer's entry.
      expect(state("track", { results: all, changes: [change(TRACKING_SHEET, 50, ["trackPlan"])] })).toBe("done");
      // The plan changed after the report: the figures are out of date too.
      expect(state("track", { results: all, changes: [change("โครงการ", 50)] })).toBe("stale");
      // A change before the report says nothing.
      expect(state("track", { results: all, changes: [change(TRACKING_SHEET, 44)] })).toBe("done");
    });

    it("goes out of date when an input sheet changes after the result, naming the latest sheet changed", () => {
      const input: StatusInput = { results: all, changes: [change("โครงการ", 50), change("โครงการ 2", 60)] };
      expect(status("check", input)).toEqual({ state: "stale", reason: { id: "stepReasonStale", params: { sheet: "โครงการ 2" } } });
      expect(state("classify", input)).toBe("stale");
      expect(state("generate", input)).toBe("stale");
      // ประกาศ reads only ตั้งค่า and วันหยุด.
      expect(state("announce", input)).toBe("done");
    });

    it("counts from when the run started: the user's edit while ตรวจสอบ ran makes its result out of date", () => {
      // ตรวจสอบ ran from 5 to 10; the user typed at 8, after the rows may have been read.
      const results = recordResult({}, checkEvent(), 10, 5);
      expect(state("check", { results, changes: [change("โครงการ", 8)] })).toBe("stale");
      expect(state("check", { results, changes: [change("โครงการ", 4)] })).toBe("done");
      // and pruning keeps that change while the result stands
      expect(pruneChanges([change("โครงการ", 8)], results)).toHaveLength(1);
    });

    it("added and deleted sheets count as changes too", () => {
      expect(state("check", { results: all, changes: [change("โครงการเพิ่ม", 50, [], "added")] })).toBe("stale");
      expect(state("check", { results: all, changes: [change("โครงการ", 50, [], "deleted")] })).toBe("stale");
    });

    it("a format change counts like an edit: re-shading a project's months makes the results out of date", () => {
      // Month bars may be fills (planFillsWhere): a fill alone raises onFormatChanged, not onChanged.
      const formatted = (sheet: string, at: number, owners: ActionName[] = []): SeenChange => ({
        change: { kind: "formatted", sheet, address: "J6:L6" },
        at,
        owners,
      });
      expect(status("check", { results: all, changes: [formatted("โครงการ", 50)] })).toEqual({
        state: "stale",
        reason: { id: "stepReasonStale", params: { sheet: "โครงการ" } },
      });
      expect(state("classify", { results: all, changes: [formatted("โครงการ", 50)] })).toBe("stale");
      expect(state("generate", { results: all, changes: [formatted("โครงการ", 50)] })).toBe("stale");
      expect(state("announce", { results: all, changes: [formatted("โครงการ", 50)] })).toBe("done");
      expect(state("announce", { results: all, changes: [formatted("ตั้งค่า", 50)] })).toBe("stale");
      // As for edits: before the result, the step's own write, or a generated form's shading say nothing.
      expect(state("check", { results: all, changes: [formatted("โครงการ", 5)] })).toBe("done");
      expect(state("check", { results: all, changes: [formatted("โครงการ", 50, ["checkProjects"])] })).toBe("done");
      expect(state("check", { results: all, changes: [formatted("ผด.02", 50)] })).toBe("done");
    });

    it("ignores changes made before the result", () => {
      const input: StatusInput = { results: all, changes: [change("โครงการ", 5), change("ตั้งค่า", 35)] };
      expect(state("check", input)).toBe("stale");
      expect(state("generate", input)).toBe("stale");
      expect(state("announce", input)).toBe("done");
      expect(state("check", { results: all, changes: [change("โครงการ", 10), change("โครงการ", 5)] })).toBe("done");
    });

    it("ประกาศ goes out of date when ตั้งค่า or วันหยุด change", () => {
      expect(state("announce", { results: all, changes: [change("ตั้งค่า", 50)] })).toBe("stale");
      expect(state("announce", { results: all, changes: [change(" วันหยุด ", 50)] })).toBe("stale");
      expect(state("announce", { results: all, changes: [change("Settings", 50)] })).toBe("stale");
    });

    it("a step's own writes do not make it stale, only the other steps (classify's apply writes the rows)", () => {
      const input: StatusInput = { results: all, changes: [change("โครงการ", 25, ["classifyProjects"])] };
      expect(state("check", input)).toBe("stale");
      expect(state("classify", input)).toBe("done");
      // After generate's result: generate is not stale by a change before it.
      expect(state("generate", input)).toBe("done");
      const later: StatusInput = { results: all, changes: [change("โครงการ", 50, ["classifyProjects"])] };
      expect(state("classify", later)).toBe("done");
      expect(state("generate", later)).toBe("stale");
      // The template's new sheets after a check: the check is out of date.
      expect(state("check", { results: all, changes: [change("ยุทธศาสตร์", 50, ["createTemplate"], "added")] })).toBe("stale");
    });

    it("a change owned by two runs is the own write of both", () => {
      const input: StatusInput = { results: all, changes: [change("ตั้งค่า", 50, ["announcePlan", "checkProjects"])] };
      expect(state("announce", input)).toBe("done");
      expect(state("check", input)).toBe("done");
      expect(state("classify", input)).toBe("stale");
    });

    it("never goes out of date by changes on the sheets OpPlan generates", () => {
      const generated = [
        "ผด.01",
        "ผด.02",
        "ผด.02-1",
        "ผด.02 (OpPlan)",
        "ผด.01 (OpPlan 2)",
        "ผด.02-1 (opplan 3)",
        "ประกาศ",
        "ประกาศ (OpPlan)",
        "รายการเลือก",
        "~ผด.02",
        "~opplan1",
        "รายงานผล",
        "รายงานผล (OpPlan)",
      ];
      for (const sheet of generated) {
        const input: StatusInput = { results: all, changes: [change(sheet, 50), change(sheet, 51, [], "added"), change(sheet, 52, [], "deleted")] };
        expect({ sheet, states: STEPS.map((s) => stepStatus(s, input).state) }).toEqual({ sheet, states: ["not-run", "done", "done", "done", "done", "done"] });
      }
    });

    it("a sheet of the user's own with a form's name is an input when the overview read it as projects", () => {
      const input: StatusInput = { results: all, changes: [change("ผด.02", 50)], overview: { hasTemplate: true, projectSheets: ["ผด.02"], at: 45 } };
      expect(state("check", input)).toBe("stale");
      expect(state("check", { ...input, changes: [change("ผด.02 (OpPlan)", 50)] })).toBe("done");
    });

    it("a failed run stays errors whatever changes; running beats every other state", () => {
      const results = recordResult(all, failed("checkProjects"), 45);
      expect(state("check", { results, changes: [change("โครงการ", 50)] })).toBe("errors");
      const running: StatusInput = { results: all, changes: [change("โครงการ", 50)], running: new Set<ActionName>(["checkProjects", "createTemplate"]) };
      expect(status("check", running)).toEqual({ state: "running", reason: { id: "stepReasonRunning" } });
      expect(state("template", running)).toBe("running");
      expect(state("classify", running)).toBe("stale");
    });
  });

  it("prunes the changes no result can be out of date by", () => {
    const changes = [change("a", 5), change("b", 10), change("c", 15)];
    expect(pruneChanges(changes, {})).toEqual([]);
    expect(pruneChanges(changes, log([checkEvent(), 10], [generateEvent(), 30]))).toEqual([changes[2]]);
  });

  it("knows OpPlan's generated and special sheet names as their sources give them", () => {
    expect(GENERATED_SHEETS).toEqual(["ปก", ANNOUNCEMENT_SHEET, "คำนำ", "สารบัญ", "ส่วนที่ 1", ...FORM_SHEET_NAMES, TRACKING_REPORT_SHEET]);
    // The tracking sheet holds the officer's entries: never OpPlan's own output.
    for (const name of TRACKING_SHEET_NAMES) {
      expect(isGeneratedSheetName(name)).toBe(false);
      expect(isTrackingSheetName(name)).toBe(true);
    }
    for (const name of ["โครงการ", "ติดตามผลปีก่อน", TRACKING_REPORT_SHEET]) expect(isTrackingSheetName(name)).toBe(false);
    expect(LIST_SHEETS).toEqual(LIST_SHEET_NAMES);
    expect([...ANNOUNCE_INPUT_SHEETS].sort()).toEqual([...SETTINGS_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES].sort());
    for (const form of GENERATED_SHEETS) for (const n of [1, 2, 7]) expect(isGeneratedSheetName(alternativeName(form, n))).toBe(true);
    const temps = temporaryNames(
      GENERATED_SHEETS.map((name) => ({ name, cells: [] })),
      GENERATED_SHEETS.map((n) => `~${n}`),
    );
    for (const temp of temps) expect(isGeneratedSheetName(temp)).toBe(true);
    for (const input of ["โครงการ", "ตั้งค่า", "ยุทธศาสตร์", "วันหยุด", "ผด.02 เดิม", "ประกาศเก่า", "ผด.03", "Sheet1", "ข้อความเล่มแผน", "ปกเก่า"]) expect(isGeneratedSheetName(input)).toBe(false);
  });

  it("has every badge and reason in both languages, with its placeholders filled", () => {
    const statuses: StepStatus[] = [
      ...stepStatuses({ results: {}, changes: [] }).values(),
      status("check", { results: log([checkEvent([finding("error")]), 1]), changes: [] }),
      status("check", { results: log([checkEvent(), 1]), changes: [change("โครงการ", 2)] }),
      status("check", { results: log([failed("checkProjects"), 1]), changes: [] }),
      status("generate", { results: log([generateEvent(), 1]), changes: [] }),
      status("announce", { results: log([announceEvent(), 1]), changes: [] }),
      status("track", { results: log([trackEvent(), 1]), changes: [] }),
      status("track", { results: log([trackEvent({ refused: [finding("error")] }), 1]), changes: [] }),
      status("track", { results: log([trackEvent({ findings: [finding("error")] }), 1]), changes: [] }),
    ];
    for (const lang of ["th", "en"] as const) {
      for (const s of statuses) {
        expect(STRINGS[lang][s.reason.id]).toBeDefined();
        expect(t(s.reason.id, lang, s.reason.params)).not.toMatch(/\{\w+\}/);
      }
      for (const id of Object.values(STATE_LABEL)) expect(STRINGS[lang][id]).toBeTruthy();
    }
  });
});
