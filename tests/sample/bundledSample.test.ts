import { resolve } from "node:path";
import { BUNDLED_SAMPLE, SAMPLE_DEFAULTS } from "../../src/cli/run";
import { appendSheets } from "../../src/commands/writeSheets";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";

/** The demo's input is generated, not hand-edited: it must be what the generator makes today. */
it("the bundled sample workbook is current (regenerate with npm run sample:bundled)", async () => {
  const bundled = await ExcelJsWorkbook.fromFile(resolve(__dirname, "../..", BUNDLED_SAMPLE));
  const fresh = new ExcelJsWorkbook();
  await appendSheets(fresh, buildSampleWorkbook(generateSamplePlan(SAMPLE_DEFAULTS)), 0);
  expect(await bundled.listSheets()).toEqual(await fresh.listSheets());
  for (const name of await fresh.listSheets()) {
    const [a, b] = await Promise.all([bundled.readSheet(name, { fills: true }), fresh.readSheet(name, { fills: true })]);
    expect({ name, values: a!.values, fills: a!.fills }).toEqual({ name, values: b!.values, fills: b!.fills });
  }
});
