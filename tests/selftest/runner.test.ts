import { createFakeExcel, FakeExcelError, seedCells } from "../excelModel";
import { PROBES } from "../../src/workbook/selfTest/probes";
import { runProbes } from "../../src/workbook/selfTest/runner";
import { createScratch, SCRATCH_PREFIX } from "../../src/workbook/selfTest/scratch";
import { PROBE_STATUSES, type ExcelRun, type Probe } from "../../src/workbook/selfTest/types";
import { runOnModel } from "../../scripts/selftestModel";

function model(sheets = ["Sheet1"]) {
  const excel = createFakeExcel({ sheets });
  const run: ExcelRun = (batch) => excel.run(batch);
  return { excel, run, names: () => excel.workbook.sheets.map((s) => s.name) };
}

const addsThenThrows: Probe = {
  id: "addsThenThrows",
  titleTh: "เพิ่มชีตแล้วล้มเหลว",
  titleEn: "adds a sheet, then fails",
  run: ({ run, scratch }) =>
    run(async (context) => {
      scratch.add(context, "a");
      scratch.add(context, "b");
      await context.sync();
      throw new FakeExcelError("GeneralException", "probe failed on purpose");
    }),
};

const renamesToOtherCase: Probe = {
  id: "renamesToOtherCase",
  titleTh: "เปลี่ยนชื่อชีตเป็นตัวพิมพ์ใหญ่",
  titleEn: "renames a scratch sheet to upper case",
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "case");
      ws.load("name");
      await context.sync();
      ws.name = ws.name.toUpperCase();
      await context.sync();
      return { status: "observed", seen: "renamed" };
    }),
};

describe("self-test runner", () => {
  it("deletes every scratch sheet after a probe that throws, and goes on with the next", async () => {
    const m = model();
    const seenBetween: string[][] = [];
    const peek: Probe = { id: "peek", titleTh: "ดู", titleEn: "peek", run: async () => (seenBetween.push(m.names()), { status: "pass", seen: "" }) };
    const outcomes = await runProbes([addsThenThrows, peek, renamesToOtherCase], { run: m.run, supports: () => true, scratch: createScratch("t1") });
    expect(outcomes).toEqual([
      { id: "addsThenThrows", status: "fail", seen: { error: "GeneralException", message: "probe failed on purpose" } },
      { id: "peek", status: "pass", seen: "" },
      { id: "renamesToOtherCase", status: "observed", seen: "renamed" },
    ]);
    // The failed probe's two sheets were gone before the next probe ran, and the renamed one after the last.
    expect(seenBetween).toEqual([["Sheet1"]]);
    expect(m.names()).toEqual(["Sheet1"]);
  });

  it("leaves the user's sheets alone, even one named like another run's scratch sheet", async () => {
    const m = model(["Sheet1", `${SCRATCH_PREFIX}old_1`]);
    seedCells(m.excel.workbook.find("Sheet1")!, [["ของผู้ใช้"]]);
    await runProbes([addsThenThrows], { run: m.run, supports: () => true, scratch: createScratch("new") });
    expect(m.names()).toEqual(["Sheet1", `${SCRATCH_PREFIX}old_1`]);
    expect(m.excel.workbook.find("Sheet1")!.cell(0, 0)?.value).toBe("ของผู้ใช้");
  });

  it("fails a probe whose scratch sheets could not be removed, saying so", async () => {
    const m = model();
    m.excel.failOnSyncWhere((labels) => labels.includes("Worksheet.delete"), new FakeExcelError("AccessDenied", "protected"));
    const passing: Probe = {
      id: "passing",
      titleTh: "ผ่าน",
      titleEn: "passes",
      run: ({ run, scratch }) =>
        run(async (context) => {
          scratch.add(context, "x");
          await context.sync();
          return { status: "pass", seen: { ok: true } };
        }),
    };
    const [outcome] = await runProbes([passing], { run: m.run, supports: () => true });
    expect(outcome).toEqual({ id: "passing", status: "fail", seen: { ok: true, scratchNotRemoved: "AccessDenied" } });
  });

  it("reports progress probe by probe, then done", async () => {
    const m = model();
    const progress: string[] = [];
    await runProbes([addsThenThrows, renamesToOtherCase], {
      run: m.run,
      supports: () => true,
      onProgress: (p) => progress.push(`${p.done}/${p.total}${p.current ? ` ${p.current.id}` : ""}`),
    });
    expect(progress).toEqual(["0/2 addsThenThrows", "1/2 renamesToOtherCase", "2/2"]);
  });

  it("runs every probe over the model with valid statuses, leaving only the user's sheet", async () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    for (const p of PROBES) {
      expect(p.titleTh).toMatch(/[\u0E01-\u0E5B]/);
      expect(p.titleEn.length).toBeGreaterThan(0);
    }
    const excel = createFakeExcel({ sheets: ["Sheet1"] });
    seedCells(excel.workbook.find("Sheet1")!, [["ของผู้ใช้", 1]]);
    const { probes } = await runOnModel({ excel });
    expect(probes.map((p) => p.id)).toEqual(PROBES.map((p) => p.id));
    for (const p of probes) expect(PROBE_STATUSES).toContain(p.status);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.workbook.find("Sheet1")!.cell(0, 0)?.value).toBe("ของผู้ใช้");
    expect(excel.handlerCount("onChanged") + excel.handlerCount("onFormatChanged")).toBe(0);
  });

  it("passes the data bar probe over the model, recording a new bar's values beside the set one", async () => {
    const { probes } = await runOnModel({ excel: createFakeExcel({ sheets: ["Sheet1"] }) });
    const bar = probes.find((p) => p.id === "dataBarReadBack");
    expect(bar).toEqual({
      id: "dataBarReadBack",
      status: "pass",
      seen: {
        type: "DataBar",
        lower: { type: "Number", formula: "0" },
        upper: { type: "Number", formula: "100" },
        fillColor: "#4472C4",
        gradientFill: false,
        newBar: { type: "DataBar", lower: { type: "Automatic" }, upper: { type: "Automatic" }, fillColor: "#638EC6", gradientFill: true },
      },
    });
  });
});
