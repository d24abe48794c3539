/**
 * API objects: conditional formats (ExcelApi 1.6), the Custom kind (a formula rule with a fill)
 * and the DataBar kind (bounds, bar colour, gradient). Other kinds are not modelled.
 */
import { applies } from "../register";
import { checkColor } from "../cells";
import { FakeRequestContext } from "../engine";
import { invalidArgument, notImplemented } from "../errors";
import { FakeRangePart } from "./format";
import { FakeRange } from "./range";
import { FakeClientObject, Slot, jsonBytes } from "../proxy";
import type { ConditionalFormatState, DataBarBoundState, DataBarState } from "../state";

const BOUND_TYPES: readonly DataBarBoundState["type"][] = ["Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

/** What a data bar reads back before anything is set (register: data-bar-new-defaults). */
function newDataBar(): DataBarState {
  applies("data-bar-new-defaults");
  return { lowerBoundRule: { type: "Automatic" }, upperBoundRule: { type: "Automatic" }, fillColor: "#638EC6", gradientFill: true };
}

export class FakeConditionalFormatCollection extends FakeRangePart {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "ConditionalFormatCollection", range);
  }

  /** Adds a format on top of the sheet's others (the highest priority), as Excel does. */
  add(type: Excel.ConditionalFormatType | `${Excel.ConditionalFormatType}`): FakeConditionalFormat {
    const slot = new Slot<ConditionalFormatState>();
    this.later("add", jsonBytes(type), () => {
      if (type !== "Custom" && type !== "DataBar") throw notImplemented(`conditional format type ${type}`);
      const { sheet, rect } = this.range.target();
      const state: ConditionalFormatState = type === "DataBar" ? { type, range: rect, dataBar: newDataBar() } : { type, range: rect };
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
  private dataBarProxy?: FakeDataBarConditionalFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalFormat", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "type") return this.live().type;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "custom" ? this.custom : name === "dataBar" ? this.dataBar : undefined;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.prop("type");
  }

  get custom(): FakeCustomConditionalFormat {
    return (this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.range, this.state));
  }

  get dataBar(): FakeDataBarConditionalFormat {
    return (this.dataBarProxy ??= new FakeDataBarConditionalFormat(this.context, this.range, this.state));
  }
}

/** Base of a data bar's pieces: they act on the format's DataBar state. */
abstract class FakeDataBarPart extends FakeConditionalPart {
  /** What Excel does with a data bar's properties on a format of another kind is not known. */
  protected bar(): DataBarState {
    const state = this.live();
    if (!state.dataBar) throw notImplemented(`data bar properties of a ${state.type} conditional format`);
    return state.dataBar;
  }
}

function checkBound(name: string, v: DataBarBoundState): DataBarBoundState {
  applies("data-bar-bounds-whole");
  if (typeof v !== "object" || v === null || !BOUND_TYPES.includes(v.type)) throw invalidArgument(`${name}.type must be one of ${BOUND_TYPES.join(", ")}: ${JSON.stringify(v)}`);
  if (v.formula !== undefined && typeof v.formula !== "string") throw invalidArgument(`${name}.formula must be a string: ${JSON.stringify(v.formula)}`);
  return v.formula === undefined ? { type: v.type } : { type: v.type, formula: v.formula };
}

export class FakeDataBarConditionalFormat extends FakeDataBarPart implements Pick<Excel.DataBarConditionalFormat, "lowerBoundRule" | "upperBoundRule"> {
  readonly positiveFormat: FakeConditionalDataBarPositiveFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "DataBarConditionalFormat", range, state);
    this.positiveFormat = new FakeConditionalDataBarPositiveFormat(context, range, state);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "positiveFormat" ? this.positiveFormat : undefined;
  }

  protected override readScalar(name: string): unknown {
    // A copy: changing the object read back changes nothing in Excel (data-bar-bounds-whole).
    if (name === "lowerBoundRule") return { ...this.bar().lowerBoundRule };
    if (name === "upperBoundRule") return { ...this.bar().upperBoundRule };
    return super.readScalar(name);
  }

  protected override defaultLoad(): string[] {
    return ["lowerBoundRule", "upperBoundRule"];
  }

  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    return this.prop("lowerBoundRule");
  }
  set lowerBoundRule(v: Excel.ConditionalDataBarRule) {
    const copy = { ...v };
    this.setLater("lowerBoundRule", copy, () => {
      this.bar().lowerBoundRule = checkBound("lowerBoundRule", copy as DataBarBoundState);
    });
  }

  get upperBoundRule(): Excel.ConditionalDataBarRule {
    return this.prop("upperBoundRule");
  }
  set upperBoundRule(v: Excel.ConditionalDataBarRule) {
    const copy = { ...v };
    this.setLater("upperBoundRule", copy, () => {
      this.bar().upperBoundRule = checkBound("upperBoundRule", copy as DataBarBoundState);
    });
  }
}

export class FakeConditionalDataBarPositiveFormat
  extends FakeDataBarPart
  implements Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor" | "gradientFill">
{
  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalDataBarPositiveFormat", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "fillColor") return this.bar().fillColor;
    if (name === "gradientFill") return this.bar().gradientFill;
    return super.readScalar(name);
  }

  protected override defaultLoad(): string[] {
    return ["fillColor", "gradientFill"];
  }

  get fillColor(): string {
    return this.prop("fillColor");
  }
  set fillColor(v: string) {
    this.setLater("fillColor", v, () => {
      this.bar().fillColor = checkColor(v);
    });
  }

  get gradientFill(): boolean {
    return this.prop("gradientFill");
  }
  set gradientFill(v: boolean) {
    this.setLater("gradientFill", v, () => {
      if (typeof v !== "boolean") throw invalidArgument(`gradientFill must be true or false: ${JSON.stringify(v)}`);
      this.bar().gradientFill = v;
    });
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
