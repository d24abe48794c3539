import { changeOwners, inputWriteStarted, runStarted, runsOwning, subscribeRuns } from "../../src/host/runWindows";
import { resetBus } from "../../src/host/busState";

/** Which run a workbook change seen at a given time belongs to (times are fake milliseconds). */
describe("runsOwning", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    resetBus();
    now = 1_000;
  });

  it("gives the runs under way, and nothing before any run", () => {
    expect(runsOwning(now)).toEqual([]);
    const endTemplate = runStarted("createTemplate", { now: clock });
    now = 1_100;
    const endGenerate = runStarted("generateForms", { now: clock });
    now = 1_200;
    expect(runsOwning(now).sort()).toEqual(["createTemplate", "generateForms"]);
    endTemplate();
    endGenerate();
  });

  it("never gives a run that only reads (ตรวจสอบ): a change while it runs is the user's", () => {
    const endCheck = runStarted("checkProjects", { writes: false, now: clock });
    now = 1_200;
    expect(runsOwning(now)).toEqual([]);
    endCheck();
    expect(runsOwning(now + 100)).toEqual([]);
  });

  it("gives the run that ended last within the grace, not an earlier one still within it", () => {
    const endTemplate = runStarted("createTemplate", { now: clock });
    now = 2_000;
    endTemplate();
    now = 2_300;
    const endClassify = runStarted("classifyProjects", { now: clock });
    now = 2_600;
    endClassify();
    now = 3_000;
    expect(runsOwning(now, 1_500)).toEqual(["classifyProjects"]);
  });

  it("gives a run under way rather than one that just ended", () => {
    const endGenerate = runStarted("generateForms", { now: clock });
    now = 2_000;
    endGenerate();
    now = 2_100;
    const endApply = runStarted("classifyProjects", { now: clock });
    now = 2_200;
    expect(runsOwning(now, 1_500)).toEqual(["classifyProjects"]);
    endApply();
  });

  it("gives nothing once the grace after the last run is over", () => {
    const end = runStarted("announcePlan", { now: clock });
    now = 2_000;
    end();
    expect(runsOwning(3_400, 1_500)).toEqual(["announcePlan"]);
    expect(runsOwning(3_501, 1_500)).toEqual([]);
  });
});

describe("changeOwners: Excel's word on who made a change first, the time window without it", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    resetBus();
    now = 1_000;
  });

  it("gives someone else's edit to nobody, even while a run writes", () => {
    const end = runStarted("generateForms", { now: clock });
    now = 1_200;
    expect(changeOwners("other", now)).toEqual([]);
    expect(changeOwners(undefined, now)).toEqual(["generateForms"]);
    end();
  });

  it("gives the add-in's own write to the run under way, else the last writing run however late it is told", () => {
    const endGenerate = runStarted("generateForms", { now: clock });
    now = 2_000;
    endGenerate();
    now = 2_100;
    const endCheck = runStarted("checkProjects", { writes: false, now: clock });
    now = 2_200;
    // A check writes nothing: the write is still the forms'.
    expect(changeOwners("ownAddin", now)).toEqual(["generateForms"]);
    endCheck();
    now = 2_000 + 60_000;
    expect(changeOwners("ownAddin", now)).toEqual(["generateForms"]);
    expect(changeOwners(undefined, now)).toEqual([]);
  });

  it("gives no run the add-in's write with no run before it", () => {
    expect(changeOwners("ownAddin", now)).toEqual([]);
  });

  it("gives nobody the pane's write of the user's input (settings form), during it or after, until a run writes again", () => {
    const endTemplate = runStarted("createTemplate", { now: clock });
    now = 2_000;
    endTemplate();
    now = 5_000;
    const endSave = inputWriteStarted(clock);
    now = 5_100;
    expect(changeOwners("ownAddin", now)).toEqual([]);
    endSave();
    now = 5_200;
    expect(changeOwners("ownAddin", now)).toEqual([]);
    const endAnnounce = runStarted("announcePlan", { now: clock });
    now = 5_300;
    endAnnounce();
    now = 9_000;
    expect(changeOwners("ownAddin", now)).toEqual(["announcePlan"]);
  });
});

describe("subscribeRuns", () => {
  beforeEach(() => resetBus());

  it("tells when a run starts and ends, once each, and not after unsubscribing", () => {
    const heard: string[] = [];
    const stop = subscribeRuns((action, running) => heard.push(`${action}:${running ? "on" : "off"}`));
    const end = runStarted("announcePlan");
    end();
    end();
    stop();
    runStarted("createTemplate")();
    expect(heard).toEqual(["announcePlan:on", "announcePlan:off"]);
  });

  it("keeps telling the others when one listener throws", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const heard: boolean[] = [];
    subscribeRuns(() => {
      throw new Error("listener bug");
    });
    subscribeRuns((_action, running) => heard.push(running));
    runStarted("checkProjects")();
    expect(heard).toEqual([true, false]);
    error.mockRestore();
  });
});
