/**
 * runTrack (src/host/actions.ts): ติดตามผล through the Office port, with the round the pane chose,
 * progress to the caller and the bus, the pane asked before an edited รายงานผล is replaced, the
 * signal handed on, and every outcome (refused, cancelled, failed) on the bus.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock("../../src/commands/trackPlan", () => ({ trackPlan: jest.fn() }));

import { trackPlan } from "../../src/commands/trackPlan";
import type { TrackOutcome, TrackProgress } from "../../src/commands/trackResult";
import type { Finding } from "../../src/domain/findings";
import { runTrack } from "../../src/host/actions";
import type { ActionEvent, ConfirmRequest, ProgressEvent } from "../../src/host/actionEvents";
import { resetBus } from "../../src/host/busState";
import { pendingConfirmation, subscribeConfirm } from "../../src/host/confirmations";
import { lastEvent, subscribe, subscribeProgress } from "../../src/host/resultBus";
import { runningActions } from "../../src/host/runWindows";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { CancelledError, WorkbookError, type WorkbookPort } from "../../src/workbook/port";

const makePort = createOfficeWorkbook as jest.MockedFunction<typeof createOfficeWorkbook>;
const track = trackPlan as jest.MockedFunction<typeof trackPlan>;
const port = { listSheets: jest.fn() } as unknown as WorkbookPort;

type Globals = { Office?: unknown; Excel?: unknown };
const g = globalThis as Globals;

const TRACKED: TrackOutcome = {
  written: ["ติดตามผล", "รายงานผล"],
  trackingSheet: "ติดตามผล",
  reportSheet: "รายงานผล",
  rows: { total: 2, byKey: 1, byName: 0, added: 1, dropped: 0 },
  tracking: null,
  findings: [],
  refused: [],
  replacedEdited: [],
  cancelled: false,
};

let events: ActionEvent[];
let progress: ProgressEvent[];
let stops: (() => void)[];

beforeEach(() => {
  resetBus();
  events = [];
  progress = [];
  stops = [subscribe((e) => events.push(e)), subscribeProgress((e) => progress.push(e))];
  makePort.mockReset().mockReturnValue(port);
  track.mockReset();
  g.Excel = { run: jest.fn() };
  g.Office = { context: { displayLanguage: "th-TH", requirements: { isSetSupported: () => true } } };
});

afterEach(() => {
  for (const stop of stops) stop();
  delete g.Office;
  delete g.Excel;
});

describe("runTrack", () => {
  it("tracks through the Office port with the round chosen, progress to the caller and the bus, and publishes the outcome", async () => {
    const reports: TrackProgress[] = [
      { stage: "read", done: 1, total: 2 },
      { stage: "merge", done: 1, total: 1 },
      { stage: "write", done: 2, total: 2 },
    ];
    track.mockImplementation(async (_port, options) => {
      expect(runningActions()).toEqual(["trackPlan"]);
      for (const r of reports) options?.onProgress?.(r);
      return TRACKED;
    });
    const seen: TrackProgress[] = [];
    const result = await runTrack({ round: "half", onProgress: (p) => seen.push(p) });
    expect(result).toBe(TRACKED);
    expect(track).toHaveBeenCalledWith(port, { round: "half", onProgress: expect.any(Function), confirmReplaceEdited: expect.any(Function) });
    expect(seen).toEqual(reports);
    expect(progress).toEqual([{ action: "trackPlan", source: "pane", progress: null }, ...reports.map((p) => ({ action: "trackPlan", source: "pane", progress: p }))]);
    expect(events).toEqual([{ action: "trackPlan", source: "pane", ok: true, result: TRACKED }]);
    expect(lastEvent("trackPlan")).toEqual(events[0]);
    expect(runningActions()).toEqual([]);
  });

  it("leaves the round to the command (ตั้งค่า's, else the whole year) when none was chosen, as from the ribbon", async () => {
    track.mockResolvedValue(TRACKED);
    await runTrack({ source: "ribbon" });
    expect(track.mock.calls[0][1]).not.toHaveProperty("round");
    expect(events[0]).toMatchObject({ action: "trackPlan", source: "ribbon", ok: true });
  });

  it("asks the pane through the bus before replacing an edited รายงานผล; with no pane listening the answer is no", async () => {
    const answers: (boolean | undefined)[] = [];
    track.mockImplementation(async (_port, options) => {
      answers.push(await options?.confirmReplaceEdited?.(["รายงานผล"]));
      return TRACKED;
    });
    await runTrack();
    expect(answers).toEqual([false]);

    const asked: ConfirmRequest[] = [];
    const stop = subscribeConfirm((r) => asked.push(r));
    const run = runTrack({ source: "ribbon" });
    await new Promise((r) => setTimeout(r, 0));
    expect(asked[0]).toMatchObject({ action: "trackPlan", source: "ribbon", sheets: ["รายงานผล"] });
    expect(pendingConfirmation()).toBe(asked[0]);
    asked[0].respond(true);
    await run;
    expect(answers).toEqual([false, true]);
    stop();
  });

  it("publishes a refused outcome as it is: ok, nothing written, the reasons kept", async () => {
    const unread: Finding = { code: "BUDGET_INVALID", severity: "error", sheet: "ติดตามผล", cell: "I7", message: "อ่านไม่ได้", fix: "พิมพ์ตัวเลข" };
    track.mockResolvedValue({ ...TRACKED, written: [], refused: [unread] });
    await runTrack();
    expect(events[0]).toMatchObject({ action: "trackPlan", ok: true, result: { written: [], refused: [unread] } });
  });

  it("hands the pane's signal on; a cancel is published as CANCELLED and rethrown", async () => {
    const controller = new AbortController();
    track.mockImplementation(async (_port, options) => {
      expect(options?.signal).toBe(controller.signal);
      throw new CancelledError();
    });
    await expect(runTrack({ signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(events[0]).toMatchObject({ action: "trackPlan", ok: false, error: { code: "CANCELLED" } });
  });

  it("rethrows a failure and publishes it as a Thai message; refuses outside Excel without reading", async () => {
    const err = new WorkbookError("HOST_ERROR", "รายงานผล", "write failed");
    track.mockRejectedValue(err);
    await expect(runTrack()).rejects.toBe(err);
    expect(events[0]).toMatchObject({ action: "trackPlan", ok: false, error: { code: "HOST_ERROR", message: expect.stringContaining("Excel ทำงานไม่สำเร็จ") } });
    delete g.Excel;
    await expect(runTrack()).rejects.toMatchObject({ code: "NOT_IN_EXCEL" });
    expect(track).toHaveBeenCalledTimes(1);
  });
});
