/**
 * The pane's own .xlsx reader (src/workbook/xlsxRead.ts), on files ExcelJS writes as officers'
 * Excel would hold them and on parts written by hand the way other programs save them
 * (prefixed namespaces, inline strings, rows without numbers). The expected values are typed
 * here, not read back through ExcelJS.
 */
import { JSDOM } from "jsdom";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { readXlsxSheets, resolvePath } from "../../src/workbook/xlsxRead";
import { XlsxFileError, inflateRaw } from "../../src/workbook/xlsxZip";
import { book, merge, put, sum, rich, xlsx } from "../field/workbooks/sheet";

// The pane has DOMParser from the browser; Node's DecompressionStream is the browser's API.
beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM("").window.DOMParser;
});

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** A ผ.02 page as typed in a real 2566–2570 file: heading rows, two merged header rows, amounts as numbers, "-" and text. */
async function planFile(): Promise<Uint8Array> {
  const wb = book();
  const cover = wb.addWorksheet("ผ.01");
  put(cover, 1, [["บัญชีสรุปโครงการพัฒนา"], ["ยุทธศาสตร์", "จำนวน", "งบประมาณ"]]);
  const ws = wb.addWorksheet("ผ.02 ยุทธ1");
  put(ws, 1, [
    [null, null, null, null, null, null, null, null, null, null, "แบบ ผ.02"],
    ["รายละเอียดโครงการพัฒนา"],
    ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"],
  ]);
  put(ws, 5, [["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"], ["(1) แผนงานอุตสาหกรรมและการโยธา"]]);
  put(ws, 7, [
    ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย\n(ผลผลิตของโครงการ)", "งบประมาณ"],
    [null, null, null, null, "2566\n(บาท)", "2567\n(บาท)", "2568\n(บาท)", "2569\n(บาท)", "2570\n(บาท)"],
    [1, "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 3", "เพื่อการสัญจร", "กว้าง 4 ม. ยาว 200 ม.", 450000, "-", " 1,632,820 ", null, 500000],
    [2, rich("ขุดลอก", "คลองส่งน้ำ"), "เพื่อการเกษตร", "ยาว 1 กม.", null, 120000.5, sum("F9+F10", 120000.5), null, null],
    [null, "รวม 2 โครงการ"],
  ]);
  merge(ws, "A7:A8", "B7:B8", "E7:I7");
  ws.getCell("E9").numFmt = "#,##0";
  ws.getCell("F10").numFmt = "#,##0.00";
  ws.getRow(6).hidden = true;
  ws.getColumn(3).hidden = true;
  const old = wb.addWorksheet("แผน 2561-2565");
  old.state = "hidden";
  put(old, 2, [[null, "โครงการเก่า"]]);
  const empty = wb.addWorksheet("ว่าง");
  empty.getCell("A1").value = null;
  return bytes(await xlsx(wb));
}

describe("readXlsxSheets on a file ExcelJS wrote", () => {
  it("gives every sheet in tab order with its visibility", async () => {
    const sheets = await readXlsxSheets(await planFile());
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["ผ.01", "visible"],
      ["ผ.02 ยุทธ1", "visible"],
      ["แผน 2561-2565", "hidden"],
      ["ว่าง", "visible"],
    ]);
  });

  it("reads the plan page's values as typed, from A1 to its last cell", async () => {
    const ws = (await readXlsxSheets(await planFile()))[1];
    expect([ws.originRow, ws.originCol, ws.values.length, ws.values[0].length]).toEqual([0, 0, 11, 11]);
    expect(ws.values[0][10]).toBe("แบบ ผ.02");
    expect(ws.values[4][0]).toBe("1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
    expect(ws.values[6].slice(0, 5)).toEqual(["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย\n(ผลผลิตของโครงการ)", "งบประมาณ"]);
    expect(ws.values[7].slice(4, 9)).toEqual(["2566\n(บาท)", "2567\n(บาท)", "2568\n(บาท)", "2569\n(บาท)", "2570\n(บาท)"]);
    expect(ws.values[8].slice(0, 9)).toEqual([1, "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 3", "เพื่อการสัญจร", "กว้าง 4 ม. ยาว 200 ม.", 450000, "-", " 1,632,820 ", null, 500000]);
    // rich text joined; a formula as its last result
    expect(ws.values[9].slice(0, 7)).toEqual([2, "ขุดลอกคลองส่งน้ำ", "เพื่อการเกษตร", "ยาว 1 กม.", null, 120000.5, 120000.5]);
    expect(ws.values[10].slice(0, 2)).toEqual([null, "รวม 2 โครงการ"]);
  });

  it("reads number formats, merges, hidden rows and columns", async () => {
    const ws = (await readXlsxSheets(await planFile()))[1];
    expect(ws.numberFormats[8][4]).toBe("#,##0");
    expect(ws.numberFormats[9][5]).toBe("#,##0.00");
    expect(ws.numberFormats[8][1]).toBe("General");
    expect(ws.merges).toEqual(
      expect.arrayContaining([
        { row: 6, col: 0, rows: 2, cols: 1 },
        { row: 6, col: 1, rows: 2, cols: 1 },
        { row: 6, col: 4, rows: 1, cols: 5 },
      ]),
    );
    expect(ws.merges).toHaveLength(3);
    expect(ws.hiddenRows).toEqual([5]);
    expect(ws.hiddenColumns).toEqual([2]);
  });

  it("gives a sheet without values as empty, and a used range that starts away from A1 with its origin", async () => {
    const sheets = await readXlsxSheets(await planFile());
    expect(sheets[3].values).toEqual([]);
    expect([sheets[2].originRow, sheets[2].originCol, sheets[2].values]).toEqual([1, 1, [["โครงการเก่า"]]]);
  });

  it("reads a date cell as Excel's serial and a boolean as a boolean", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("a");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 9, 1));
    ws.getCell("B1").value = true;
    const [sheet] = await readXlsxSheets(bytes(await xlsx(wb)));
    // 1 October 2024 is serial 45566
    expect(sheet.values[0]).toEqual([45566, true]);
  });
});

/** A zip written by hand, parts stored or deflated, as other programs save them. */
function zip(parts: Record<string, string>, deflate = true): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, "utf8");
    const raw = Buffer.from(text, "utf8");
    const data = deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return bytes(Buffer.concat([...locals, dir, end]));
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Parts with the x: prefix, an absolute target, inline strings and rows without r (as some exporters write). */
const HAND_PARTS = {
  "[Content_Types].xml": "<Types/>",
  "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="book/wb.xml"/></Relationships>`,
  "book/wb.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}"><x:sheets><x:sheet name="แผน" sheetId="1" r:id="a"/><x:sheet name="กราฟ" sheetId="2" r:id="b"/></x:sheets></x:workbook>`,
  "book/_rels/wb.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="a" Type="${RELS}/worksheet" Target="/book/s/one.xml"/><Relationship Id="b" Type="${RELS}/chartsheet" Target="s/chart.xml"/></Relationships>`,
  "book/s/one.xml": `<x:worksheet xmlns:x="${MAIN}"><x:cols><x:col min="2" max="3" hidden="1"/></x:cols><x:sheetData>
      <x:row><x:c t="inlineStr"><x:is><x:t>ที่</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>โครง</x:t></x:r><x:r><x:t>การ</x:t></x:r></x:is></x:c></x:row>
      <x:row hidden="1"><x:c><x:v>1</x:v></x:c><x:c t="str"><x:f>A2&amp;"x"</x:f><x:v>1x</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`,
};

describe("readXlsxSheets on parts written by hand", () => {
  it.each([true, false])("reads prefixed parts, inline strings and unnumbered rows (deflated: %s)", async (deflate) => {
    const sheets = await readXlsxSheets(zip(HAND_PARTS, deflate));
    expect(sheets).toHaveLength(1);
    const [s] = sheets;
    expect(s.name).toBe("แผน");
    expect(s.values).toEqual([
      ["ที่", "โครงการ", null, null],
      [1, "1x", "#DIV/0!", false],
    ]);
    expect(s.hiddenRows).toEqual([1]);
    expect(s.hiddenColumns).toEqual([1, 2]);
  });

  it("tells an old .xls, a file that is no zip, a zip without a workbook and a cut-off file apart", async () => {
    const code = async (b: Uint8Array) => readXlsxSheets(b).then(() => "read", (e: unknown) => (e instanceof XlsxFileError ? e.code : String(e)));
    expect(await code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]))).toBe("OLD_FORMAT");
    expect(await code(new TextEncoder().encode("ที่,โครงการ\n1,ถนน\n".repeat(5)))).toBe("NOT_ZIP");
    expect(await code(zip({ "word/document.xml": "<w:document/>" }))).toBe("NOT_XLSX");
    const whole = await planFile();
    expect(await code(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("DAMAGED");
  });

  it("says DAMAGED for a deflated part whose stream is corrupt", async () => {
    await expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]))).rejects.toMatchObject({ code: "DAMAGED" });
  });

  it("resolves relationship targets against their part's folder", () => {
    expect(resolvePath("xl/", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePath("xl/", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePath("xl/sub/", "../sharedStrings.xml")).toBe("xl/sharedStrings.xml");
  });
});
