/** API objects: data validation (list rules). */
import { applies } from "../register";
import { contains, intersects, subtract } from "../addresses";
import type { RangeTarget } from "../cells";
import { FakeRequestContext } from "../engine";
import { invalidArgument, notImplemented } from "../errors";
import { FakeRangePart } from "./format";
import { FakeRange } from "./range";
import type { ValidationState } from "../state";

export class FakeDataValidation
  extends FakeRangePart
  implements Pick<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "ignoreBlanks" | "clear">
{
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "DataValidation", range);
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    const covering = t.sheet.validations.filter((v) => intersects(v.range, t.rect));
    const only = covering.length === 1 && contains(covering[0].range, t.rect) ? covering[0] : undefined;
    switch (name) {
      case "type":
        return covering.length === 0 ? "None" : only?.rule.list ? "List" : only ? "Custom" : "Inconsistent";
      case "rule":
        return only?.rule ?? {};
      case "ignoreBlanks":
        return only?.ignoreBlanks ?? true;
      case "errorAlert":
        return only?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" };
      case "prompt":
        return only?.prompt ?? { message: "", showPrompt: false, title: "" };
      default:
        return super.readScalar(name);
    }
  }

  get type(): Excel.DataValidation["type"] {
    return this.prop("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.prop("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.setLater("rule", v, () => {
      const t = this.range.target();
      const kinds = Object.keys(v);
      if (kinds.length !== 1 || !v.list) throw notImplemented(`data validation rule ${kinds.join("+")}`);
      if (typeof v.list.source !== "string") throw notImplemented("list validation with a Range source");
      if (v.list.source.length === 0) throw invalidArgument("A list validation needs a source.");
      // Excel rejects a list source that refers to a sheet the workbook does not have (yet).
      const ref = /^=\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(v.list.source);
      const refSheet = ref && (ref[1]?.replace(/''/g, "'") ?? ref[2]);
      if (refSheet) applies("list-source-sheet-exists");
      if (refSheet && !this.context.host.workbook.find(refSheet)) {
        throw invalidArgument(`The list source refers to a missing sheet: ${refSheet}`);
      }
      this.remove(t);
      t.sheet.validations.push({ range: t.rect, rule: { list: { ...v.list } }, ignoreBlanks: true });
    });
  }

  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.setLater("ignoreBlanks", v, () => this.eachCovering((val) => (val.ignoreBlanks = v)));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.setLater("errorAlert", v, () => {
      applies("validation-text-limits");
      if ((v.title ?? "").length > 32 || (v.message ?? "").length > 255) throw invalidArgument("Error alert title or message too long.");
      this.eachCovering((val) => (val.errorAlert = { ...v }));
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.prop("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.setLater("prompt", v, () => {
      applies("validation-text-limits");
      if ((v.title ?? "").length > 32 || (v.message ?? "").length > 255) throw invalidArgument("Prompt title or message too long.");
      this.eachCovering((val) => (val.prompt = { ...v }));
    });
  }

  clear(): void {
    this.later("clear", 0, () => this.remove(this.range.target()));
  }

  private remove(t: RangeTarget): void {
    t.sheet.validations = t.sheet.validations.flatMap((v) => subtract(v.range, t.rect).map((range) => ({ ...v, range })));
  }

  private eachCovering(fn: (v: ValidationState) => void): void {
    const t = this.range.target();
    for (const v of t.sheet.validations) if (intersects(v.range, t.rect)) fn(v);
  }
}
