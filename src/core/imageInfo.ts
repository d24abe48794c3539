/**
 * What a picture file is, from its bytes: PNG or JPEG and its size in pixels, or null for anything
 * else. The book's emblem must be one of the two formats both Excel (shapes.addImage takes PNG and
 * JPEG) and ExcelJS place; its size keeps the emblem's proportions on the page.
 */
export interface ImageInfo {
  readonly extension: "png" | "jpeg";
  readonly widthPx: number;
  readonly heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the signature, then the IHDR chunk first, width and height big-endian (ISO/IEC 15948 §11.2.2). */
function png(b: Uint8Array): ImageInfo | null {
  if (b.length < 24 || PNG_SIGNATURE.some((x, i) => b[i] !== x)) return null;
  if (String.fromCharCode(b[12], b[13], b[14], b[15]) !== "IHDR") return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const widthPx = v.getUint32(16);
  const heightPx = v.getUint32(20);
  return widthPx > 0 && heightPx > 0 ? { extension: "png", widthPx, heightPx } : null;
}

/** Start-of-frame markers (baseline, progressive, …; not DHT C4, JPG C8, DAC CC) carry the size (ITU T.81 B.2.2). */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2) return null;
    if (isFrame(marker)) {
      if (i + 8 >= b.length) return null;
      const heightPx = (b[i + 5] << 8) | b[i + 6];
      const widthPx = (b[i + 7] << 8) | b[i + 8];
      return widthPx > 0 && heightPx > 0 ? { extension: "jpeg", widthPx, heightPx } : null;
    }
    i += 2 + length;
  }
  return null;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  return png(bytes) ?? jpeg(bytes);
}
