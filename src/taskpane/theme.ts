/**
 * Fluent theme for the pane: light or dark after Office's theme, with fonts that render Thai.
 * (Office's common API, not Excel: the UI may read it directly.)
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Windows (Leelawadee UI, Tahoma), Linux/ChromeOS (Noto Sans Thai), macOS (Thonburi). */
export const THAI_FONT_STACK = '"Leelawadee UI", "Tahoma", "Noto Sans Thai", "Thonburi", sans-serif';

/** #RRGGBB → relative luminance 0..1, or undefined when not a colour. */
export function luminance(color: string | undefined): number | undefined {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** True when Office says (or its body colour shows) that the theme is dark. */
export function officeIsDark(): boolean {
  try {
    if (typeof Office === "undefined" || !Office.context) return false;
    const theme = Office.context.officeTheme;
    if (!theme) return false;
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
    const l = luminance(theme.bodyBackgroundColor);
    return l !== undefined && l < 0.3;
  } catch {
    return false;
  }
}

export function paneTheme(dark: boolean): Theme {
  const base = dark ? webDarkTheme : webLightTheme;
  return { ...base, fontFamilyBase: THAI_FONT_STACK };
}
