/** API objects: a worksheet's shapes, of which the model holds pictures only. */
import { applies } from "../register";
import { FakeRequestContext } from "../engine";
import { FakeExcelError, invalidArgument, notImplemented } from "../errors";
import { FakeClientObject, FakeCollection, Slot } from "../proxy";
import type { ShapeState } from "../state";
import { FakeWorksheetPart } from "./page";
import { FakeWorksheet } from "./workbook";

export class FakeShapeCollection extends FakeCollection<FakeShape> {
  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
  ) {
    super(context, "ShapeCollection");
  }

  resolvesToNull(): boolean {
    return this.worksheet.resolvesToNull();
  }

  protected currentItems(): FakeShape[] {
    return this.worksheet.sheet().shapes.map((s) => new FakeShape(this.context, this.worksheet, () => s));
  }

  /**
   * ExcelApi 1.9: "Creates an image from a Base64-encoded string and adds it to the worksheet
   * ... in either JPEG or PNG format". Where it lands and at what size is not documented: the
   * model puts it at the sheet's top-left at its pixels' size at 96 dpi, its aspect ratio
   * locked (unverified; the self-test's pictures probe records both).
   */
  addImage(base64ImageString: string): FakeShape {
    const slot = new Slot<ShapeState>();
    this.later("addImage", base64ImageString.length, () => {
      const sheet = this.worksheet.sheet();
      const wb = this.context.host.workbook;
      const picture = pictureOf(base64ImageString);
      if (!picture || wb.refuseImages) {
        applies(picture ? "picture-refused-on-web" : "add-image-png-jpeg");
        throw invalidArgument("Worksheet addImage: The argument is invalid or missing or has an incorrect format.");
      }
      applies("add-image-png-jpeg");
      applies("picture-natural-size");
      const id = wb.shapeId();
      const shape: ShapeState = {
        id,
        name: `Picture ${sheet.shapes.length + 1}`,
        type: "Image",
        base64: base64ImageString,
        format: picture.format,
        left: 0,
        top: 0,
        width: picture.widthPx * 0.75,
        height: picture.heightPx * 0.75,
        lockAspectRatio: true,
      };
      sheet.shapes.push(shape);
      slot.put(shape);
    });
    return new FakeShape(this.context, this.worksheet, () => slot.get());
  }

  getItem(key: string): FakeShape {
    const slot = new Slot<ShapeState>();
    this.later("getItem", key.length, () => {
      const found = this.worksheet.sheet().shapes.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
      if (!found) throw new FakeExcelError("ItemNotFound", `No shape '${key}'.`);
      slot.put(found);
    });
    return new FakeShape(this.context, this.worksheet, () => slot.get());
  }

  addGeometricShape(): never {
    throw notImplemented("ShapeCollection.addGeometricShape");
  }
}

type ShapeScalar = "left" | "top" | "width" | "height";

export class FakeShape
  extends FakeWorksheetPart
  implements Pick<Excel.Shape, "id" | "name" | "left" | "top" | "width" | "height" | "lockAspectRatio" | "type" | "delete">
{
  constructor(
    context: FakeRequestContext,
    worksheet: FakeWorksheet,
    private readonly shape: () => ShapeState,
  ) {
    super(context, "Shape", worksheet);
  }

  protected override defaultLoad(): string[] {
    return ["id", "name", "type", "left", "top", "width", "height", "lockAspectRatio"];
  }

  protected override readScalar(name: string): unknown {
    const s = this.live();
    switch (name) {
      case "id":
      case "name":
      case "type":
      case "left":
      case "top":
      case "width":
      case "height":
      case "lockAspectRatio":
        return s[name];
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  /** The shape, failing the sync as Excel would when it has been deleted. */
  private live(): ShapeState {
    const s = this.shape();
    if (!this.worksheet.sheet().shapes.includes(s)) throw new FakeExcelError("ItemNotFound", "The shape has been deleted.");
    return s;
  }

  get id(): string {
    return this.prop("id");
  }
  get type(): Excel.Shape["type"] {
    return this.prop("type");
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setLater("name", v, () => void (this.live().name = v));
  }

  get lockAspectRatio(): boolean {
    return this.prop("lockAspectRatio");
  }
  set lockAspectRatio(v: boolean) {
    this.setLater("lockAspectRatio", v, () => void (this.live().lockAspectRatio = v));
  }

  get left(): number {
    return this.prop("left");
  }
  set left(v: number) {
    this.setPlace("left", v);
  }
  get top(): number {
    return this.prop("top");
  }
  set top(v: number) {
    this.setPlace("top", v);
  }
  get width(): number {
    return this.prop("width");
  }
  set width(v: number) {
    this.setSize("width", v);
  }
  get height(): number {
    return this.prop("height");
  }
  set height(v: number) {
    this.setSize("height", v);
  }

  /** "Throws an InvalidArgument exception when set with a negative value" (Shape.left, Shape.top). */
  private setPlace(name: ShapeScalar, v: number): void {
    this.setLater(name, v, () => {
      applies("shape-points");
      if (!(Number.isFinite(v) && v >= 0)) throw invalidArgument(`Shape.${name} cannot be ${v}.`);
      this.live()[name] = v;
    });
  }

  /**
   * "Throws an InvalidArgument exception when set with a negative value or zero" (Shape.width,
   * Shape.height). With the aspect ratio locked, the other side follows (unverified).
   */
  private setSize(name: "width" | "height", v: number): void {
    this.setLater(name, v, () => {
      applies("shape-points");
      if (!(Number.isFinite(v) && v > 0)) throw invalidArgument(`Shape.${name} cannot be ${v}.`);
      const s = this.live();
      if (s.lockAspectRatio) {
        applies("picture-aspect-locked");
        const other = name === "width" ? "height" : "width";
        s[other] = (s[other] * v) / s[name];
      }
      s[name] = v;
    });
  }

  delete(): void {
    this.later("delete", 0, () => {
      const shapes = this.worksheet.sheet().shapes;
      shapes.splice(shapes.indexOf(this.live()), 1);
    });
  }
}

/** A PNG's or a JPEG's format and size in pixels, from its header; null for anything else. */
export function pictureOf(base64: string): { format: "PNG" | "JPEG"; widthPx: number; heightPx: number } | null {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  const word = (i: number) => (bytes[i] << 8) | bytes[i + 1];
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && PNG.every((b, i) => bytes[i] === b)) {
    const long = (i: number) => ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    return { format: "PNG", widthPx: long(16), heightPx: long(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Segments up to a start-of-frame (SOF0..SOF15 but DHT, JPG and DAC) give the size.
    for (let i = 2; i + 9 < bytes.length; ) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: "JPEG", widthPx: word(i + 7), heightPx: word(i + 5) };
      }
      i += 2 + word(i + 2);
    }
  }
  return null;
}
