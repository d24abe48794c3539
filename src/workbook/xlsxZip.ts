/**
 * The parts of an .xlsx (a zip) as the task pane reads them: the central directory, and each
 * part inflated by the browser's own DecompressionStream("deflate-raw"). The pane bundle keeps
 * ExcelJS and JSZip out (webpack.config.js); a whole zip library is not needed to read the few
 * XML parts of a plan file, and the browser already carries the inflater.
 */

/** A file the pane cannot read, by what is wrong with it: the pane words the message. */
export class XlsxFileError extends Error {
  constructor(
    /**
     * NOT_ZIP: neither an .xlsx nor a zip (a .csv, a PDF, a renamed file); OLD_FORMAT: an .xls of
     * Excel 97–2003 or an .xlsx saved with a password (both are OLE compound files); NOT_XLSX: a
     * zip without a workbook (.docx, .ods); DAMAGED: cut off or corrupt; NO_INFLATE: this
     * Excel's browser has no DecompressionStream("deflate-raw").
     */
    readonly code: "NOT_ZIP" | "OLD_FORMAT" | "NOT_XLSX" | "DAMAGED" | "NO_INFLATE",
    message: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

interface Entry {
  readonly method: number;
  readonly compressed: number;
  readonly local: number;
}

export interface ZipParts {
  /** Part names as stored ("xl/workbook.xml"). */
  readonly names: readonly string[];
  /** A part's text (UTF-8), or null when the zip has no such part; Office finds parts without regard to case. */
  text(name: string): Promise<string | null>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function openZip(bytes: Uint8Array): ZipParts {
  if (OLE.every((b, i) => bytes[i] === b)) throw new XlsxFileError("OLD_FORMAT", "OLE compound file (.xls or encrypted .xlsx)");
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxFileError("NOT_ZIP", "not a zip");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  let eocd = -1;
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new XlsxFileError("DAMAGED", "no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // Zip64 (over 65,535 parts or 4 GB) is no plan file.
  if (offset === 0xffffffff || count === 0xffff) throw new XlsxFileError("DAMAGED", "zip64");
  const utf8 = new TextDecoder("utf-8");
  const entries = new Map<string, Entry>();
  const names: string[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > len || view.getUint32(p, true) !== CENTRAL) throw new XlsxFileError("DAMAGED", "central directory cut off");
    const nameLength = view.getUint16(p + 28, true);
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (next > len) throw new XlsxFileError("DAMAGED", "central directory cut off");
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    names.push(name);
    entries.set(name.toLowerCase(), { method: view.getUint16(p + 10, true), compressed: view.getUint32(p + 20, true), local: view.getUint32(p + 42, true) });
    p = next;
  }
  return {
    names,
    async text(name) {
      const e = entries.get(name.toLowerCase());
      if (!e) return null;
      if (e.local + 30 > len || view.getUint32(e.local, true) !== LOCAL) throw new XlsxFileError("DAMAGED", `bad local header: ${name}`);
      const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
      if (start + e.compressed > len) throw new XlsxFileError("DAMAGED", `cut off: ${name}`);
      const data = bytes.subarray(start, start + e.compressed);
      if (e.method === 0) return utf8.decode(data);
      if (e.method !== 8) throw new XlsxFileError("DAMAGED", `compression method ${e.method}: ${name}`);
      return utf8.decode(await inflateRaw(data));
    },
  };
}

/** Raw deflate through the platform's stream; a corrupt stream rejects as DAMAGED. */
export async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new XlsxFileError("NO_INFLATE", "no DecompressionStream");
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch {
    // Browsers from before "deflate-raw" (Safari before 16.4) throw on the format.
    throw new XlsxFileError("NO_INFLATE", "no deflate-raw");
  }
  const writer = stream.writable.getWriter();
  // The writes settle as the reader drains; their failures surface in read() below.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    throw new XlsxFileError("DAMAGED", "inflate failed");
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
