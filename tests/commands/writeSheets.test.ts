import { appendSheets } from "../../src/commands/writeSheets";
import { rect } from "../../src/core/rect";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { createOfficeHarness } from "../workbook/officeHarness";

const dropdownOn = (name: string, source: string): SheetSpec => ({
  name,
  cells: [["x"]],
  validations: [{ range: rect(1, 0, 5, 1), source: `'${source}'!$A$1:$A$3` }],
});

it("writes the sheets dropdowns refer to first, yet keeps the requested order", async () => {
  const h = createOfficeHarness();
  await h.seed("เดิม", [["ของผู้ใช้"]]);
  const done: number[] = [];
  await appendSheets(h.port, [dropdownOn("ก", "รายการ"), dropdownOn("ข", "รายการ"), { name: "รายการ", cells: [["a"], ["b"]] }], 1, {
    onProgress: (d) => done.push(d),
  });
  expect(await h.sheetNames()).toEqual(["เดิม", "ก", "ข", "รายการ"]);
  expect((await h.sheet("ข")).validationAt(3, 0)?.source).toBe("='รายการ'!$A$1:$A$3");
  expect(done).toEqual([1, 2, 3]);
});
