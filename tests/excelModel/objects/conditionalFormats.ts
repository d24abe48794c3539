/** API objects: conditional formats (ExcelApi 1.6), only the Custom kind, a formula rule with a fill. */
import { applies } from "../register";
import { checkColor } from "../cells";
import { FakeRequestContext } from "../engine";
import { invalidArgument, notImplemented } from "../errors";
import { FakeRangePart } from "./format";
import { FakeRange } from "./range";
import { FakeClientObject, Slot, jsonBytes } from "../proxy";
import type { ConditionalFormatState } from "../state";

export class FakeConditionalFormatCollection extends FakeRangePart {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "ConditionalFormatCollection", range);
  }

  /** Adds a format on top of the sheet's others (the highest priority), as Excel does. */
  add(type: Excel.ConditionalFormatType | `${Excel.ConditionalFormatType}`): FakeConditionalFormat {
    const slot = new Slot<ConditionalFormatState>();
    this.later("add", jsonBytes(type), () => {
      if (type !== "Custom") throw notImplemented(`conditional format type ${type}`);
      const { sheet, rect } = this.range.target();
      const state: ConditionalFormatState = { type: "Custom", range: rect };
      applies("conditional-format-on-top");
      sheet.conditionalFormats.unshift(state);
      slot.put(state);
    });
    return new FakeConditionalFormat(this.context, this.range, () => slot.get());
  }
}

/** Base of the pieces of one conditional format, resolved through the call that added it. */
export abstract class FakeConditionalPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly range: FakeRange,
    protected readonly state: () => ConditionalFormatState,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  /** The format's state, failing the sync as Excel does when its sheet is gone. */
  protected live(): ConditionalFormatState {
    this.range.target();
    return this.state();
  }
}

export class FakeConditionalFormat extends FakeConditionalPart implements Pick<Excel.ConditionalFormat, "type"> {
  private customProxy?: FakeCustomConditionalFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalFormat", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "type") return this.live().type;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.prop("type");
  }

  get custom(): FakeCustomConditionalFormat {
    return (this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.range, this.state));
  }
}

export class FakeCustomConditionalFormat extends FakeConditionalPart {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "CustomConditionalFormat", range, state);
    this.rule = new FakeConditionalFormatRule(context, range, state);
    this.format = new FakeConditionalRangeFormat(context, range, state);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class FakeConditionalFormatRule extends FakeConditionalPart implements Pick<Excel.ConditionalFormatRule, "formula"> {
  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalFormatRule", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "formula") return this.live().formula ?? "";
    return super.readScalar(name);
  }

  get formula(): string {
    return this.prop("formula");
  }
  set formula(v: string) {
    this.setLater("formula", v, () => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) throw invalidArgument(`A rule's formula must start with "=": ${JSON.stringify(v)}`);
      this.live().formula = v;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeConditionalPart {
  readonly fill: FakeConditionalRangeFill;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalRangeFormat", range, state);
    this.fill = new FakeConditionalRangeFill(context, range, state);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

export class FakeConditionalRangeFill extends FakeConditionalPart implements Pick<Excel.ConditionalRangeFill, "color"> {
  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalRangeFill", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "color") return this.live().fill ?? null;
    return super.readScalar(name);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setLater("color", v, () => {
      this.live().fill = checkColor(v);
    });
  }
}
