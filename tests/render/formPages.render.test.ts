import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { planForms } from "../../src/commands/generateForms";
import { printEstimate } from "../../src/core/printScale";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli } from "../support/cli";
import { onlySheets } from "../support/renderPaths";
import { convertAllWithLibreOffice, looseThai, pdfPages } from "../support/libreoffice";

/**
 * The forms as `opplan generate` writes them, printed by LibreOffice: each one page wide, as
 * asked, at the scale OpPlan wrote, on as many pages as OpPlan's own estimate says (±1).
 */
describe("ผด. forms from the CLI: pages wide and pages down", () => {
  const dir = mkdtempSync(join(tmpdir(), "opplan-form-pages-"));
  const out = join(dir, "out.xlsx");
  const FORMS = ["ผด.01", "ผด.02", "ผด.02-1"];
  /** Each form's pages as text, in order. */
  const pages = new Map<string, string[]>();
  const estimates = new Map<string, ReturnType<typeof printEstimate>>();
  const scales = new Map<string, number | undefined>();

  beforeAll(async () => {
    const r = await cli("generate", resolve(__dirname, "../..", BUNDLED_SAMPLE), "-o", out);
    expect(r.code).toBe(0);
    // The output's own plan gives back the specs written: the estimates are what OpPlan knows.
    const { specs } = await planForms(await ExcelJsWorkbook.fromFile(out));
    for (const s of specs) estimates.set(s.name, printEstimate(s));
    // LibreOffice prints every sheet of a file; each form goes alone into a copy of the output,
    // cut on the zip so that OpPlan's page breaks stay in it.
    const written = await ExcelJsWorkbook.fromFile(out);
    const files: string[] = [];
    for (const form of FORMS) {
      scales.set(form, written.workbook.getWorksheet(form)?.pageSetup.scale);
      files.push(await onlySheets(out, [form]));
    }
    // One LibreOffice call for the three copies.
    const pdfs = convertAllWithLibreOffice(files, "pdf");
    for (const [k, form] of FORMS.entries()) {
      const pdf = pdfs[k];
      pages.set(
        form,
        pdfPages(pdf).map((_, i) =>
          looseThai(execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" })),
        ),
      );
    }
  });

  it("writes each form's scale, shrunk to fit its columns", () => {
    for (const form of FORMS) expect([form, scales.get(form)]).toEqual([form, estimates.get(form)!.scale]);
    // the lists' eighteen columns are wider than the landscape page: they print shrunk
    for (const form of ["ผด.02", "ผด.02-1"]) expect(estimates.get(form)!.scale).toBeLessThan(90);
  });

  it("prints each form one page wide: every page carries the header's first and last columns", () => {
    const edges: Record<string, [string, string]> = {
      "ผด.01": ["ยุทธศาสตร์", "หน่วยดำเนินการ"],
      // the header's fourth column and its last, the repeated header being on every page
      "ผด.02": ["งบประมาณ", "ก.ย."],
      "ผด.02-1": ["งบประมาณ", "ก.ย."],
    };
    for (const form of FORMS) {
      expect(estimates.get(form)!.pagesWide).toBe(1);
      const printed = pages.get(form)!;
      expect([form, printed.length > 0]).toEqual([form, true]);
      for (const page of printed) for (const edge of edges[form]) expect([form, page.includes(looseThai(edge))]).toEqual([form, true]);
    }
  });

  it("prints each form on the pages OpPlan estimates, within one", () => {
    for (const form of FORMS) {
      const printed = pages.get(form)!.length;
      // OpPlan places every break itself: the pages printed are the pages it counts.
      expect([form, printed]).toEqual([form, estimates.get(form)!.pages]);
    }
  });
});
