/** The user's language (Office's display language) and how a message takes its {placeholders}. */
export type Lang = "th" | "en";

/** "th-TH" (or any "th…") → Thai; any other Office language → English; no Office → Thai. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}

/** The user's language from Office.context.displayLanguage; Thai outside Office. */
export function detectLanguage(): Lang {
  try {
    if (typeof Office === "undefined" || !Office.context) return "th";
    return languageOf(Office.context.displayLanguage);
  } catch {
    return "th";
  }
}

/** "{sheet}" and the like replaced by their params; a placeholder without one stays as written. */
export function fillIn(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
