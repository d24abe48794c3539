/** Where the keyboard focus is, and Tab presses to move it, for the browser tests. */
import type { Page } from "playwright-core";

/** The focused element's role and accessible name, as Playwright's accessibility snapshot gives them. */
export async function focused(page: Page): Promise<{ role: string; name: string }> {
  const handle = page.locator("*:focus");
  if ((await handle.count()) === 0) return { role: "", name: "" };
  // "- button \"name\"", or YAML-quoted when the name holds ": " ("- 'button \"a: b\"'")
  const first = (await handle.first().ariaSnapshot()).split("\n")[0].replace(/^- /, "");
  const line = first.startsWith("'") ? first.slice(1, first.lastIndexOf("'")).replace(/''/g, "'") : first;
  const m = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  return { role: m?.[1] ?? "", name: m?.[2] ? (JSON.parse(`"${m[2]}"`) as string) : "" };
}

/** Presses Tab until the focused element's accessible name matches `name`; fails after `max` presses. */
export async function tabTo(page: Page, name: RegExp, max = 200): Promise<{ role: string; name: string }> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (name.test(f.name)) return f;
    seen.push(`${f.role} "${f.name}"`);
  }
  throw new Error(`no element named ${String(name)} within ${max} presses of Tab; focused in turn:\n${[...new Set(seen)].join("\n")}`);
}
