/** What a file is, told from its bytes whatever its name: each kind officers bring. */
import { recognise } from "../../src/cli/inputFile";
import { listZip } from "../../src/cli/zip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { ole2, windows874, zipOf } from "../support/bytes";

const kind = (bytes: Uint8Array) => recognise(bytes).kind;

async function xlsxBytes(): Promise<Buffer> {
  const wb = new ExcelJsWorkbook();
  await wb.writeSheet({ name: "โครงการ", cells: [["ที่", "โครงการ"], [1, "ถนน"]] });
  return Buffer.from(await wb.toBuffer());
}

describe("recognise", () => {
  it("an .xlsx: a zip with [Content_Types].xml and xl/workbook.xml", async () => {
    expect(kind(await xlsxBytes())).toBe("xlsx");
    expect(kind(await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }))).toBe("xlsx");
  });

  it("a truncated or cut zip is broken, not something else", async () => {
    const whole = await xlsxBytes();
    expect(kind(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("brokenZip");
    expect(kind(whole.subarray(0, whole.length - 10))).toBe("brokenZip");
    expect(kind(Buffer.from("PK\x03\x04 and nothing more", "latin1"))).toBe("brokenZip");
  });

  it("reads the ZIP64 end record some writers use", async () => {
    const plain = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    const eocd = plain.length - 22;
    const [count, size, offset] = [plain.readUInt16LE(eocd + 10), plain.readUInt32LE(eocd + 12), plain.readUInt32LE(eocd + 16)];
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(eocd), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.from(plain.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const zip64 = Buffer.concat([plain.subarray(0, eocd), record, locator, end]);
    expect(kind(zip64)).toBe("xlsx");
    // Without the locator the sentinels lead nowhere: broken, not guessed.
    expect(kind(Buffer.concat([plain.subarray(0, eocd), end]))).toBe("brokenZip");
  });

  it("other zips: .xlsb, .ods, other OpenDocument, Word, PowerPoint, a plain zip", async () => {
    expect(kind(await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\x00" }))).toBe("xlsb");
    expect(kind(await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }))).toBe("ods");
    expect(kind(await zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }))).toBe("opendocument");
    expect(kind(await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }))).toBe("word");
    expect(kind(await zipOf({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" }))).toBe("powerpoint");
    expect(kind(await zipOf({ "รูป/แผน.pdf": "%PDF-1.4" }))).toBe("zip");
  });

  it("reads an .ods mimetype even when a writer deflated it", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "DEFLATE" });
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(listZip(bytes)!.entry("mimetype")!.toString()).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect(kind(bytes)).toBe("ods");
  });

  it("OLE2 files: an old .xls, a password-protected .xlsx, an old Word file", () => {
    expect(kind(ole2("Workbook", "SummaryInformation"))).toBe("xls");
    expect(kind(ole2("Book"))).toBe("xls");
    expect(kind(ole2("EncryptionInfo", "EncryptedPackage"))).toBe("encrypted");
    expect(kind(ole2("WordDocument", "1Table"))).toBe("word97");
  });

  it("HTML and XML tables that government systems save with an .xls name", () => {
    const html = '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>ที่</td></tr></table></body></html>';
    expect(kind(Buffer.from(html))).toBe("html");
    expect(kind(Buffer.from("\ufeff  <!DOCTYPE html>\n<html>"))).toBe("html");
    expect(kind(Buffer.from("<table border=1><tr><td>1</td></tr></table>"))).toBe("html");
    expect(kind(windows874('<meta http-equiv="Content-Type" content="text/html; charset=windows-874"><table><tr><td>โครงการ</td></tr></table>'))).toBe("html");
    expect(kind(Buffer.from("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n"))).toBe("html");
    const spreadsheetMl = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect(kind(Buffer.from(spreadsheetMl))).toBe("xmlSpreadsheet");
    expect(kind(Buffer.from('<?xml version="1.0"?><data><row/></data>'))).toBe("xml");
  });

  it("text in any of the encodings is text; an empty file, a PDF, binary bytes are each themselves", () => {
    expect(recognise(windows874("ที่,โครงการ\n1,ถนน\n"))).toEqual({ kind: "text", decoded: { text: "ที่,โครงการ\n1,ถนน\n", encoding: "Windows-874" } });
    expect(kind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ที่\tโครงการ", "utf16le")]))).toBe("text");
    expect(kind(new Uint8Array(0))).toBe("empty");
    expect(kind(Buffer.from("%PDF-1.7\n%\xe2\xe3", "latin1"))).toBe("pdf");
    expect(kind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe("unknown");
  });
});
