/**
 * The port the pane and the ribbon commands build (officePort): its batches wait while the user
 * is typing in a cell instead of failing.
 */
import { createFakeExcel } from "../excelModel";
import { officePort } from "../../src/host/actions";

const g = globalThis as { Excel?: unknown };

afterEach(() => {
  delete g.Excel;
  jest.useRealTimers();
});

it("waits for the user to leave the cell, telling onCellEdit, then reads", async () => {
  jest.useFakeTimers();
  const excel = createFakeExcel({ sheets: ["ตั้งค่า", "โครงการ"] });
  g.Excel = { run: excel.run };
  excel.setCellEditMode(true);
  const heard: boolean[] = [];
  const port = await officePort({ onCellEdit: (waiting) => heard.push(waiting) });
  let sheets: string[] | undefined;
  const read = port.listSheets().then((s) => (sheets = s));
  await jest.advanceTimersByTimeAsync(5_000);
  expect([sheets, heard]).toEqual([undefined, [true]]);
  excel.setCellEditMode(false);
  await jest.advanceTimersByTimeAsync(1_000);
  await read;
  expect([sheets, heard]).toEqual([["ตั้งค่า", "โครงการ"], [true, false]]);
});

it("tells the pane's cell edit bus while it waits, so the pane can say what to press", async () => {
  jest.useFakeTimers();
  const { isWaitingForCellEdit } = await import("../../src/host/cellEditBus");
  const excel = createFakeExcel({ sheets: ["ตั้งค่า"] });
  g.Excel = { run: excel.run };
  excel.setCellEditMode(true);
  const port = await officePort();
  const read = port.listSheets();
  await jest.advanceTimersByTimeAsync(2_000);
  expect(isWaitingForCellEdit()).toBe(true);
  excel.setCellEditMode(false);
  await jest.advanceTimersByTimeAsync(1_000);
  await read;
  expect(isWaitingForCellEdit()).toBe(false);
});
