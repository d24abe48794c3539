/** Numbers as the pane shows them. */

const BAHT = new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1632820.5 → "1,632,820.50" (th-TH grouping, Arabic digits as Thai offices type them, two decimals). */
export function formatBaht(amount: number): string {
  return BAHT.format(amount);
}
