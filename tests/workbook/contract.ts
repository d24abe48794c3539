import { isoToSerial } from "../../src/core/localDate";
import { parseDate } from "../../src/domain/parse/dates";
import { buildProjectSheet } from "../../src/reports/inputTemplate";
import { rect } from "../../src/core/rect";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { DATE_FORMAT_BE } from "../../src/core/numberFormats";
import { CancelledError, WorkbookError, type WriteProgress } from "../../src/workbook/port";
import type { WorkbookHarness } from "./harness";
import { solidPng } from "./png";

/**
 * One behaviour for every adapter: each adapter's test file calls this with a harness over
 * its own backing store. A case that fails for one adapter only is an adapter bug.
 */
export function describeWorkbookContract(name: string, makeHarness: () => Promise<WorkbookHarness> | WorkbookHarness): void {
  describe(`workbook port contract: ${name}`, () => {
    let h: WorkbookHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });

    const expectCode = async (p: Promise<unknown>, code: WorkbookError["code"]) => {
      await expect(p).rejects.toBeInstanceOf(WorkbookError);
      await expect(p).rejects.toMatchObject({ code });
    };

    describe("sheets", () => {
      it("lists, adds, renames and deletes sheets in order", async () => {
        await h.seed("ก", [["a"]]);
        await h.seed("ข", [["b"]]);
        expect(await h.port.listSheets()).toEqual(["ก", "ข"]);
        await h.port.addSheet("ค");
        await h.port.renameSheet("ก", "ผด.02-1");
        expect(await h.port.listSheets()).toEqual(["ผด.02-1", "ข", "ค"]);
        await h.port.deleteSheet("ข");
        expect(await h.port.listSheets()).toEqual(["ผด.02-1", "ค"]);
        expect(await h.sheetNames()).toEqual(["ผด.02-1", "ค"]);
      });

      it("refuses what Excel refuses, with stable codes", async () => {
        await h.seed("ก", [["a"]]);
        await expectCode(h.port.addSheet("ก"), "SHEET_EXISTS");
        await expectCode(h.port.addSheet("ผด.02/1"), "INVALID_NAME");
        await expectCode(h.port.addSheet("x".repeat(32)), "INVALID_NAME");
        await expectCode(h.port.renameSheet("ไม่มี", "x"), "SHEET_MISSING");
        await expectCode(h.port.deleteSheet("ไม่มี"), "SHEET_MISSING");
        expect(await h.sheetNames()).toEqual(["ก"]);
      });
    });

    describe("selecting", () => {
      it("activates the sheet and selects the cell, a range by its top-left cell", async () => {
        await h.seed("ก", [["a"]]);
        await h.seed("โครงการ", [["ที่", "โครงการ"], [1, "ถนน"]]);
        await h.seed("ค", [["c"]]);
        await h.port.selectCell("โครงการ", "D12");
        expect(await h.selection()).toEqual({ sheet: "โครงการ", cell: "D12" });
        await h.port.selectCell("ก", "$b$3:C4");
        expect(await h.selection()).toEqual({ sheet: "ก", cell: "B3" });
        // nothing else changes
        expect(await h.port.listSheets()).toEqual(["ก", "โครงการ", "ค"]);
        expect((await h.port.readSheet("โครงการ"))!.values).toEqual([["ที่", "โครงการ"], [1, "ถนน"]]);
      });

      it("keeps a sheet's frozen header when selecting on it", async () => {
        await h.port.writeSheet({ name: "แผน", cells: [["หัว"], ["a"]], freeze: { rows: 4, cols: 0 } });
        await h.port.addSheet("อื่น");
        await h.port.selectCell("แผน", "B120");
        expect(await h.selection()).toEqual({ sheet: "แผน", cell: "B120" });
        expect((await h.sheet("แผน")).frozenRows).toBe(4);
      });

      it("refuses a missing sheet with SHEET_MISSING and an address that is not a cell", async () => {
        await h.seed("ก", [["a"]]);
        await expectCode(h.port.selectCell("ไม่มี", "A1"), "SHEET_MISSING");
        await expect(h.port.selectCell("ก", "ไม่ใช่เซลล์")).rejects.toThrow("Not a cell address");
        await expect(h.port.selectCell("ก", "A0")).rejects.toThrow("Not a cell address");
      });
    });

    describe("reading", () => {
      it("returns null for a missing sheet and no values for an empty one", async () => {
        expect(await h.port.readSheet("ไม่มี")).toBeNull();
        await h.port.addSheet("ว่าง");
        const data = await h.port.readSheet("ว่าง");
        expect(data?.values).toEqual([]);
      });

      it("reads the used range with its origin, values and number formats", async () => {
        await h.seed(
          "ข้อมูล",
          [
            [null, null, null],
            [null, "โครงการ", "งบประมาณ"],
            [null, "ถนน คสล.", 150000],
            [null, " 1,632,820 ", true],
            [null, null, 45915],
          ],
          {
            numberFormats: [
              [],
              [],
              ["General", "General", "#,##0.00"],
              [],
              ["General", "General", "[$-107041E]d mmmm yyyy"],
            ],
          },
        );
        const d = await h.port.readSheet("ข้อมูล");
        expect(d).not.toBeNull();
        expect(d!.originRow).toBe(1);
        expect(d!.originCol).toBe(1);
        expect(d!.values).toEqual([
          ["โครงการ", "งบประมาณ"],
          ["ถนน คสล.", 150000],
          [" 1,632,820 ", true],
          [null, 45915],
        ]);
        expect(d!.numberFormats[1][1]).toBe("#,##0.00");
        expect(d!.numberFormats[3][1]).toBe("[$-107041E]d mmmm yyyy");
        expect(d!.fills).toBeUndefined();
      });

      it("reads several sheets at once, null for a missing one, as readSheet would", async () => {
        await h.seed("ก", [["a", 1]]);
        await h.seed("ข", [[null], [null, "b"]], { fills: [[], [null, "#FFC000"]] });
        const seen: number[] = [];
        const [a, missing, b] = await h.port.readSheets(["ก", "ไม่มี", "ข"], { fills: true }, (p) => seen.push(p.rowsRead));
        expect(missing).toBeNull();
        expect(a).toEqual(await h.port.readSheet("ก", { fills: true }));
        expect(b).toEqual(await h.port.readSheet("ข", { fills: true }));
        expect(b!.fills).toEqual([["#FFC000"]]);
        expect(seen.at(-1)).toBe(2);
      });

      it("reads the fills of the rectangles fillsWhere names only, null elsewhere, values as without it", async () => {
        // the used range starts at B2 (row 1, col 1); the rectangle is in sheet coordinates
        await h.seed(
          "เดือน",
          [[], [null, "ชื่อ", "ต.ค.", "พ.ย.", "ธ.ค."], [null, "ก", null, "✓", null], [null, "ข", null, null, "✓"]],
          {
            numberFormats: [[], [], [], ["General", "General", "@"]],
            fills: [[], [null, "#FFC000", "#FFC000", null, null], [null, "#FFFF00", "#A9D08E", null, "#A9D08E"], [null, null, "#A9D08E", "#A9D08E", null]],
          },
        );
        const asked: string[] = [];
        const [d, missing] = await h.port.readSheets(["เดือน", "ไม่มี"], {
          fillsWhere: (data) => {
            asked.push(data.name);
            expect(data.values).toHaveLength(3);
            return { row: 2, col: 2, rows: 5, cols: 2 }; // C3:D…, clipped to the used range
          },
        });
        expect(missing).toBeNull();
        expect(asked).toEqual(["เดือน"]);
        const plain = (await h.port.readSheet("เดือน"))!;
        expect(d!.values).toEqual(plain.values);
        expect(d!.numberFormats).toEqual(plain.numberFormats);
        expect(d!.fills).toEqual([
          [null, null, null, null],
          [null, "#A9D08E", null, null],
          [null, "#A9D08E", "#A9D08E", null],
        ]);
        // several rectangles, and null: no fills read at all
        const two = await h.port.readSheet("เดือน", { fillsWhere: () => [{ row: 1, col: 1, rows: 1, cols: 1 }, { row: 3, col: 4, rows: 1, cols: 1 }] });
        expect(two!.fills).toEqual([
          ["#FFC000", null, null, null],
          [null, null, null, null],
          [null, null, null, null],
        ]);
        const none = await h.port.readSheet("เดือน", { fillsWhere: () => null });
        expect(none!.fills).toEqual([
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
        ]);
      });

      it("skips number formats when told, for every sheet or by name", async () => {
        await h.seed("ก", [["a", 1.5]], { numberFormats: [["@", "#,##0.00"]] });
        await h.seed("ข", [[2]], { numberFormats: [["#,##0.00"]] });
        const [a, b] = await h.port.readSheets(["ก", "ข"], { numberFormats: (name) => name === "ข" });
        expect(a!.values).toEqual([["a", 1.5]]);
        expect(a!.numberFormats).toEqual([]);
        expect(b!.numberFormats).toEqual([["#,##0.00"]]);
        expect((await h.port.readSheet("ก", { numberFormats: false }))!.numberFormats).toEqual([]);
      });

      it("refuses to read with a signal that has fired, with CancelledError", async () => {
        await h.seed("ก", [["a"]]);
        const signal = AbortSignal.abort();
        await expect(h.port.readSheet("ก", { signal })).rejects.toBeInstanceOf(CancelledError);
        await expect(h.port.readSheets(["ก", "ไม่มี"], { signal })).rejects.toBeInstanceOf(CancelledError);
        await expect(h.port.readSheets([], { signal })).rejects.toBeInstanceOf(CancelledError);
        // a signal that has not fired changes nothing
        expect((await h.port.readSheet("ก", { signal: new AbortController().signal }))!.values).toEqual([["a"]]);
      });

      it("reads fill colours only when asked", async () => {
        await h.seed("เดือน", [["x", null, "✓"]], { fills: [[null, "#A9D08E", null]] });
        const d = await h.port.readSheet("เดือน", { fills: true });
        expect(d!.fills).toEqual([[null, "#A9D08E", null]]);
      });
    });

    describe("what the user can see", () => {
      /** Used range B2:E6 (rows 1–5, columns 1–4); hidden rows and columns inside it and around it. */
      const seedHidden = () =>
        h.seed(
          "ซ่อน",
          [
            [],
            [null, "ที่", "โครงการ", "งบ", "หมายเหตุ"],
            [null, 1, "ถนน", 100, "ซ่อนไว้"],
            [null, 2, "ประปา", 200],
            [null, 3, "ไฟฟ้า", 300, "ซ่อนไว้"],
            [null, "รวม", null, 600],
          ],
          { hiddenRows: [0, 2, 4, 9], hiddenColumns: [0, 4, 7] },
        );

      it("tells every sheet's visibility: visible, hidden (Unhide brings it back) or very hidden", async () => {
        await h.seed("เห็น", [["a"]]);
        await h.seed("ซ่อน", [["b"]], { visibility: "hidden" });
        await h.seed("ซ่อนมาก", [["c"]], { visibility: "veryHidden" });
        await h.port.addSheet("ว่าง");
        const all = await h.port.readSheets(["เห็น", "ซ่อน", "ซ่อนมาก", "ว่าง", "ไม่มี"]);
        expect(all.map((d) => d?.visibility)).toEqual(["visible", "hidden", "veryHidden", "visible", undefined]);
        expect((await h.port.readSheet("ซ่อนมาก"))!.visibility).toBe("veryHidden");
        // hidden sheets are read like any other
        expect(all[2]!.values).toEqual([["c"]]);
      });

      it("lists hidden rows and columns inside the used range only, as zero-based sheet indexes, ascending", async () => {
        await seedHidden();
        const d = (await h.port.readSheet("ซ่อน", { hidden: true }))!;
        expect([d.originRow, d.originCol]).toEqual([1, 1]);
        expect(d.hiddenRows).toEqual([2, 4]);
        expect(d.hiddenColumns).toEqual([4]);
        // hidden cells still hold their values, and still count in the used range
        expect(d.values[1]).toEqual([1, "ถนน", 100, "ซ่อนไว้"]);
        expect(d.values).toHaveLength(5);
        // readSheets tells the same
        const [again, other] = await h.port.readSheets(["ซ่อน", "ไม่มี"], { hidden: true });
        expect(again).toEqual(d);
        expect(other).toBeNull();
      });

      it("leaves the hidden lists out unless asked, reading the same values", async () => {
        await seedHidden();
        const plain = (await h.port.readSheet("ซ่อน"))!;
        const asked = (await h.port.readSheet("ซ่อน", { hidden: true }))!;
        expect("hiddenRows" in plain || "hiddenColumns" in plain).toBe(false);
        expect(plain.visibility).toBe("visible");
        const { hiddenRows, hiddenColumns, ...rest } = asked;
        expect([hiddenRows, hiddenColumns]).toEqual([[2, 4], [4]]);
        expect(rest).toEqual(plain);
      });

      it("lists every row of a used range whose rows are all hidden, and nothing for an empty sheet", async () => {
        await h.seed("เห็น", [["a"]]);
        await h.seed("ซ่อนหมด", [[], ["ก", 1], ["ข", 2], ["ค", 3]], { hiddenRows: [1, 2, 3, 5], hiddenColumns: [0, 1] });
        await h.port.addSheet("ว่าง");
        const [all, empty, plain] = await h.port.readSheets(["ซ่อนหมด", "ว่าง", "เห็น"], { hidden: true });
        expect(all!.hiddenRows).toEqual([1, 2, 3]);
        expect(all!.hiddenColumns).toEqual([0, 1]);
        expect(all!.values).toEqual([["ก", 1], ["ข", 2], ["ค", 3]]);
        expect([empty!.hiddenRows, empty!.hiddenColumns]).toEqual([[], []]);
        expect([plain!.hiddenRows, plain!.hiddenColumns]).toEqual([[], []]);
      });

      it("gives fillsWhere the hidden lists with the values", async () => {
        await seedHidden();
        const seen: (readonly number[] | undefined)[] = [];
        const d = await h.port.readSheet("ซ่อน", {
          hidden: true,
          fillsWhere: (data) => {
            // copies: what fillsWhere sees then, not what the lists hold later
            seen.push(data.hiddenRows && [...data.hiddenRows], data.hiddenColumns && [...data.hiddenColumns]);
            return null;
          },
        });
        expect(seen).toEqual([[2, 4], [4]]);
        expect(d!.hiddenRows).toEqual([2, 4]);
      });
    });

    describe("writing cells in place", () => {
      const HEADER = ["ที่", "โครงการ", "งบประมาณ", "แผนงาน"];

      it("writes strings as text, never a formula or a number, and leaves the other cells alone", async () => {
        const risky = ["=x", "=SUM(A1:A2)", "+66 81 234 5678", "@ที่ว่าการ", "00123", "1/2", "TRUE", "แผนงานการศึกษา"];
        await h.seed("โครงการ", [HEADER, ...risky.map((_, i) => [i + 1, `โครงการ ${i + 1}`, 1000 * (i + 1), null])], {
          numberFormats: [[], ["General", "General", "#,##0.00"]],
        });
        await h.port.writeCells(
          "โครงการ",
          risky.map((value, i) => ({ row: i + 1, col: 3, value })),
        );
        for (let i = 0; i < risky.length; i++) {
          const c = await h.cell("โครงการ", i + 1, 3);
          expect({ value: c.value, isFormula: c.isFormula, numberFormat: c.numberFormat }).toEqual({
            value: risky[i],
            isFormula: false,
            numberFormat: "@",
          });
        }
        const d = await h.port.readSheet("โครงการ");
        expect(d!.values[0]).toEqual(HEADER);
        expect(d!.values.slice(1).map((r) => r[3])).toEqual(risky);
        expect(d!.values[1].slice(0, 3)).toEqual([1, "โครงการ 1", 1000]);
        expect(d!.numberFormats[1][2]).toBe("#,##0.00");
      });

      it("clears a cell given null or \"\", keeping its fill and number format", async () => {
        await h.seed(
          "โครงการ",
          [
            ["ก", "ข"],
            ["เดิม", "=ไม่ใช่สูตร"],
            ["ค", 5],
          ],
          { numberFormats: [[], ["@", "@"], ["General", "#,##0.00"]], fills: [[], ["#FFC000", null], [null, "#A9D08E"]] },
        );
        await h.port.writeCells("โครงการ", [
          { row: 1, col: 0, value: null },
          { row: 1, col: 1, value: "" },
          { row: 2, col: 1, value: null },
        ]);
        expect(await h.cell("โครงการ", 1, 0)).toMatchObject({ value: null, isFormula: false, numberFormat: "@", fill: "#FFC000" });
        expect(await h.cell("โครงการ", 1, 1)).toMatchObject({ value: null, isFormula: false, numberFormat: "@" });
        expect(await h.cell("โครงการ", 2, 1)).toMatchObject({ value: null, numberFormat: "#,##0.00", fill: "#A9D08E" });
        const d = await h.port.readSheet("โครงการ", { fills: true });
        expect(d!.values).toEqual([
          ["ก", "ข"],
          [null, null],
          ["ค", null],
        ]);
        expect(d!.fills![1][0]).toBe("#FFC000");
      });

      it("writes runs, scattered cells and repeats (the last wins) in any order", async () => {
        await h.seed("แผน", [["หัว"]]);
        const cells = [
          ...Array.from({ length: 30 }, (_, i) => ({ row: 40 - i, col: 4, value: `ยุทธศาสตร์ ${40 - i}` })),
          { row: 2, col: 4, value: "ชั่วคราว" },
          { row: 3, col: 5, value: "แผนงานสาธารณสุข" },
          { row: 5, col: 5, value: "แผนงานการศึกษา" },
          { row: 2, col: 4, value: "สุดท้าย" },
          { row: 0, col: 27, value: "ไกล" },
        ];
        await h.port.writeCells("แผน", cells);
        const d = await h.port.readSheet("แผน");
        expect(d!.originRow).toBe(0);
        expect(d!.values).toHaveLength(41);
        const at = (r: number, c: number) => d!.values[r - d!.originRow]?.[c - d!.originCol] ?? null;
        expect([at(0, 0), at(0, 27), at(2, 4), at(3, 5), at(4, 5), at(5, 5)]).toEqual(["หัว", "ไกล", "สุดท้าย", "แผนงานสาธารณสุข", null, "แผนงานการศึกษา"]);
        for (let r = 11; r <= 40; r++) expect(at(r, 4)).toBe(`ยุทธศาสตร์ ${r}`);
        expect([at(3, 4), at(10, 4)]).toEqual([null, null]);
      });

      it("writes numbers and dates as values: text cells become General, General cells get a date format", async () => {
        await h.seed("ค่า", [["ก", "ข", "ค"]], { numberFormats: [["@", "#,##0.00", "General"]] });
        await h.port.writeCells("ค่า", [
          { row: 0, col: 0, value: 150000 },
          { row: 0, col: 1, value: 1632820.5 },
          { row: 0, col: 2, value: { date: "2025-10-01" } },
          { row: 1, col: 0, value: true },
        ]);
        const d = await h.port.readSheet("ค่า");
        expect(d!.values).toEqual([
          [150000, 1632820.5, isoToSerial("2025-10-01")],
          [true, null, null],
        ]);
        expect(d!.numberFormats[0]).toEqual(["General", "#,##0.00", DATE_FORMAT_BE]);
      });

      it("gives a date the Buddhist-era date format in a number-formatted cell, and keeps a date format it finds", async () => {
        const OWN_DATE = "d/m/yyyy";
        await h.seed("วันที่", [["ก", "ข", "ค", "ง"]], { numberFormats: [["#,##0", "0.00", OWN_DATE, "@"]] });
        await h.port.writeCells(
          "วันที่",
          [0, 1, 2, 3].map((col) => ({ row: 0, col, value: { date: "2025-11-03" } })),
        );
        const d = await h.port.readSheet("วันที่");
        expect(d!.values[0]).toEqual(Array(4).fill(isoToSerial("2025-11-03")));
        expect(d!.numberFormats[0]).toEqual([DATE_FORMAT_BE, DATE_FORMAT_BE, OWN_DATE, DATE_FORMAT_BE]);
        // The readers take every one of them for the date (a "#,##0" cell would read as the number 45964).
        for (let c = 0; c < 4; c++) expect(parseDate(d!.values[0][c], d!.numberFormats[0][c])).toMatchObject({ kind: "date", iso: "2025-11-03" });
      });

      it("changes only the written cells' formats on a sheet whose cells share styles", async () => {
        await h.port.writeSheet({
          name: "แบบ",
          cells: [["แผนงาน"], [null], [null], [null]],
          formats: [{ range: rect(0, 0, 4, 1), style: { fontSize: 16, fill: "#DDEBF7", numberFormat: "General" } }],
        });
        await h.port.writeCells("แบบ", [{ row: 2, col: 0, value: "แผนงานการศึกษา" }]);
        expect(await h.cell("แบบ", 2, 0)).toMatchObject({ value: "แผนงานการศึกษา", numberFormat: "@", fontSize: 16, fill: "#DDEBF7" });
        for (const row of [1, 3]) expect(await h.cell("แบบ", row, 0)).toMatchObject({ value: null, numberFormat: "General", fill: "#DDEBF7" });
      });

      it("refuses a missing sheet with SHEET_MISSING, writing nothing", async () => {
        await h.seed("ก", [["a"]]);
        await expectCode(h.port.writeCells("ไม่มี", [{ row: 0, col: 0, value: "x" }]), "SHEET_MISSING");
        await expectCode(h.port.writeCells("ไม่มี", []), "SHEET_MISSING");
        expect(await h.sheetNames()).toEqual(["ก"]);
        await expect(h.port.writeCells("ก", [{ row: -1, col: 0, value: "x" }])).rejects.toThrow("Not a cell position");
        expect((await h.port.readSheet("ก"))!.values).toEqual([["a"]]);
      });
    });

    describe("writing", () => {
      const risky = ["=SUM(A1:A2)", "+66 81 234 5678", "-", "- 5 -", "@ที่ว่าการ", "00123", "1/2", "1,234", "TRUE"];

      it("keeps every user string as text, never a formula or a number", async () => {
        await h.port.writeSheet({ name: "ข้อความ", cells: risky.map((s) => [s]) });
        for (let r = 0; r < risky.length; r++) {
          const c = await h.cell("ข้อความ", r, 0);
          expect({ value: c.value, isFormula: c.isFormula }).toEqual({ value: risky[r], isFormula: false });
        }
        const d = await h.port.readSheet("ข้อความ");
        expect(d!.values.map((r) => r[0])).toEqual(risky);
      });

      it("writes numbers, booleans and date cells as real values", async () => {
        await h.port.writeSheet({
          name: "ค่า",
          cells: [[1632820.5, false, { date: "2025-09-16" }]],
          formats: [{ range: rect(0, 2), style: { numberFormat: "[$-107041E]d mmmm yyyy" } }],
        });
        const d = await h.port.readSheet("ค่า");
        expect(d!.values).toEqual([[1632820.5, false, isoToSerial("2025-09-16")]]);
        expect(d!.numberFormats[0][2]).toBe("[$-107041E]d mmmm yyyy");
        expect((await h.cell("ค่า", 0, 0)).numberFormat).not.toBe("@");
      });

      it("applies range styles: fonts, fills, alignment, wrap, borders and outlines", async () => {
        const spec: SheetSpec = {
          name: "รูปแบบ",
          cells: [
            ["หัว", "หัว2", "หัว3"],
            ["ก", "ข", "ค"],
            ["ง", "จ", "ฉ"],
          ],
          formats: [
            { range: rect(0, 0, 3, 3), style: { fontName: "TH SarabunPSK", fontSize: 16 } },
            { range: rect(0, 0, 1, 3), style: { bold: true, fill: "#DDEBF7", hAlign: "center", border: "thin" } },
            { range: rect(1, 0, 2, 3), style: { wrap: true, outline: "medium" } },
          ],
        };
        await h.port.writeSheet(spec);
        const head = await h.cell("รูปแบบ", 0, 1);
        expect(head).toMatchObject({ fontName: "TH SarabunPSK", fontSize: 16, bold: true, fill: "#DDEBF7", hAlign: "center" });
        expect([head.borderTop, head.borderBottom, head.borderLeft, head.borderRight]).toEqual(["thin", "thin", "thin", "thin"]);
        const middle = await h.cell("รูปแบบ", 1, 1);
        expect(middle.wrap).toBe(true);
        expect(middle.bold).toBeFalsy();
        expect(middle.fill).toBeUndefined();
        expect(middle.borderTop).toBe("medium");
        expect([middle.borderLeft ?? "none", middle.borderRight ?? "none"]).toEqual(["none", "none"]);
        const corner = await h.cell("รูปแบบ", 2, 2);
        expect([corner.borderBottom, corner.borderRight]).toEqual(["medium", "medium"]);
        expect((await h.cell("รูปแบบ", 2, 0)).borderLeft).toBe("medium");
      });

      it("writes merges, widths, heights, dropdowns, freeze panes, print setup and tab colour", async () => {
        // Excel refuses a dropdown whose source sheet does not exist yet.
        await h.seed("รายการเลือก", [["แผนงาน"]]);
        await h.port.writeSheet({
          name: "พิมพ์",
          cells: [["หัวเรื่อง"], ["a", "b"], ["c", "d"]],
          formats: [{ range: rect(0, 0, 5, 2), style: { fontSize: 16 } }],
          merges: [rect(0, 0, 1, 2)],
          columnWidths: [10, 30],
          defaultRowHeight: 24,
          rowHeights: [{ row: 0, height: 36 }],
          validations: [
            { range: rect(1, 0, 4, 1), items: ["โครงการ", "ครุภัณฑ์"] },
            { range: rect(1, 1, 4, 1), source: "'รายการเลือก'!$A$2:$A$13" },
          ],
          freeze: { rows: 1, cols: 0 },
          print: {
            orientation: "landscape",
            paper: "A4",
            fitToPagesWide: 1,
            repeatRows: { from: 0, to: 1 },
            margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 },
            centerHorizontally: true,
            centerFooter: "หน้า &P/&N",
          },
          tabColor: "#2F75B5",
        });
        const s = await h.sheet("พิมพ์");
        expect(s.merges).toEqual(["A1:B1"]);
        expect(s.columnWidth(0)).toBeCloseTo(10, 0);
        expect(Math.abs(s.columnWidth(1)! - 30)).toBeLessThan(0.6);
        expect(s.rowHeight(0)).toBe(36);
        expect(s.rowHeight(1)).toBe(24);
        expect(s.rowHeight(4)).toBe(24);
        expect(s.validationAt(2, 0)?.items).toEqual(["โครงการ", "ครุภัณฑ์"]);
        expect(s.validationAt(4, 1)?.source?.replace(/^=/, "")).toBe("'รายการเลือก'!$A$2:$A$13");
        expect(s.validationAt(0, 0)).toBeUndefined();
        expect(s.frozenRows).toBe(1);
        // two narrow columns fit one page wide unshrunk: a scale of 100, no fit-to-pages
        expect(s.print).toMatchObject({ orientation: "landscape", paperA4: true, scale: 100, repeatRows: "$1:$2", centerFooter: "หน้า &P/&N" });
        expect(s.print.fitToPagesWide).toBeUndefined();
        expect(s.tabColor?.toUpperCase()).toBe("#2F75B5");
      });

      it("prints one page wide at the scale its columns need, never by fit-to-pages", async () => {
        // 30 columns of 12 characters: 30 × (12 × 7 + 5) px × 0.75 = 2,002.5 pt on 93 % of 841.9 − 2 × 0.4 × 72 = 784.3 pt: 36.4 %
        const spec: SheetSpec = {
          name: "กว้าง",
          cells: [Array.from({ length: 30 }, (_, c) => `คอลัมน์ ${c + 1}`)],
          columnWidths: Array.from({ length: 30 }, () => 12),
          print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 } },
        };
        await h.port.writeSheet(spec);
        const s = await h.sheet("กว้าง");
        expect(s.print.scale).toBe(36);
        expect(s.print.fitToPagesWide).toBeUndefined();
      });

      it("never writes onto an existing sheet unless told to replace it, and keeps its place", async () => {
        await h.seed("ก", [["a"]]);
        await h.seed("ผด.01", [["ของเดิม"]]);
        await h.seed("ข", [["b"]]);
        await expect(h.port.writeSheet({ name: "ผด.01", cells: [["ใหม่"]] })).rejects.toMatchObject({ code: "SHEET_EXISTS" });
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ของเดิม"]]);
        await h.port.writeSheet({ name: "ผด.01", cells: [["ใหม่"]] }, { replace: true });
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ใหม่"]]);
        expect(await h.port.listSheets()).toEqual(["ก", "ผด.01", "ข"]);
      });

      it("places a sheet where asked", async () => {
        await h.seed("ก", [["a"]]);
        await h.seed("ข", [["b"]]);
        await h.port.writeSheet({ name: "รายการ", cells: [["x"]] }, { position: 1 });
        await h.port.writeSheet({ name: "ท้าย", cells: [["y"]] });
        await h.port.writeSheet({ name: "หน้า", cells: [["z"]] }, { position: 0 });
        expect(await h.port.listSheets()).toEqual(["หน้า", "ก", "รายการ", "ข", "ท้าย"]);
        expect(await h.sheetNames()).toEqual(["หน้า", "ก", "รายการ", "ข", "ท้าย"]);
      });

      it("reports progress up to the last row", async () => {
        const seen: number[] = [];
        const cells = Array.from({ length: 250 }, (_, i) => [`แถว ${i}`, i]);
        await h.port.writeSheet({ name: "ยาว", cells }, {}, (p) => {
          expect(p.rowsTotal).toBe(250);
          seen.push(p.rowsWritten);
        });
        expect(seen.at(-1)).toBe(250);
        expect((await h.port.readSheet("ยาว"))!.values).toHaveLength(250);
      });

      it("round-trips the input template's project sheet", async () => {
        await h.seed("รายการเลือก", [["แผนงาน"]]);
        const spec = buildProjectSheet(2569, [
          { cells: { no: 1, name: "โครงการก่อสร้างถนน คสล.", budget: 150000, plan: "แผนงานอุตสาหกรรมและการโยธา" }, months: [null, null, "✓", "✓"] },
        ]);
        await h.port.writeSheet(spec);
        const d = await h.port.readSheet("โครงการ");
        expect(d!.originRow).toBe(0);
        expect(d!.values[2].slice(0, 4)).toEqual(["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)"]);
        expect(d!.values[3].slice(11, 14)).toEqual(["ต.ค.", "พ.ย.", "ธ.ค."]);
        expect(d!.values[4].slice(0, 4)).toEqual([1, "โครงการก่อสร้างถนน คสล.", null, 150000]);
        expect(d!.values[4].slice(11, 15)).toEqual([null, null, "✓", "✓"]);
        expect(d!.merges?.map((m) => `${m.row},${m.col},${m.rows},${m.cols}`)).toEqual(expect.arrayContaining(["2,11,1,3", "2,14,1,9", "2,0,2,1"]));
        const s = await h.sheet("โครงการ");
        expect(s.frozenRows).toBe(4);
        expect(s.validationAt(500, 7)?.source).toContain("รายการเลือก");
      });
    });

    describe("reports: data bars", () => {
      const BLUE = "#4472C4";
      const ORANGE = "#F4B183";
      /** รายงานผล: per ยุทธศาสตร์, per cent done (C) and per cent disbursed (E); one row left blank. */
      const report = (): SheetSpec => ({
        name: "รายงานผล",
        cells: [
          ["รายงานผลการดำเนินงาน"],
          ["ยุทธศาสตร์", "โครงการ", "ร้อยละดำเนินการ", "งบประมาณ", "ร้อยละเบิกจ่าย"],
          ["ยุทธศาสตร์ที่ 1", 12, 0, 1500000, 12.5],
          ["ยุทธศาสตร์ที่ 2", 8, 25, 800000, 100],
          ["ยุทธศาสตร์ที่ 3", 4, 50, 0, 0],
          ["ยุทธศาสตร์ที่ 4", 0, null, null, null],
          ["ยุทธศาสตร์ที่ 5", 3, 100, 250000, 64.8],
        ],
        conditionalFills: [{ range: rect(2, 0, 5, 1), fill: "#FFF2CC" }],
        dataBars: [
          { range: rect(2, 2, 5, 1), color: BLUE, min: 0, max: 100 },
          { range: rect(2, 4, 5, 1), color: ORANGE, min: 0, max: 100 },
        ],
      });

      it("writes one solid bar rule per range, between the spec's fixed bounds, the later on top", async () => {
        await h.port.writeSheet(report());
        const s = await h.sheet("รายงานผล");
        // The range's own lowest and highest (0 and 100 here, 0 and 100 in E) must not stand in:
        // bounds are the numbers written, whatever the column holds.
        expect(s.dataBars).toEqual([
          { range: "E3:E7", color: ORANGE, min: 0, max: 100, solid: true },
          { range: "C3:C7", color: BLUE, min: 0, max: 100, solid: true },
        ]);
        // The fill beside the bars keeps working, and a bar is no cell fill.
        expect(s.conditionalFills).toEqual([{ range: "A3:A7", fill: "#FFF2CC", formula: "LEN(A3)>0" }]);
        expect([s.conditionalFillAt(2, 0), s.conditionalFillAt(2, 2), s.conditionalFillAt(3, 4)]).toEqual(["#FFF2CC", undefined, undefined]);
        expect((await h.cell("รายงานผล", 3, 2)).fill).toBeUndefined();
        expect((await h.cell("รายงานผล", 3, 2)).value).toBe(25);
      });

      it("keeps bounds that are not 0 and 100, fractions included", async () => {
        await h.port.writeSheet({ name: "เบิกจ่าย", cells: [[0.25], [0.5]], dataBars: [{ range: rect(0, 0, 2, 1), color: "#70AD47", min: 0.1, max: 0.9 }] });
        expect((await h.sheet("เบิกจ่าย")).dataBars).toEqual([{ range: "A1:A2", color: "#70AD47", min: 0.1, max: 0.9, solid: true }]);
      });

      it("writes no bar for a spec without dataBars, and leaves none of an earlier write of the sheet", async () => {
        await h.port.writeSheet({ name: "ว่าง", cells: [[50]] });
        expect((await h.sheet("ว่าง")).dataBars).toEqual([]);
        await h.port.writeSheet(report());
        await h.port.writeSheet({ ...report(), dataBars: [{ range: rect(2, 2, 5, 1), color: BLUE, min: 0, max: 50 }] }, { replace: true });
        expect((await h.sheet("รายงานผล")).dataBars).toEqual([{ range: "C3:C7", color: BLUE, min: 0, max: 50, solid: true }]);
      });
    });

    describe("forms: month bars, print area, hidden marker, fitted rows", () => {
      const BAR = "▬";
      const GREEN = "#A9D08E";
      /** Rows 3–8, months in G..R (cols 6–17): a bar in the months each row names. */
      const monthsOf = [[0, 1, 2], [], [5], [11], [3, 4, 5, 6], [17 - 6]];
      const form = (): SheetSpec => ({
        name: "ผด.02",
        cells: [
          ["แบบ ผด.02"],
          [],
          ["ที่", "โครงการ"],
          ...monthsOf.map((months, i) => {
            const line: (string | number | null)[] = [i + 1, `โครงการ ${i + 1}`, null, null, null, null];
            for (let m = 0; m < 12; m++) line.push(months.includes(m) ? BAR : null);
            line.push("OPPLAN");
            return line;
          }),
          // a bar-like glyph outside the grid must stay unfilled
          [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, BAR],
        ],
        formats: [{ range: rect(0, 0, 10, 20), style: { fontSize: 16 } }],
        conditionalFills: [{ range: rect(3, 6, 6, 12), fill: GREEN }],
        printArea: rect(0, 0, 10, 18),
        hiddenColumns: [18],
      });

      it("fills every non-blank month cell through one conditional rule, relative to the grid's corner", async () => {
        await h.port.writeSheet(form());
        const s = await h.sheet("ผด.02");
        expect(s.conditionalFills).toEqual([{ range: "G4:R9", fill: GREEN, formula: "LEN(G4)>0" }]);
        monthsOf.forEach((months, i) => {
          for (let m = 0; m < 12; m++) expect([i, m, s.conditionalFillAt(3 + i, 6 + m)]).toEqual([i, m, months.includes(m) ? GREEN : undefined]);
        });
        expect(s.conditionalFillAt(3, 1)).toBeUndefined();
        expect(s.conditionalFillAt(9, 19)).toBeUndefined();
        // a conditional fill is no cell fill: readers of month fills see none
        expect((await h.cell("ผด.02", 3, 6)).fill).toBeUndefined();
        expect((await h.port.readSheet("ผด.02", { fills: true }))!.fills!.flat().every((f) => f === null)).toBe(true);
      });

      it("prints only the print area and hides the marker column, keeping its values", async () => {
        await h.port.writeSheet(form());
        const s = await h.sheet("ผด.02");
        expect(s.printArea).toBe("A1:R10");
        expect(s.hiddenColumns).toEqual([18]);
        expect((await h.cell("ผด.02", 3, 18)).value).toBe("OPPLAN");
      });

      it("hides runs and scattered columns", async () => {
        await h.port.writeSheet({ name: "ซ่อน", cells: [["a", "b", "c", "d", "e", "f"]], hiddenColumns: [1, 2, 5] });
        expect((await h.sheet("ซ่อน")).hiddenColumns).toEqual([1, 2, 5]);
      });

      it("fits the autofit span's rows to wrapped text (files take the spec's estimates), other rows as given", async () => {
        const long = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัวถึงบ้านโนนสูง หมู่ที่ 5";
        await h.port.writeSheet({
          name: "สูง",
          cells: [["หัว"], ["สั้น"], [long], ["สั้น"], ["ท้าย"]],
          formats: [
            { range: rect(0, 0, 5, 1), style: { fontSize: 16 } },
            { range: rect(1, 0, 3, 1), style: { wrap: true } },
          ],
          columnWidths: [12],
          defaultRowHeight: 24,
          rowHeights: [
            { row: 0, height: 36 },
            { row: 1, height: 24 },
            { row: 2, height: 144 },
            { row: 3, height: 24 },
          ],
          autofitRows: { from: 1, to: 3 },
        });
        const s = await h.sheet("สูง");
        expect(s.rowHeight(0)).toBe(36);
        expect(s.rowHeight(4)).toBe(24);
        expect(s.rowHeight(2)).toBeGreaterThan(48);
        expect(s.rowHeight(1)).toBeLessThan(s.rowHeight(2)!);
      });
    });

    describe("the plan book: page numbers, page breaks, pictures", () => {
      const text = (name: string, rows: number, print: Partial<NonNullable<SheetSpec["print"]>> = {}, extra: Partial<SheetSpec> = {}): SheetSpec => ({
        name,
        cells: Array.from({ length: rows }, (_, r) => [`ย่อหน้า ${r + 1}`]),
        columnWidths: [60],
        defaultRowHeight: 24,
        print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, ...print },
        ...extra,
      });

      it("numbers the first page as asked and breaks the pages where OpPlan put them", async () => {
        await h.port.writeSheet(text("ส่วนที่ 1", 60, { firstPageNumber: 5, pageBreaks: [25, 50], centerFooter: "หน้า &P" }));
        const s = await h.sheet("ส่วนที่ 1");
        expect(s.print).toMatchObject({ firstPageNumber: 5, pageBreaks: [25, 50], centerFooter: "หน้า &P" });
        expect(s.print.firstPageFooter).toBeUndefined();
      });

      it("gives the first page a footer of its own, the others theirs", async () => {
        await h.port.writeSheet(text("คำนำ", 40, { firstPageFooter: "ก", centerFooter: "ข", pageBreaks: [30] }));
        expect((await h.sheet("คำนำ")).print).toMatchObject({ firstPageFooter: "ก", centerFooter: "ข", pageBreaks: [30] });
        // a one-page part: its letter on the first page and nothing else
        await h.port.writeSheet(text("สารบัญ", 10, { firstPageFooter: "ค" }));
        const one = (await h.sheet("สารบัญ")).print;
        expect([one.firstPageFooter, one.centerFooter, one.firstPageNumber]).toEqual(["ค", undefined, undefined]);
      });

      it("leaves numbering automatic and breaks to the host when the spec says nothing", async () => {
        await h.port.writeSheet(text("ปก", 10));
        const s = await h.sheet("ปก");
        expect([s.print.firstPageNumber, s.print.firstPageFooter, s.print.pageBreaks]).toEqual([undefined, undefined, []]);
        expect(s.images).toEqual([]);
      });

      it("refuses a first page number under 1, or a picture without a size, before writing anything", async () => {
        await expect(h.port.writeSheet(text("ก", 3, { firstPageNumber: 0 }))).rejects.toThrow("first page number");
        const bad = { base64: solidPng(4, 4), extension: "png" as const, row: 0, col: 0, width: 0, height: 10 };
        await expect(h.port.replaceSheets([text("ข", 3), text("ค", 3, {}, { images: [bad] })])).rejects.toThrow("picture");
        expect(await h.sheetNames()).toEqual([]);
      });

      it("places a picture over its cell, offset and sized in points", async () => {
        // column A 10 characters (75 px, 56.25 pt), row 1 36 pt: B2 is at (56.25, 36); offset (6, 3)
        await h.port.writeSheet({
          ...text("ประกาศ", 5, {}, { columnWidths: [10, 20], rowHeights: [{ row: 0, height: 36 }] }),
          images: [{ base64: solidPng(40, 40), extension: "png", row: 1, col: 1, offsetX: 6, offsetY: 3, width: 90, height: 45 }],
        });
        const [image, ...more] = (await h.sheet("ประกาศ")).images;
        expect(more).toEqual([]);
        expect(image.left).toBeCloseTo(62.25, 1);
        expect(image.top).toBeCloseTo(39, 1);
        expect([image.width, image.height]).toEqual([90, 45]);
      });

      it("keeps a paginated sheet's own row heights: its pages were counted on them", async () => {
        const long = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัวถึงบ้านโนนสูง หมู่ที่ 5";
        await h.port.writeSheet({
          name: "ผด.02",
          cells: [["หัว"], [long], ["สั้น"]],
          formats: [{ range: rect(0, 0, 3, 1), style: { fontSize: 16, wrap: true } }],
          columnWidths: [12],
          defaultRowHeight: 24,
          rowHeights: [{ row: 1, height: 144 }],
          autofitRows: { from: 1, to: 2 },
          print: { orientation: "landscape", paper: "A4", pageBreaks: [] },
        });
        const s = await h.sheet("ผด.02");
        expect([s.rowHeight(0), s.rowHeight(1), s.rowHeight(2)]).toEqual([24, 144, 24]);
      });
    });

    describe("replacing several sheets as one change", () => {
      const sheet = (name: string, text: string, rows = 3): SheetSpec => ({
        name,
        cells: [[name], ...Array.from({ length: rows - 1 }, (_, r) => [text, r + 1])],
        formats: [{ range: rect(0, 0, rows, 2), style: { fontSize: 16 } }],
        conditionalFills: [{ range: rect(1, 1, rows - 1, 1), fill: "#A9D08E" }],
        printArea: rect(0, 0, rows, 2),
      });
      const seedPlan = async () => {
        await h.seed("ก", [["a"]]);
        await h.seed("ผด.01", [["ผด.01 เดิม"]]);
        await h.seed("ข", [["b"]]);
        await h.seed("ผด.02", [["ผด.02 เดิม"]]);
      };

      it("replaces the sheets of the same names in their places and adds new ones last, in spec order", async () => {
        await seedPlan();
        const seen: { rowsWritten: number; rowsTotal: number }[] = [];
        // spec order differs from sheet order on purpose
        await h.port.replaceSheets([sheet("ผด.02", "ใหม่ 2", 4), sheet("ผด.02-1", "ใหม่ 3"), sheet("ผด.01", "ใหม่ 1", 5)], (p) => seen.push(p));
        expect(await h.port.listSheets()).toEqual(["ก", "ผด.01", "ข", "ผด.02", "ผด.02-1"]);
        expect(await h.sheetNames()).toEqual(["ก", "ผด.01", "ข", "ผด.02", "ผด.02-1"]);
        expect((await h.port.readSheet("ผด.01"))!.values.slice(0, 2)).toEqual([["ผด.01", null], ["ใหม่ 1", 1]]);
        expect((await h.port.readSheet("ผด.02"))!.values).toHaveLength(4);
        expect((await h.port.readSheet("ผด.02-1"))!.values[1]).toEqual(["ใหม่ 3", 1]);
        expect((await h.port.readSheet("ก"))!.values).toEqual([["a"]]);
        // what was written under a temporary name follows the sheet to its final name
        const s = await h.sheet("ผด.01");
        expect([s.printArea, s.conditionalFills.length, s.conditionalFillAt(2, 1)]).toEqual(["A1:B5", 1, "#A9D08E"]);
        expect(seen.at(-1)).toEqual({ rowsWritten: 12, rowsTotal: 12 });
        expect(seen.map((p) => p.rowsWritten)).toEqual([...seen.map((p) => p.rowsWritten)].sort((a, b) => a - b));
      });

      it("puts the written sheets after every other sheet, together, in spec order, when asked", async () => {
        await seedPlan();
        await h.port.selectCell("ข", "B2");
        const book = [sheet("ปก", "ใหม่"), sheet("ผด.02", "ใหม่ 2"), sheet("ผด.01", "ใหม่ 1")];
        await h.port.replaceSheets(book, undefined, { together: true });
        expect(await h.sheetNames()).toEqual(["ก", "ข", "ปก", "ผด.02", "ผด.01"]);
        expect(await h.port.listSheets()).toEqual(["ก", "ข", "ปก", "ผด.02", "ผด.01"]);
        expect((await h.port.readSheet("ผด.01"))!.values[1]).toEqual(["ใหม่ 1", 1]);
        // the open sheet is still the one that was open
        expect((await h.selection())?.sheet).toBe("ข");
        // a sheet the user adds later goes before the book the next time it is written
        await h.seed("ภาคผนวก", [["ของผู้ใช้"]]);
        await h.port.replaceSheets(book, undefined, { together: true });
        expect(await h.sheetNames()).toEqual(["ก", "ข", "ภาคผนวก", "ปก", "ผด.02", "ผด.01"]);
        // without it, replaced sheets keep their places
        await h.port.replaceSheets([sheet("ปก", "อีกครั้ง")]);
        expect(await h.sheetNames()).toEqual(["ก", "ข", "ภาคผนวก", "ปก", "ผด.02", "ผด.01"]);
      });

      it("replaces a workbook's only sheets", async () => {
        await h.seed("ผด.01", [["เดิม"]]);
        await h.port.replaceSheets([sheet("ผด.01", "ใหม่")]);
        expect(await h.sheetNames()).toEqual(["ผด.01"]);
        expect((await h.port.readSheet("ผด.01"))!.values[1]).toEqual(["ใหม่", 1]);
      });

      it("leaves every sheet as it was when one fails to build, with no temporary sheet left", async () => {
        await seedPlan();
        const bad: SheetSpec = { name: "ผด.02-1", cells: [["ผด.02-1"], [{ date: "2568-02-30" }]] };
        await expect(h.port.replaceSheets([sheet("ผด.01", "ใหม่ 1"), sheet("ผด.02", "ใหม่ 2"), bad])).rejects.toThrow("Not an ISO date");
        expect(await h.sheetNames()).toEqual(["ก", "ผด.01", "ข", "ผด.02"]);
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ผด.01 เดิม"]]);
        expect((await h.port.readSheet("ผด.02"))!.values).toEqual([["ผด.02 เดิม"]]);
      });

      it("refuses bad or repeated names before touching anything, and does nothing for no sheets", async () => {
        await seedPlan();
        await expectCode(h.port.replaceSheets([sheet("ผด.01", "x"), sheet("ผด/02", "x")]), "INVALID_NAME");
        await expect(h.port.replaceSheets([sheet("ผด.01", "x"), sheet("ผด.01", "y")])).rejects.toThrow("twice");
        await h.port.replaceSheets([]);
        expect(await h.sheetNames()).toEqual(["ก", "ผด.01", "ข", "ผด.02"]);
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ผด.01 เดิม"]]);
      });

      /** About 4.5 MB of Thai text: more than one Office request carries, so its build takes several. */
      const heavy = (name: string): SheetSpec => ({
        name,
        cells: Array.from({ length: 1000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${"ก".repeat(150)} ${r}:${c}`)),
      });

      it("leaves every sheet as it was when cancelled part-way (from onProgress), with no temporary sheet left", async () => {
        await seedPlan();
        // a sheet the port generated before, to be replaced
        await h.port.replaceSheets([sheet("ผด.02", "รุ่นก่อน", 4)]);
        const names = await h.sheetNames();
        const generated = (await h.port.readSheet("ผด.02"))!.values;
        const controller = new AbortController();
        const seen: WriteProgress[] = [];
        const cancelled = h.port.replaceSheets([heavy("ผด.02"), sheet("ผด.01", "ใหม่"), sheet("ผด.02-1", "ใหม่")], (p) => {
          seen.push(p);
          controller.abort();
        }, { signal: controller.signal });
        await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
        // the abort came from a report of the build, not after it
        expect(seen.length).toBeGreaterThan(0);
        expect(seen[0].rowsWritten).toBeLessThan(seen[0].rowsTotal);
        expect(await h.sheetNames()).toEqual(names);
        expect(await h.port.listSheets()).toEqual(names);
        expect((await h.port.readSheet("ผด.02"))!.values).toEqual(generated);
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ผด.01 เดิม"]]);
        // and the next run goes through
        await h.port.replaceSheets([sheet("ผด.02", "ใหม่ 2")], undefined, { signal: new AbortController().signal });
        expect((await h.port.readSheet("ผด.02"))!.values[1]).toEqual(["ใหม่ 2", 1]);
        expect(await h.sheetNames()).toEqual(names);
      });

      it("writes nothing when the signal fired before the call", async () => {
        await seedPlan();
        await expect(h.port.replaceSheets([sheet("ผด.01", "ใหม่")], undefined, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
        expect(await h.sheetNames()).toEqual(["ก", "ผด.01", "ข", "ผด.02"]);
        expect((await h.port.readSheet("ผด.01"))!.values).toEqual([["ผด.01 เดิม"]]);
      });

      it("picks another temporary name when the usual one is taken", async () => {
        await h.seed("~ผด.01", [["ของผู้ใช้"]]);
        await h.seed("ผด.01", [["เดิม"]]);
        await h.port.replaceSheets([sheet("ผด.01", "ใหม่")]);
        expect(await h.sheetNames()).toEqual(["~ผด.01", "ผด.01"]);
        expect((await h.port.readSheet("~ผด.01"))!.values).toEqual([["ของผู้ใช้"]]);
      });
    });
  });
}
