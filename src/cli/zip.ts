import { inflateRawSync } from "node:zlib";

/**
 * Just enough of a zip's central directory to tell an .xlsx from an .xlsb, an .ods or a Word
 * file, and a whole zip from a truncated one, before ExcelJS reads it: ExcelJS's own failures
 * on those are English and say nothing of what the file is.
 */
export interface ZipListing {
  /** Entry names, lower-cased (Office finds its parts without regard to case). */
  readonly names: ReadonlySet<string>;
  /** A small entry's bytes (stored or deflated), or null when absent or unreadable. */
  entry(name: string): Uint8Array | null;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export const startsLikeZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);

/** The listing, or null when the central directory is missing or cut off (a truncated copy). */
export function listZip(bytes: Uint8Array): ZipListing | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.length;
  let eocd = -1;
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--)
    if (view.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  let count = view.readUInt16LE(eocd + 10);
  let size = view.readUInt32LE(eocd + 12);
  let offset = view.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || size === 0xffffffff || count === 0xffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.readUInt32LE(loc) !== ZIP64_LOCATOR) return null;
    const at = Number(view.readBigUInt64LE(loc + 8));
    if (at + 56 > len || view.readUInt32LE(at) !== ZIP64_EOCD) return null;
    count = Number(view.readBigUInt64LE(at + 32));
    size = Number(view.readBigUInt64LE(at + 40));
    offset = Number(view.readBigUInt64LE(at + 48));
  }
  if (offset + size > len) return null;

  const entries = new Map<string, { method: number; compressed: number; local: number }>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > len || view.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = view.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + view.readUInt16LE(p + 30) + view.readUInt16LE(p + 32);
    if (next > len) return null;
    const name = view.toString("utf8", p + 46, p + 46 + nameLength).toLowerCase();
    entries.set(name, { method: view.readUInt16LE(p + 10), compressed: view.readUInt32LE(p + 20), local: view.readUInt32LE(p + 42) });
    p = next;
  }

  return {
    names: new Set(entries.keys()),
    entry(name) {
      const e = entries.get(name.toLowerCase());
      if (!e || e.local + 30 > len || view.readUInt32LE(e.local) !== LOCAL) return null;
      const start = e.local + 30 + view.readUInt16LE(e.local + 26) + view.readUInt16LE(e.local + 28);
      if (start + e.compressed > len) return null;
      const data = view.subarray(start, start + e.compressed);
      if (e.method === 0) return data;
      if (e.method !== 8) return null;
      try {
        // Only small entries are asked for; a bigger one is not what it claims to be.
        return inflateRawSync(data, { maxOutputLength: 64 * 1024 });
      } catch {
        return null;
      }
    },
  };
}
