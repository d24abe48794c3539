import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { ExcelJsWorkbook } from "../workbook/exceljsWorkbook";
import { decodeText, delimitedWorkbook, looksTabular, parseDelimited, SEPARATOR_LABEL, sheetNameFor, sniffSeparator, UnclosedQuoteError, type DecodedText } from "./csv";
import { errorCode, errorDetail, fsReason, InputError } from "./errors";
import type { UserPath } from "./files";
import { listZip, startsLikeZip } from "./zip";

/**
 * What a file is, told by its content: officers' files are often not what their names say
 * (an .xls that is an .xlsx, an HTML page a government system exported as .xls, a CSV saved
 * by Thai Excel in Windows-874).
 */
export type InputKind =
  | { readonly kind: "xlsx" }
  | { readonly kind: "text"; readonly decoded: DecodedText }
  | { readonly kind: "empty" | "xls" | "encrypted" | "word97" | "xlsb" | "ods" | "opendocument" | "word" | "powerpoint" | "zip" | "brokenZip" | "html" | "xmlSpreadsheet" | "xml" | "pdf" | "unknown" };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const utf16 = (s: string) => Buffer.from(s, "utf16le");

export function recognise(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) return { kind: "empty" };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE2.every((b, i) => bytes[i] === b)) {
    // The compound file's directory names its streams in UTF-16: a password-protected .xlsx
    // is an EncryptedPackage inside one, an old Word file a WordDocument.
    if (buf.includes(utf16("EncryptedPackage"))) return { kind: "encrypted" };
    if (buf.includes(utf16("Workbook")) || buf.includes(utf16("Book"))) return { kind: "xls" };
    if (buf.includes(utf16("WordDocument"))) return { kind: "word97" };
    return { kind: "xls" };
  }
  if (startsLikeZip(bytes)) {
    const zip = listZip(bytes);
    if (!zip) return { kind: "brokenZip" };
    const has = (n: string) => zip.names.has(n);
    if (has("[content_types].xml") && has("xl/workbook.xml")) return { kind: "xlsx" };
    if (has("xl/workbook.bin")) return { kind: "xlsb" };
    const mimetype = zip.entry("mimetype");
    if (mimetype) {
      const type = Buffer.from(mimetype).toString("latin1").trim();
      if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return { kind: "ods" };
      if (type.startsWith("application/vnd.oasis.opendocument.")) return { kind: "opendocument" };
    }
    if (has("word/document.xml")) return { kind: "word" };
    if (has("ppt/presentation.xml")) return { kind: "powerpoint" };
    return { kind: "zip" };
  }
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-") return { kind: "pdf" };
  const decoded = decodeText(bytes);
  if (!decoded) return { kind: "unknown" };
  const head = decoded.text.slice(0, 4096).replace(/^\ufeff/, "").trimStart();
  if (/^MIME-Version:/i.test(head) || /^<(!doctype\s+html|html|head|body|table|meta|style)\b/i.test(head)) return { kind: "html" };
  if (head.startsWith("<")) {
    if (/urn:schemas-microsoft-com:office:spreadsheet|<(ss:)?Workbook\b/.test(head)) return { kind: "xmlSpreadsheet" };
    return /<(html|table)\b/i.test(head) ? { kind: "html" } : { kind: "xml" };
  }
  return { kind: "text", decoded };
}

const SAVE_AS = `เปิดไฟล์ใน Excel แล้วเลือก ไฟล์ → บันทึกเป็น (Save As) → ชนิด "สมุดงาน Excel (.xlsx)" (ใน LibreOffice: บันทึกเป็น → ชนิด "Excel 2007-365 (.xlsx)") แล้วใช้ไฟล์ .xlsx นั้น`;

/** One Thai sentence per kind OpPlan does not read: what the file is and what to do. */
function refusal(kind: Exclude<InputKind["kind"], "xlsx" | "text">, p: UserPath): string {
  const f = `ไฟล์ ${p.typed}`;
  switch (kind) {
    case "empty":
      return `${f} ว่างเปล่า (0 ไบต์) — อาจบันทึกหรือคัดลอกไม่สำเร็จ ลองบันทึกจาก Excel หรือคัดลอกมาใหม่`;
    case "xls":
      return `${f} เป็นไฟล์ Excel รุ่นเก่า (.xls ของ Excel 97–2003) ซึ่ง OpPlan อ่านไม่ได้ — ${SAVE_AS}`;
    case "encrypted":
      return `${f} ตั้งรหัสผ่านไว้ OpPlan จึงอ่านไม่ได้ — เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ → ข้อมูล → ป้องกันเวิร์กบุ๊ก → เข้ารหัสด้วยรหัสผ่าน ลบรหัสให้ว่าง) แล้วบันทึกเป็นไฟล์ .xlsx`;
    case "word97":
    case "word":
      return `${f} เป็นเอกสาร Word ไม่ใช่สมุดงาน Excel — ใส่ตารางโครงการลงใน Excel แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)`;
    case "powerpoint":
      return `${f} เป็นงานนำเสนอ PowerPoint ไม่ใช่สมุดงาน Excel — ระบุไฟล์ .xlsx ของแผน`;
    case "xlsb":
      return `${f} เป็นสมุดงานไบนารีของ Excel (.xlsb) ซึ่ง OpPlan อ่านไม่ได้ — ${SAVE_AS}`;
    case "ods":
      return `${f} เป็นสเปรดชีต OpenDocument (.ods ของ LibreOffice) ซึ่ง OpPlan อ่านไม่ได้ — ${SAVE_AS}`;
    case "opendocument":
      return `${f} เป็นเอกสาร OpenDocument ที่ไม่ใช่สเปรดชีต — ระบุไฟล์ .xlsx ของแผน`;
    case "zip":
      return `${f} เป็นไฟล์บีบอัด (zip) ที่ไม่ใช่สมุดงาน Excel — แตกไฟล์ออกแล้วระบุไฟล์ .xlsx ที่อยู่ข้างใน`;
    case "brokenZip":
      return `${f} เสียหายหรือไม่ครบ (ท้ายไฟล์ขาดหาย อาจดาวน์โหลดหรือคัดลอกไม่เสร็จ) — คัดลอกหรือดาวน์โหลดมาใหม่ หรือเปิดใน Excel ซึ่งอาจซ่อมให้ได้ แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)`;
    case "html":
      return `${f} เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อให้ดูเหมือนไฟล์ Excel (ระบบราชการหลายระบบส่งออกแบบนี้) ซึ่ง OpPlan อ่านไม่ได้ — ${SAVE_AS}`;
    case "xmlSpreadsheet":
      return `${f} เป็นตาราง XML ของ Excel 2003 (XML Spreadsheet) ซึ่ง OpPlan อ่านไม่ได้ — ${SAVE_AS}`;
    case "xml":
      return `${f} เป็นไฟล์ XML ไม่ใช่สมุดงาน Excel — ${SAVE_AS}`;
    case "pdf":
      return `${f} เป็น PDF ซึ่ง OpPlan อ่านตารางจากไม่ได้ — ใช้ไฟล์ Excel (.xlsx) ต้นฉบับของแผน`;
    case "unknown":
      return `${f} ไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์ CSV — ${SAVE_AS}`;
  }
}

/** Names that say "this is delimited text": read even when it has a single column. */
const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv", ".tab"]);

export interface OpenedInput {
  readonly workbook: ExcelJsWorkbook;
  /** How a file other than an .xlsx was read, to tell the user. */
  readonly note?: string;
}

const readProblem = (p: UserPath, e: unknown) =>
  errorCode(e) === "ENOENT" ? new InputError(`ไม่พบไฟล์ ${p.typed}`) : new InputError(`อ่านไฟล์ ${p.typed} ไม่ได้: ${fsReason(e)}`, errorDetail(e));

/** That the input is there and is a file, before outputs are looked at. */
export async function checkInputPath(p: UserPath): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(p.abs)).isDirectory();
  } catch (e) {
    throw readProblem(p, e);
  }
  if (isDirectory) throw new InputError(`${p.typed} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — ระบุไฟล์ .xlsx ที่อยู่ในโฟลเดอร์นั้น`);
}

/** Reads the input whatever it turns out to be, or says in Thai why it cannot. */
export async function openInputFile(p: UserPath): Promise<OpenedInput> {
  await checkInputPath(p);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(p.abs);
  } catch (e) {
    throw readProblem(p, e);
  }
  const kind = recognise(bytes);
  if (kind.kind === "xlsx") {
    try {
      return { workbook: await ExcelJsWorkbook.fromBuffer(bytes) };
    } catch (e) {
      throw new InputError(
        `เปิดไฟล์ ${p.typed} ไม่ได้: ข้างในไฟล์ .xlsx เสียหาย — ลองเปิดใน Excel (Excel อาจซ่อมให้ได้) แล้วบันทึกเป็นสมุดงาน Excel (.xlsx) ใหม่`,
        errorDetail(e),
      );
    }
  }
  if (kind.kind === "text") return openText(kind.decoded, p);
  throw new InputError(refusal(kind.kind, p));
}

function openText(decoded: DecodedText, p: UserPath): OpenedInput {
  const { separator, body } = sniffSeparator(decoded.text);
  let rows: string[][];
  try {
    rows = parseDelimited(body, separator);
  } catch (e) {
    if (!(e instanceof UnclosedQuoteError)) throw e;
    throw new InputError(
      `อ่านไฟล์ ${p.typed} เป็นตาราง CSV ไม่ได้: เครื่องหมายคำพูด (") ที่เปิดในบรรทัด ${e.line} ไม่มีตัวปิด จึงไม่รู้ว่าช่องนั้นจบตรงไหน — แก้บรรทัดนั้นแล้วลองใหม่`,
    );
  }
  const named = TEXT_EXTENSIONS.has(extname(p.typed).toLowerCase());
  if (!named && !looksTabular(rows))
    throw new InputError(`เปิดไฟล์ ${p.typed} ไม่ได้: เป็นข้อความธรรมดา ไม่ใช่สมุดงาน Excel หรือตาราง CSV — ${SAVE_AS}`);
  if (rows.every((r) => r.every((f) => f.trim() === ""))) throw new InputError(`ไฟล์ ${p.typed} ไม่มีข้อมูล (มีแต่บรรทัดว่าง)`);
  const sheet = sheetNameFor(p.typed);
  return {
    workbook: delimitedWorkbook(rows, sheet),
    note: `อ่าน ${p.typed} เป็นตาราง CSV (รหัสอักขระ ${decoded.encoding} · คั่นด้วย${SEPARATOR_LABEL[separator]}) ${rows.length.toLocaleString("th-TH")} แถว เป็นแผ่นงาน "${sheet}"`,
  };
}
