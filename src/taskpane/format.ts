/** Numbers as the pane shows them. */

const BAHT = new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1632820.5 → "1,632,820.50" (th-TH grouping, Arabic digits as Thai offices type them, two decimals). */
export function formatBaht(amount: number): string {
  return BAHT.format(amount);
}

const PERCENT = new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 16.666 → "16.67" (a share as ผด.01 prints it: two decimals, no sign). */
export function formatPercent(value: number): string {
  return PERCENT.format(value);
}

const COUNT = new Intl.NumberFormat("th-TH");

/** 1234 → "1,234". */
export function formatCount(value: number): string {
  return COUNT.format(value);
}
