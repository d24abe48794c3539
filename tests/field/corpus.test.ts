/**
 * The corpus checked against itself, before OpPlan is asked anything: every name and amount the
 * truth states is really in the workbook the builder typed (a typo in a truth would otherwise be
 * blamed on the reader), and the truths are consistent with the standard lists.
 */
import ExcelJS from "exceljs";
import { EQUIPMENT_TYPES } from "../../src/domain/catalog";
import { CORPUS } from "./corpus";
import { strategyKey } from "./expected";
import { arabic } from "./formsReader";

/** The fields of a CSV text (quotes and doubled quotes as Excel writes them). */
function csvFields(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === "\n" || ch === "\r") {
      out.push(cur);
      cur = "";
    }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

const squash = (s: string) => arabic(s).replace(/\s+/g, "");

/** Every text of the workbook column by column (so a name spilling down a column reads whole), and every amount. */
async function contents(bytes: Buffer, file: string): Promise<{ columns: string[]; amounts: Set<number> }> {
  const amounts = new Set<number>();
  const parse = (s: string) => {
    const t = arabic(s).trim().replace(/\.-$/, "").replace(/,/g, "");
    if (/^-?$/.test(t)) return 0;
    return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  };
  if (!/\.xlsx$/i.test(file) || bytes.length === 0) {
    const text = bytes.length > 0 && bytes[0] !== 0xef && /\.csv$/i.test(file) && bytes.some((b) => b >= 0xa1) ? [...bytes].map((b) => (b >= 0xa1 ? String.fromCodePoint(b - 0xa0 + 0x0e00) : String.fromCharCode(b))).join("") : bytes.toString("utf8");
    const fields = csvFields(text);
    for (const f of fields) amounts.add(parse(f));
    return { columns: [squash(fields.join(""))], amounts };
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const columns: string[] = [];
  for (const ws of wb.worksheets) {
    const cols = new Map<number, string[]>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        const plain = v && typeof v === "object" && "result" in v ? v.result : v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : v;
        if (typeof plain === "number") amounts.add(plain);
        if (typeof plain === "string") {
          amounts.add(parse(plain));
          cols.set(c, [...(cols.get(c) ?? []), plain]);
        }
      }),
    );
    for (const texts of cols.values()) columns.push(squash(texts.join("")));
  }
  return { columns, amounts };
}

describe("the field corpus itself", () => {
  it.each(CORPUS.map((c) => [c.id, c] as const))("%s: the truth's names and amounts are in the workbook", async (_id, c) => {
    const { columns, amounts } = await contents(await c.build(), c.file);
    const problems: string[] = [];
    for (const p of c.truth.projects) {
      if (!columns.some((col) => col.includes(squash(p.name)))) problems.push(`name not in the workbook: ${p.name}`);
      if (!amounts.has(p.budget)) problems.push(`amount not in the workbook: ${p.name} ${p.budget}`);
      if (p.equipment?.type && !EQUIPMENT_TYPES.includes(p.equipment.type)) problems.push(`not a standard ประเภทครุภัณฑ์: ${p.equipment.type}`);
    }
    for (const s of c.truth.strategies ?? []) if (!columns.some((col) => col.includes(squash(s).replace(/^\d+\./, "")))) problems.push(`strategy not in the workbook: ${s}`);
    if (c.truth.strategyNumbers) expect(c.truth.strategyNumbers).toHaveLength(c.truth.strategies!.length);
    const placed = new Set(c.truth.projects.filter((p) => !p.equipment && p.strategy).map((p) => strategyKey(p.strategy!)));
    for (const k of placed) if (c.truth.strategies && !c.truth.strategies.map(strategyKey).includes(k)) problems.push(`strategy of a project missing from strategies: ${k}`);
    if (c.truth.exit === 2) expect(c.truth.projects).toEqual([]);
    expect(problems).toEqual([]);
  });
});
