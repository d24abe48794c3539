import { imageInfo } from "../../src/core/imageInfo";

/** A PNG's first 24 bytes as a file has them: signature, IHDR length and name, width, height. */
function pngHead(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const v = new DataView(b.buffer);
  v.setUint32(16, width);
  v.setUint32(20, height);
  b.set([8, 6, 0, 0, 0], 24);
  return b;
}

/** A JPEG: SOI, an APP0 segment to skip, then a baseline SOF0 with height and width. */
function jpegHead(width: number, height: number, frame = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0)];
  const sof = [0xff, frame, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, ...Array(9).fill(0)];
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xff, ...sof, 0xff, 0xd9]);
}

describe("imageInfo", () => {
  it("reads a PNG's size from its IHDR", () => {
    expect(imageInfo(pngHead(240, 180))).toEqual({ extension: "png", widthPx: 240, heightPx: 180 });
    expect(imageInfo(pngHead(70000, 3))).toEqual({ extension: "png", widthPx: 70000, heightPx: 3 });
  });

  it("reads a JPEG's size from its frame header, past other segments and fill bytes", () => {
    expect(imageInfo(jpegHead(640, 480))).toEqual({ extension: "jpeg", widthPx: 640, heightPx: 480 });
    // progressive
    expect(imageInfo(jpegHead(300, 301, 0xc2))).toEqual({ extension: "jpeg", widthPx: 300, heightPx: 301 });
  });

  it("does not take a Huffman table marker (C4) for a frame", () => {
    expect(imageInfo(jpegHead(10, 10, 0xc4))).toBeNull();
  });

  it("refuses what is not a PNG or JPEG, or is cut short", () => {
    expect(imageInfo(new TextEncoder().encode("GIF89a........"))).toBeNull();
    expect(imageInfo(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(imageInfo(pngHead(240, 180).slice(0, 20))).toBeNull();
    expect(imageInfo(pngHead(0, 10))).toBeNull();
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 4, 0, 0]))).toBeNull();
    expect(imageInfo(new Uint8Array())).toBeNull();
  });
});
