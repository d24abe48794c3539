import { EQUIPMENT_TYPES } from "./catalog";
import { normalizeText } from "./parse/text";

/** A typed equipment type resolved to the standard one (with or without the word ครุภัณฑ์). */
export function equipmentTypeOf(text: string): string | null {
  const key = normalizeText(text)
    .replace(/^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:ประเภท)?/, "")
    .replace(/\s/g, "")
    .replace(/^ครุภัณฑ์/, "");
  return EQUIPMENT_TYPES.find((t) => t.replace(/^ครุภัณฑ์/, "") === key) ?? null;
}
