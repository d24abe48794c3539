/** The pane's language for every component below the App, and a translator bound to it. */
import { createContext, useCallback, useContext } from "react";
import { t, type StringId } from "./i18n";
import type { Lang } from "../host/language";

export const LangContext = createContext<Lang>("th");

export type Translate = (id: StringId, params?: Record<string, string | number>) => string;

export function useLang(): { lang: Lang; tr: Translate } {
  const lang = useContext(LangContext);
  const tr = useCallback<Translate>((id, params) => t(id, lang, params), [lang]);
  return { lang, tr };
}
