/**
 * Files of the kinds officers bring, built byte by byte: what OpPlan must recognise by content
 * whatever they are named.
 */
import JSZip from "jszip";

/**
 * Windows-874 (TIS-620 plus a few punctuation marks): Thai U+0E01–U+0E5B sit at 0xA1–0xFB,
 * ASCII as it is. Throws on anything else, as Excel would write "?" for it.
 */
export function windows874(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp >= 0x0e01 && cp <= 0x0e5b) bytes.push(cp - 0x0e01 + 0xa1);
    else throw new Error(`not in Windows-874: ${ch}`);
  }
  return Buffer.from(bytes);
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 compound file's header and a directory sector naming `streams` (UTF-16, as the format does). */
export function ole2(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from(OLE2_SIGNATURE).copy(header);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const directory = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    Buffer.from(name, "utf16le").copy(directory, i * 128);
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, directory]);
}

/** A zip of the given entries; `mimetype` goes first and stored, as OpenDocument requires. */
export async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries))
    zip.file(name, text, name === "mimetype" ? { compression: "STORE" } : undefined);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
