/**
 * The same things named twice: as a .xlsx file (and ExcelJS) names them and as Office.js does.
 * Each table goes both ways; toModel reads it left to right, toXlsx right to left.
 */

/**
 * <pageSetup paperSize>: ECMA-376 Part 1 §18.3.1.63 numbers paper 1 Letter … 24 C; Excel.PaperType
 * (https://learn.microsoft.com/javascript/api/excel/excel.papertype) lists the same papers in the
 * same order. The correspondence is by name (unverified against Excel itself).
 */
export const PAPER_SIZES = [
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4",
  "B5", "Folio", "Quatro", "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12",
  "Envelope14", "Csheet",
] as const;

export const paperCode = (name: string): number | undefined => {
  const i = (PAPER_SIZES as readonly string[]).indexOf(name);
  return i < 0 ? undefined : i + 1;
};

export const paperName = (code: number | undefined): string => PAPER_SIZES[(code ?? 1) - 1] ?? "Letter";

/**
 * A border line: ST_BorderStyle (ECMA-376 Part 1 §18.18.3) against Excel.BorderLineStyle and
 * Excel.BorderWeight (https://learn.microsoft.com/javascript/api/excel/excel.borderlinestyle,
 * https://learn.microsoft.com/javascript/api/excel/excel.borderweight). thin, medium, thick,
 * dotted and double match by name; hair as a hairline and the dash families' "medium" variants
 * as weight Medium are by analogy (unverified).
 */
export const BORDER_STYLES: readonly { file: string; style: string; weight: string }[] = [
  { file: "thin", style: "Continuous", weight: "Thin" },
  { file: "medium", style: "Continuous", weight: "Medium" },
  { file: "thick", style: "Continuous", weight: "Thick" },
  { file: "hair", style: "Continuous", weight: "Hairline" },
  { file: "dotted", style: "Dot", weight: "Thin" },
  { file: "dashed", style: "Dash", weight: "Thin" },
  { file: "mediumDashed", style: "Dash", weight: "Medium" },
  { file: "dashDot", style: "DashDot", weight: "Thin" },
  { file: "mediumDashDot", style: "DashDot", weight: "Medium" },
  { file: "dashDotDot", style: "DashDotDot", weight: "Thin" },
  { file: "mediumDashDotDot", style: "DashDotDot", weight: "Medium" },
  { file: "slantDashDot", style: "SlantDashDot", weight: "Medium" },
  { file: "double", style: "Double", weight: "Thick" },
];

export function borderFromFile(file: string): { style: string; weight: string } | undefined {
  return BORDER_STYLES.find((b) => b.file === file);
}

/** The closest file style: the exact pair, else the style at any weight (Dot at Medium is still dotted). */
export function borderToFile(style: string, weight: string): string | undefined {
  if (style === "None") return undefined;
  return (BORDER_STYLES.find((b) => b.style === style && b.weight === weight) ?? BORDER_STYLES.find((b) => b.style === style))?.file;
}

/** ST_HorizontalAlignment against Excel.HorizontalAlignment ("General" is the file's absent value). */
export const H_ALIGN: Readonly<Record<string, string>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
  fill: "Fill",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};

/** ST_VerticalAlignment against Excel.VerticalAlignment. */
export const V_ALIGN: Readonly<Record<string, string>> = { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" };

/** ST_UnderlineValues against Excel.RangeUnderlineStyle. */
export const UNDERLINE: Readonly<Record<string, string>> = {
  single: "Single",
  double: "Double",
  singleAccounting: "SingleAccountant",
  doubleAccounting: "DoubleAccountant",
};

/** ST_DataValidationType against the keys of Excel.DataValidationRule. */
export const VALIDATION_KINDS: Readonly<Record<string, keyof Excel.DataValidationRule>> = {
  list: "list",
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
  custom: "custom",
};

/** ST_DataValidationErrorStyle against Excel.DataValidationAlertStyle. */
export const ALERT_STYLES: Readonly<Record<string, Excel.DataValidationErrorAlert["style"]>> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

/** The other way round. */
export function invert(table: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [v, k]));
}

/**
 * ST_DataValidationOperator (ECMA-376 Part 1 §18.18.20; absent means between) against
 * Excel.DataValidationOperator (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationoperator).
 */
export const OPERATORS: Readonly<Record<string, string>> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

/** "#RRGGBB" from ExcelJS's ARGB, or undefined for a theme or indexed colour (no RGB to give). */
export function rgbOf(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export const argbOf = (rgb: string): string => `FF${rgb.replace("#", "").toUpperCase()}`;

/**
 * A data bar bound: Office.js's rule type and the file's cfvo type (ECMA-376 §18.18.13, with the
 * x14 extension's autoMin/autoMax, which Office's "Automatic" is). A bound is one or the other.
 */
export const DATA_BAR_BOUNDS = {
  lower: { Automatic: "autoMin", LowestValue: "min", HighestValue: "max", Number: "num", Percent: "percent", Formula: "formula", Percentile: "percentile" },
  upper: { Automatic: "autoMax", LowestValue: "min", HighestValue: "max", Number: "num", Percent: "percent", Formula: "formula", Percentile: "percentile" },
} as const;
