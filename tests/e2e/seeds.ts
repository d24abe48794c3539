/** Workbook seeds shared by the browser tests. */
import { isoToSerial } from "../../src/core/localDate";
import { isDateCell } from "../../src/core/cellValue";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import type { SeedValue } from "../excelModel";
import type { OpPlanSeed } from "./pageGlobals";

export interface SampleSeedOptions {
  readonly projects?: number;
  readonly seed?: number;
  readonly fiscalYear?: number;
  /**
   * Empties the ยุทธศาสตร์ and แผนงาน cells of every `n`th project row of โครงการ, as a user who has
   * not classified those yet would leave them (0, the default, keeps them all).
   */
  readonly unclassifiedEvery?: number;
}

/** A sample plan's input sheets, values only, as a user would have typed them. */
export function samplePlanSeed({ projects = 24, seed = 7, fiscalYear = 2570, unclassifiedEvery = 0 }: SampleSeedOptions = {}): OpPlanSeed {
  return {
    sheets: buildSampleWorkbook(generateSamplePlan({ projects, seed, fiscalYear })).map((spec) => {
      const rows = spec.cells.map((row) => row.map((v): SeedValue => (v !== null && isDateCell(v) ? isoToSerial(v.date) : v)));
      if (spec.name === "โครงการ" && unclassifiedEvery > 0) {
        const header = rows.findIndex((r) => r.includes("ยุทธศาสตร์") && r.includes("แผนงาน"));
        const columns = [rows[header].indexOf("ยุทธศาสตร์"), rows[header].indexOf("แผนงาน")];
        let n = 0;
        for (const row of rows.slice(header + 1)) {
          if (typeof row[0] !== "number") continue;
          if (n++ % unclassifiedEvery === 0) for (const c of columns) row[c] = null;
        }
      }
      return { name: spec.name, rows };
    }),
  };
}
