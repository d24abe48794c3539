/**
 * readSettings: where the values of ตั้งค่า are. Right of the labels, or one column further when
 * the column right of the labels is an empty spacer on every row and the next one holds values;
 * never the help or the notes beside values not typed yet.
 */
import { Grid } from "../../src/domain/read/grid";
import { readSettings } from "../../src/domain/read/settingsSheet";
import { SETTING_FIELDS } from "../../src/domain/settings";
import { isoToSerial } from "../../src/core/localDate";
import type { RawValue } from "../../src/core/cellValue";

const grid = (rows: RawValue[][], numberFormats: string[][] = []): Grid =>
  new Grid({ name: "ตั้งค่า", originRow: 0, originCol: 0, values: rows, numberFormats });

const where = (g: Grid) => {
  const r = readSettings(g);
  return { shifted: r.shifted, cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, [c.cell, c.text]])) };
};

describe("readSettings", () => {
  it("reads the values right of the labels", () => {
    expect(
      where(
        grid([
          ["ชื่อ อปท.", "บ้านใหม่", "ชื่อไม่ต้องมีคำนำหน้า"],
          ["ปีงบประมาณ", 2569, "ปี พ.ศ."],
          ["ผู้ลงนาม", null, "ชื่อ-สกุล"],
        ]),
      ),
    ).toEqual({
      shifted: false,
      cells: { orgName: ["B1", "บ้านใหม่"], fiscalYear: ["B2", "2569"], signerName: ["B3", ""] },
    });
  });

  it("keeps the values empty, not the help, when none is typed yet (OpPlan's template: label | value | help)", () => {
    const rows = SETTING_FIELDS.map((f) => [f.label, null, f.help]);
    const r = where(grid(rows));
    expect(r.shifted).toBe(false);
    SETTING_FIELDS.forEach((f, i) => expect(r.cells[f.key]).toEqual([`B${i + 1}`, ""]));
  });

  it("keeps the values empty beside notes that are no values: a sentence with a year, a small number, a word", () => {
    const r = where(
      grid(
        [
          ["ปีงบประมาณ", null, "ปีหน้า เช่น 2570"],
          ["ประเภท อปท.", null, "ดูคำสั่งจัดตั้ง"],
          ["วันที่ประกาศแผน", null, 3],
          ["วันที่ปิดประกาศ", null, "ภายใน 15 วัน"],
          ["ใช้เลขไทย", null, "-"],
          ["ฉบับ", null, "ฉบับหลัก"],
        ],
        [[], [], ["General", "General", "General"]],
      ),
    );
    expect(r.shifted).toBe(false);
    expect(Object.values(r.cells).map(([cell]) => cell[0])).toEqual(["B", "B", "B", "B", "B", "B"]);
  });

  it("reads past an empty spacer column when the column after it holds a year, a date or a listed choice", () => {
    const spacer = (row: RawValue[]) => [row[0], null, ...row.slice(1)];
    for (const [label, value, format] of [
      ["ปีงบประมาณ", 2569, "0"],
      ["ปีงบประมาณ", "พ.ศ. ๒๕๖๙", "@"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", isoToSerial("2025-09-16"), "d mmm yyyy"],
      ["วันที่ประกาศแผน", "1 ต.ค. 2568", "@"],
      ["ประเภท อปท.", "เทศบาลตำบล", "@"],
    ] as [string, RawValue, string][]) {
      const g = grid([spacer(["ชื่อ อปท.", "บ้านใหม่", "หมายเหตุ"]), spacer([label, value])], [[], ["General", "General", format]]);
      expect([label, value, where(g)]).toEqual([
        label,
        value,
        { shifted: true, cells: expect.objectContaining({ orgName: ["C1", "บ้านใหม่"] }) as unknown },
      ]);
    }
  });

  it("reads no sheet as nothing", () => {
    expect(readSettings(null)).toEqual({ sheet: null, cells: {}, shifted: false });
  });
});
