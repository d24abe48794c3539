import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OFFICE_BACKEND } from "../../scripts/viaOffice/backend";
import { cliIn, type CliRun } from "./cli";
import { convertAllWithLibreOffice, convertWithLibreOffice } from "./libreoffice";

/** One way a command's output file gets made: the CLI's (ExcelJS) or the add-in's (via-office). */
export interface RenderPath {
  readonly name: "cli" | "via-office";
  /** The command in-process, as `npm run opplan --` or `npm run via-office --` would run it. */
  run(...argv: string[]): Promise<CliRun>;
}

export const RENDER_PATHS: readonly RenderPath[] = [
  { name: "cli", run: (...argv) => cliIn({ env: {} }, ...argv) },
  { name: "via-office", run: (...argv) => cliIn({ env: {}, backend: OFFICE_BACKEND }, ...argv) },
];

/**
 * A copy of `xlsx` whose workbook lists only `sheets` (in the file's own tab order): LibreOffice
 * prints every sheet of a workbook, the input sheets a command copied over too. Done on the zip,
 * not through ExcelJS: an ExcelJS round trip drops the sheets' manual row breaks (<rowBreaks>,
 * exceljs#2249), the very breaks the book's page numbers rest on, and rewrites print areas.
 * The dropped sheets' parts stay in the package, unlisted; print areas and print titles (defined
 * names tied to a sheet by its position) follow their sheets to their new positions.
 * (jszip comes with exceljs, which reads and writes every .xlsx through it.)
 */
export async function onlySheets(xlsx: string, sheets: readonly string[], outName?: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  const tags = [...xml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const names = tags.map((t) => unescapeXml(/\bname="([^"]*)"/.exec(t)![1]));
  const missing = sheets.filter((s) => !names.includes(s));
  if (missing.length) throw new Error(`${xlsx} has no sheet ${missing.join(", ")}`);
  const position = new Map<number, number>();
  names.forEach((n, i) => sheets.includes(n) && position.set(i, position.size));
  tags.forEach((t, i) => {
    if (!position.has(i)) xml = xml.replace(t, "");
  });
  xml = xml.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (whole, attrs: string, body: string) => {
    const local = /\blocalSheetId="(\d+)"/.exec(attrs);
    if (!local) return whole;
    const to = position.get(Number(local[1]));
    return to === undefined ? "" : `<definedName${attrs.replace(/\blocalSheetId="\d+"/, `localSheetId="${to}"`)}>${body}</definedName>`;
  });
  xml = xml.replace(/<definedNames>\s*<\/definedNames>/, "");
  xml = xml.replace(/\b(activeTab|firstSheet)="\d+"/g, '$1="0"');
  zip.file("xl/workbook.xml", xml);
  zip.remove("xl/calcChain.xml");
  const out = join(mkdtempSync(join(tmpdir(), "opplan-sheets-")), `${outName ?? sheets.join("+").replace(/[/\\]/g, "-")}.xlsx`);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The PDF LibreOffice prints of only `sheets` of `xlsx`. */
export async function printSheets(xlsx: string, sheets: readonly string[]): Promise<string> {
  return convertWithLibreOffice(await onlySheets(xlsx, sheets), "pdf");
}

/** One PDF per set of sheets of `xlsx`, as printSheets would give each, in one LibreOffice call. */
export async function printSheetsEach(xlsx: string, sheetSets: readonly (readonly string[])[]): Promise<string[]> {
  const copies: string[] = [];
  for (const sheets of sheetSets) copies.push(await onlySheets(xlsx, sheets));
  return convertAllWithLibreOffice(copies, "pdf");
}
