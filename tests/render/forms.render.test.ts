import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { isA4, looseThai, pdfPages, pdfText } from "../support/libreoffice";
import { printSheetsEach, RENDER_PATHS, type RenderPath } from "../support/renderPaths";

const SAMPLE = resolve(__dirname, "../..", BUNDLED_SAMPLE);
const FORMS = ["ผด.01", "ผด.02", "ผด.02-1"] as const;

interface Printed {
  pdf: string;
  pages: string[];
  all: string;
  /** Pages of each form printed alone. */
  pagesOf: Record<string, number>;
}

/** `generate` on the bundled sample, then the forms printed together and each alone; once per path. */
const printed = new Map<RenderPath["name"], Promise<Printed>>();
function printForms(path: RenderPath): Promise<Printed> {
  let p = printed.get(path.name);
  if (!p) {
    p = (async () => {
      const xlsx = join(mkdtempSync(join(tmpdir(), `opplan-forms-${path.name}-`)), "forms.xlsx");
      const run = await path.run("generate", SAMPLE, "-o", xlsx);
      if (run.code > 1) throw new Error(`generate (${path.name}) ended ${run.code}: ${run.err}`);
      // The forms together, then each alone: one LibreOffice call for the four.
      const [pdf, ...alone] = await printSheetsEach(xlsx, [FORMS, ...FORMS.map((form) => [form])]);
      const count = pdfPages(pdf).length;
      const pages = Array.from({ length: count }, (_, i) =>
        execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
      );
      const pagesOf: Record<string, number> = {};
      FORMS.forEach((form, i) => (pagesOf[form] = pdfPages(alone[i]).length));
      return { pdf, pages, all: looseThai(pdfText(pdf)), pagesOf };
    })();
    printed.set(path.name, p);
  }
  return p;
}

/** The forms of the bundled sample as LibreOffice prints them, written by the CLI or the add-in's path. */
describe.each(RENDER_PATHS)("ผด. forms printed by LibreOffice ($name)", (path) => {
  let out: Printed;

  beforeAll(async () => {
    out = await printForms(path);
  });

  it("prints the labels and the three title lines of each form", () => {
    for (const s of [
      "แบบ ผด.01",
      "บัญชีสรุปจำนวนโครงการและงบประมาณ",
      "แบบ ผด.02",
      "บัญชีโครงการ/กิจกรรม/งบประมาณ",
      "แบบ ผด.02/1",
      "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
      "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
      "รวมทั้งสิ้น",
    ])
      expect(out.all).toContain(looseThai(s));
  });

  it("prints every page on A4 landscape, with a page number", () => {
    expect(out.pages.length).toBeGreaterThan(3);
    for (const p of pdfPages(out.pdf)) expect(isA4(p, "landscape")).toBe(true);
    // The book's body numbering: the forms count on from where ส่วนที่ 1 ends, page after page.
    const first = Number(/หนา(\d+)/.exec(looseThai(out.pages[0]).slice(-12))?.[1]);
    expect(first).toBeGreaterThan(1);
    out.pages.forEach((text, i) => expect(looseThai(text).endsWith(looseThai(`หน้า ${first + i}`))).toBe(true));
  });

  it("never prints ### for an amount", () => {
    expect(out.all).not.toContain("###");
  });

  it("keeps the month grid on the page: every page with the month header has all twelve months", () => {
    const withHeader = out.pages.filter((p) => p.includes("ต.ค."));
    expect(withHeader.length).toBeGreaterThan(2);
    for (const p of withHeader) for (const m of ["ต.ค.", "ม.ค.", "เม.ย.", "ก.ค.", "ก.ย."]) expect(p).toContain(m);
  });

  it("does not print OpPlan's marker column", () => {
    expect(out.all).not.toContain("OpPlan|");
  });
});

describe("ผด. forms on both paths", () => {
  it("print the same number of pages, form by form", async () => {
    const [cli, office] = await Promise.all(RENDER_PATHS.map(async (p) => (await printForms(p)).pagesOf));
    expect(office).toEqual(cli);
  });
});
