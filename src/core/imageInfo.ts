/**
 * What a picture file is, from its first bytes: PNG or JPEG and its size in pixels, or null for
 * anything else (the emblem of the book must be one of the two formats Excel and ExcelJS place).
 *
 * PLACEHOLDER (issue 14): the assembly helper writes the real sniffing.
 */
export interface ImageInfo {
  readonly extension: "png" | "jpeg";
  readonly widthPx: number;
  readonly heightPx: number;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  void bytes;
  return null;
}
