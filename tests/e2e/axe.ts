/** axe-core over a whole page in the browser tests: one scan for the pane's and the web page's tests. */
import type { Page } from "playwright-core";

const AXE = require.resolve("axe-core/axe.min.js");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Every violation axe-core finds on the page, after `settleMs` for Fluent's enter transitions
 * (colours measured at rest); 0 for a caller that has waited already.
 */
export async function axeViolations(page: Page, settleMs = 400): Promise<Violation[]> {
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    // Tabster's focus sentinels (Fluent's focus management) are aria-hidden yet focusable by design:
    // they hand focus on at once and are never announced, so axe's aria-hidden-focus on them is a false positive.
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), html: n.html.slice(0, 200), summary: n.failureSummary ?? "" })),
    }));
  });
}

export const isSerious = (v: Violation) => v.impact === "serious" || v.impact === "critical";

/** The serious and critical violations: what a browser test fails on. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter(isSerious);
}
