import type { ActionEvent } from "../../src/host/actionEvents";
import { RUN_IDLE, advanceRun, cancellingRun, endedWithout, paneRunning, ribbonRunState, shownResult, type RunState } from "../../src/taskpane/runState";

/** The state of a cancellable step, as the three steps share it. */
type Done = { readonly kind: "done"; readonly source: "pane" | "ribbon"; readonly n: number };
type State = RunState<number, Done>;

const done: Done = { kind: "done", source: "pane", n: 1 };

describe("run state", () => {
  it("keeps the result on screen under a run and a cancel, not under a failure", () => {
    const running = advanceRun<number, Done>(done, "pane", null, 0);
    expect(shownResult(running)).toBe(done);
    expect(shownResult(endedWithout(running, true, "x"))).toBe(done);
    expect(endedWithout(running, false, "ล่ม")).toEqual({ kind: "error", source: "pane", message: "ล่ม" });
    expect(shownResult<number, Done>(RUN_IDLE)).toBeUndefined();
  });

  it("never moves the bar back within a run, and starts again at a new one", () => {
    let s: State = advanceRun<number, Done>(RUN_IDLE, "pane", null, 0);
    s = advanceRun(s, "pane", 1, 0.6);
    s = advanceRun(s, "pane", 2, 0.3);
    expect(s).toMatchObject({ kind: "running", fraction: 0.6, progress: 2 });
    expect(advanceRun(s, "pane", null, 0)).toMatchObject({ fraction: 0 });
    expect(advanceRun(s, "ribbon", 3, 0.1)).toMatchObject({ fraction: 0.1, source: "ribbon" });
  });

  it("marks only the pane's own run as cancelling, and keeps that mark through reports", () => {
    const pane = cancellingRun(advanceRun<number, Done>(RUN_IDLE, "pane", null, 0));
    expect(pane).toMatchObject({ cancelling: true });
    expect(advanceRun(pane, "pane", 1, 0.5)).toMatchObject({ cancelling: true });
    expect(paneRunning(pane)).toBe(true);
    const ribbon = advanceRun<number, Done>(RUN_IDLE, "ribbon", null, 0);
    expect(cancellingRun(ribbon)).toBe(ribbon);
    expect(paneRunning(ribbon)).toBe(false);
  });

  it("turns a ribbon outcome of its own action into the state, and nothing else", () => {
    const make = (): Done => ({ kind: "done", source: "ribbon", n: 2 });
    const ok = { action: "checkProjects", source: "ribbon", ok: true, result: {} } as ActionEvent;
    expect(ribbonRunState(ok, "checkProjects", RUN_IDLE, make)).toEqual(make());
    expect(ribbonRunState(ok, "generateForms", RUN_IDLE, make)).toBeUndefined();
    expect(ribbonRunState({ ...ok, source: "pane" } as ActionEvent, "checkProjects", RUN_IDLE, make)).toBeUndefined();
    const cancelled: ActionEvent = { action: "checkProjects", source: "ribbon", ok: false, error: { code: "CANCELLED", message: "c" } };
    expect(ribbonRunState<"checkProjects", number, Done>(cancelled, "checkProjects", done, make)).toEqual({ kind: "cancelled", previous: done });
    const failed: ActionEvent = { ...cancelled, error: { code: "HOST_ERROR", message: "ล่ม" } };
    expect(ribbonRunState(failed, "checkProjects", RUN_IDLE, make)).toEqual({ kind: "error", source: "ribbon", message: "ล่ม" });
  });
});
