import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rect } from "../../src/core/rect";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { createFakeExcel } from "../../scripts/viaOffice/model";
import { modelToXlsx } from "../../scripts/viaOffice/toXlsx";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { convertWithLibreOffice } from "../support/libreoffice";

/**
 * Data bars as LibreOffice prints them: the file the CLI writes (ExcelJS adapter) and the one the
 * add-in leaves (Office adapter over the Excel model, saved as Excel would). LibreOffice prints a
 * bar only if it understood the rule, so a bar on paper, of the right length, proves the file.
 */

/** The bar's colour, #4472C4, in gray (ITU-R 601 luma, as pdftoppm -gray converts): about 109. */
const BAR_GRAY = Math.round(0.299 * 0x44 + 0.587 * 0x72 + 0.114 * 0xc4);

/**
 * Per cent done per ยุทธศาสตร์, in no order, with the truth beside: the bar's share of the cell.
 * A row without a bar (a dash, a blank) lies between any two with bars: bars fill their rows'
 * height, and two in neighbouring rows would print as one block. The lowest number is 12.5, not
 * 0: a bar scaled from the range's own lowest (Excel's LowestValue) would draw 25 as 1/7 of the
 * cell, not 1/4.
 */
const ROWS: readonly { label: string; value: number | string | null; share: number }[] = [
  { label: "ยุทธศาสตร์ที่ 1", value: 100, share: 1 },
  // The officer's dash for "none": text, no bar.
  { label: "ยุทธศาสตร์ที่ 2", value: "-", share: 0 },
  { label: "ยุทธศาสตร์ที่ 3", value: 25, share: 0.25 },
  { label: "ยุทธศาสตร์ที่ 4", value: null, share: 0 },
  { label: "ยุทธศาสตร์ที่ 5", value: 50, share: 0.5 },
  { label: "ยุทธศาสตร์ที่ 6", value: "-", share: 0 },
  { label: "ยุทธศาสตร์ที่ 7", value: 75, share: 0.75 },
  { label: "ยุทธศาสตร์ที่ 8", value: null, share: 0 },
  { label: "ยุทธศาสตร์ที่ 9", value: 12.5, share: 0.125 },
];

const SPEC: SheetSpec = {
  name: "รายงานผล",
  cells: [["ยุทธศาสตร์", "ร้อยละดำเนินการ"], ...ROWS.map((r) => [r.label, r.value])],
  formats: [{ range: rect(0, 0, ROWS.length + 1, 2), style: { fontName: "TH SarabunPSK", fontSize: 14 } }],
  columnWidths: [18, 40],
  defaultRowHeight: 30,
  dataBars: [{ range: rect(1, 1, ROWS.length, 1), color: "#4472C4", min: 0, max: 100 }],
  print: { orientation: "portrait", paper: "A4" },
};

interface Gray {
  width: number;
  height: number;
  at(x: number, y: number): number;
}

/** A binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it. */
function readPgm(file: string): Gray {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error(`${file} is not an 8-bit binary PGM`);
  const [whole, w, h] = header;
  const width = Number(w);
  const offset = whole.length;
  return { width, height: Number(h), at: (x, y) => bytes[offset + y * width + x] };
}

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The bars on the page, top to bottom: runs of scanlines where a wide stretch is bar-coloured.
 * A column counts as bar where most of the run's scanlines are, so the digits printed over a bar
 * (and the text's anti-aliased edges elsewhere) neither split nor fake one.
 */
function bars(page: Gray): Band[] {
  const isBar = (x: number, y: number) => Math.abs(page.at(x, y) - BAR_GRAY) <= 12;
  const rowHasBar = (y: number) => {
    let run = 0;
    for (let x = 0; x < page.width; x++) {
      run = isBar(x, y) ? run + 1 : 0;
      if (run >= 6) return true;
    }
    return false;
  };
  const out: Band[] = [];
  for (let y = 0; y < page.height; y++) {
    if (!rowHasBar(y)) continue;
    const top = y;
    while (y < page.height && rowHasBar(y)) y++;
    const bottom = y - 1;
    const rows = bottom - top + 1;
    const columns: number[] = [];
    for (let x = 0; x < page.width; x++) {
      let n = 0;
      for (let yy = top; yy <= bottom; yy++) if (isBar(x, yy)) n++;
      if (n * 2 >= rows) columns.push(x);
    }
    if (columns.length) out.push({ top, bottom, left: columns[0], right: columns[columns.length - 1] });
  }
  return out;
}

async function cliFile(dir: string): Promise<string> {
  const port = new ExcelJsWorkbook();
  await port.writeSheet(SPEC);
  const file = join(dir, "cli.xlsx");
  writeFileSync(file, await port.toBuffer());
  return file;
}

async function addInFile(dir: string): Promise<string> {
  const excel = createFakeExcel();
  await createOfficeWorkbook(excel.run).writeSheet(SPEC);
  const file = join(dir, "via-office.xlsx");
  await modelToXlsx(excel.workbook).xlsx.writeFile(file);
  return file;
}

describe.each([
  ["cli", cliFile],
  ["via-office", addInFile],
] as const)("data bars printed by LibreOffice (%s)", (name, write) => {
  let found: Band[] = [];
  let page: Gray;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), `opplan-databars-${name}-`));
    const pdf = convertWithLibreOffice(await write(dir), "pdf");
    execFileSync("pdftoppm", ["-gray", "-r", "100", "-f", "1", "-l", "1", pdf, join(dir, "page")]);
    const pgm = execFileSync("ls", [dir], { encoding: "utf8" })
      .split("\n")
      .find((f) => f.startsWith("page") && f.endsWith(".pgm"));
    page = readPgm(join(dir, pgm!));
    found = bars(page);
  });

  it("prints one bar per number, none for a dash or a blank", () => {
    expect(found).toHaveLength(ROWS.filter((r) => r.share > 0).length);
    // Bars go down the page in the rows' order, one row apart at least.
    for (let i = 1; i < found.length; i++) expect(found[i].top).toBeGreaterThan(found[i - 1].bottom);
  });

  it("draws each bar from the cell's left edge, as long as its share of the fixed 0–100 scale", () => {
    const full = found[0];
    const width = full.right - full.left + 1;
    // 40 characters at 100 dpi: about 290 px; a bar drawn at all must be that wide when full.
    expect(width).toBeGreaterThan(200);
    const shares = ROWS.filter((r) => r.share > 0).map((r) => r.share);
    found.forEach((bar, i) => {
      expect(Math.abs(bar.left - full.left)).toBeLessThanOrEqual(2);
      const share = (bar.right - bar.left + 1) / width;
      expect([shares[i], Math.abs(share - shares[i]) <= 0.03]).toEqual([shares[i], true]);
    });
  });

  it("prints the bars solid: as dark at their right end as at their left", () => {
    // A gradient bar fades to white towards its end; a solid one keeps its colour. Measured on
    // the band's second scanline, clear of the digits printed across the middle.
    expect(found.length).toBeGreaterThan(0);
    for (const bar of found) {
      const y = bar.top + 1;
      const mean = (from: number, to: number) => {
        let sum = 0;
        for (let x = from; x <= to; x++) sum += page.at(x, y);
        return sum / (to - from + 1);
      };
      const tenth = Math.max(2, Math.floor((bar.right - bar.left) / 10));
      const start = mean(bar.left, bar.left + tenth);
      const end = mean(bar.right - tenth, bar.right);
      expect([Math.round(start), Math.abs(end - start) <= 8]).toEqual([expect.any(Number), true]);
      expect(Math.abs(start - BAR_GRAY)).toBeLessThanOrEqual(12);
    }
  });
});
