/**
 * Renders the forms generated from a dozen field workbooks with LibreOffice, so a person can look
 * at what the forms reader reads: `npx tsx tests/field/render.ts [id…]` writes, under
 * test-artifacts/field/, <id>.pdf, <id>-<page>.png (60 dpi) and <id>.read.json (formsReader's
 * reading of the same file).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../support/libreoffice";
import { CORPUS } from "./corpus";
import { runCase } from "./runCase";

const DEFAULT = ["h01", "s02", "l01", "o04", "t02", "p02", "c03", "e01", "e03", "g01", "g03", "st01"];
const OUT = resolve(__dirname, "../../test-artifacts/field");

async function main() {
  const ids = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT;
  mkdirSync(OUT, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), "opplan-field-render-"));
  for (const id of ids) {
    const c = CORPUS.find((x) => x.id === id);
    if (!c) throw new Error(`no field workbook ${id}`);
    const r = await runCase(c, root);
    if (!r.outputExists || !r.forms) {
      console.log(`${id}: exit ${r.generate.code}, no forms to render`);
      continue;
    }
    const written = (r.generate.json?.written as string[] | undefined) ?? ["ผด.01", "ผด.02", "ผด.02-1"];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    for (const ws of [...wb.worksheets]) if (!written.includes(ws.name)) wb.removeWorksheet(ws.id);
    const formsOnly = join(r.dir, `${id}.xlsx`);
    await wb.xlsx.writeFile(formsOnly);
    const pdf = convertWithLibreOffice(formsOnly, "pdf");
    copyFileSync(pdf, join(OUT, `${id}.pdf`));
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUT, id)]);
    writeFileSync(join(OUT, `${id}.read.json`), JSON.stringify(r.forms, null, 1));
    console.log(`${id}: exit ${r.generate.code} → ${join(OUT, id)}-*.png`);
  }
}

void main();
