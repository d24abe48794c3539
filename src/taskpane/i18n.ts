/**
 * The pane's strings by id and language (Thai first, English when Office runs in English):
 * its own tables (./strings) and the error messages' (src/host/errorStrings), which it shows
 * as the ribbon's results do. Errors themselves are told by src/host/errorMessage.ts.
 */
import { ERROR_STRINGS_EN } from "../host/errorStrings/en";
import { ERROR_STRINGS_TH } from "../host/errorStrings/th";
import { fillIn, type Lang } from "../host/language";
import { PANE_STRINGS_EN } from "./strings/en";
import { PANE_STRINGS_TH } from "./strings/th";

const th = { ...ERROR_STRINGS_TH, ...PANE_STRINGS_TH };

export type StringId = keyof typeof th;

export const STRINGS: Record<Lang, Record<StringId, string>> = { th, en: { ...ERROR_STRINGS_EN, ...PANE_STRINGS_EN } };

export function t(id: StringId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillIn(STRINGS[lang][id] ?? STRINGS.th[id], params);
}
