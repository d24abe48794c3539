/**
 * Every Excel rule the model imitates, with what we know of it: a Microsoft documentation page,
 * an issue thread, or nothing yet ("unverified", with the self-test probe that decides it in a
 * real Excel). The model calls `applies(id)` where it acts on a rule, so a test can prove each
 * rule is exercised and nobody adds behaviour without saying where it comes from.
 */

export type Evidence =
  | { readonly kind: "documented"; readonly url: string; readonly says: string }
  | { readonly kind: "issue"; readonly url: string; readonly says: string }
  | { readonly kind: "unverified"; readonly why: string };

export interface ModelRule {
  readonly id: string;
  readonly rule: string;
  readonly evidence: Evidence;
  /** The self-test probe (src/workbook/selfTest) that checks it in the user's Excel, if any. */
  readonly probe?: string;
}

const LIMITS = "https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3";
const RESOURCE_LIMITS = "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization";
const API_MODEL = "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model";
const ERRORS = "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling";
const EVENTS = "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events";
const API = "https://learn.microsoft.com/javascript/api/excel";
const BLANK_NULL = "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values";

export const RULES = [
  // The request engine
  {
    id: "deferred-load",
    rule: "A property is readable only after load() and a sync; before, reading it throws PropertyNotLoaded.",
    evidence: { kind: "documented", url: `${API_MODEL}#load`, says: "call load() then context.sync() before reading properties" },
  },
  {
    id: "set-readable-locally",
    rule: "A property set on a proxy is readable at once and sent with the next sync.",
    evidence: { kind: "unverified", why: "observed behaviour of Office.js proxies; not stated on a page we found" },
  },
  {
    id: "run-syncs-leftovers",
    rule: "Excel.run syncs what the batch left queued when its promise resolves.",
    evidence: { kind: "documented", url: `${API}#excel-excel-run-function(1)`, says: "the batch's pending actions are synced when the promise resolves" },
  },
  {
    id: "batch-partial-apply",
    rule: "When an action of a sync fails, the actions queued before it in that sync stay applied.",
    evidence: { kind: "unverified", why: "the error-handling page says nothing of partial application" },
    probe: "failedBatchLeftovers",
  },
  {
    id: "request-payload-limit",
    rule: "A request above 5 MB fails with RequestPayloadSizeLimitExceeded.",
    evidence: { kind: "documented", url: `${RESOURCE_LIMITS}#excel-add-ins`, says: "Excel on the web: payload limit for requests and responses is 5 MB" },
    probe: "requestSizeThai",
  },
  {
    id: "response-payload-limit",
    rule: "A response above 5 MB fails with ResponsePayloadSizeLimitExceeded.",
    evidence: { kind: "documented", url: `${RESOURCE_LIMITS}#excel-add-ins`, says: "Excel on the web: payload limit for requests and responses is 5 MB" },
  },
  {
    id: "cell-edit-mode",
    rule: "While the user edits a cell, every sync fails with InvalidOperationInCellEditMode and applies nothing.",
    evidence: { kind: "documented", url: ERRORS, says: "InvalidOperationInCellEditMode: Excel is in Edit cell mode" },
  },
  {
    id: "null-object",
    rule: "An *OrNullObject lookup that finds nothing gives isNullObject true; reading anything else from it throws.",
    evidence: { kind: "documented", url: `${API_MODEL}#ornullobject-methods-and-properties`, says: "isNullObject is true; other properties cannot be read" },
    probe: "nullObjectChain",
  },
  {
    id: "null-object-chain",
    rule: "An object reached through a null object fails its sync with ItemNotFound.",
    evidence: { kind: "unverified", why: "the page on *OrNullObject does not say what chaining on a null object does" },
    probe: "nullObjectChain",
  },
  {
    id: "sheet-gone",
    rule: "A proxy for a deleted sheet fails its sync with ItemNotFound.",
    evidence: { kind: "documented", url: ERRORS, says: "ItemNotFound: the requested resource doesn't exist" },
  },
  {
    id: "input-shape",
    rule: "A 2-D input must match the range's rows and columns (or be one value for all); otherwise InvalidArgument.",
    evidence: { kind: "documented", url: ERRORS, says: "InvalidArgument: the argument is invalid or missing or has an incorrect format" },
  },
  // Sheets
  {
    id: "sheet-name-rules",
    rule: "A sheet name has 1 to 31 characters, none of : \\ / ? * [ ], and does not start or end with an apostrophe.",
    evidence: { kind: "documented", url: "https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9", says: "names cannot be blank, exceed 31 characters or contain / \\ ? * : [ ]; not begin or end with an apostrophe" },
  },
  {
    id: "sheet-names-ignore-case",
    rule: "Sheet names are compared without regard to case.",
    evidence: { kind: "unverified", why: "the rename page says names must be unique, not how case counts" },
    probe: "nameClash",
  },
  {
    id: "sheet-clash-code",
    rule: "Adding or renaming a sheet to a name in use fails with ItemAlreadyExists (or, as a knob, InvalidArgument).",
    evidence: { kind: "unverified", why: "ItemAlreadyExists is documented for duplicates; reports of InvalidArgument for case-only clashes are not confirmed" },
    probe: "nameClash",
  },
  {
    id: "last-visible-sheet",
    rule: "The last visible sheet cannot be deleted (InvalidOperation).",
    evidence: { kind: "unverified", why: "Excel's own rule (a workbook keeps one visible sheet); the API page does not give the error code" },
  },
  {
    id: "hidden-sheet-activate",
    rule: "A hidden sheet cannot be activated, nor a range on it selected (InvalidOperation).",
    evidence: { kind: "unverified", why: "not stated on the Worksheet.activate page" },
    probe: "refusedRequests",
  },
  {
    id: "position-move",
    rule: "Setting a sheet's position moves it there; others shift.",
    evidence: { kind: "documented", url: `${API}/excel.worksheet#excel-excel-worksheet-position-member`, says: "the zero-based position of the worksheet within the workbook" },
    probe: "sheetSwap",
  },
  {
    id: "insert-worksheets-from-base64",
    rule: "Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) copies the file's sheets named in sheetNamesToInsert (all by default) at positionType (End by default; Before/After relativeTo) and gives the new sheets' ids.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.insertworksheetoptions`,
      says: "sheetNamesToInsert: by default all the worksheets are inserted; positionType: the default position is End; relativeTo for Before/After",
    },
  },
  {
    id: "insert-worksheets-clash",
    rule: "A sheet inserted from base64 onto a name the workbook has fails as adding that name does.",
    evidence: { kind: "unverified", why: "the Workbook.insertWorksheetsFromBase64 page does not say what a name in use does (Excel might rename the copy)" },
  },
  // Cells and values
  {
    id: "grid-size",
    rule: "A sheet has 1,048,576 rows and 16,384 columns; a range outside them is InvalidArgument.",
    evidence: { kind: "documented", url: LIMITS, says: "worksheet size 1,048,576 rows by 16,384 columns" },
  },
  {
    id: "value-null-keeps",
    rule: "null in a values array leaves that cell as it is.",
    evidence: { kind: "documented", url: BLANK_NULL, says: "specify null for the cells to leave unchanged in a 2-D array" },
  },
  {
    id: "text-format-keeps-text",
    rule: "Under number format \"@\" a string is stored as text, even one that looks like a formula or a number.",
    evidence: { kind: "unverified", why: "the Text format's effect through Range.values is not documented for the API" },
    probe: "textStaysText",
  },
  {
    id: "string-becomes-formula",
    rule: "A string starting with = (or +, - or @ and not a number) written through values becomes a formula.",
    evidence: { kind: "unverified", why: "Excel's input parsing through Range.values is not documented" },
    probe: "typedInput",
  },
  {
    id: "string-parsed-typed",
    rule: "A string that reads as a number, percentage, boolean or date becomes that value, possibly with a number format.",
    evidence: { kind: "unverified", why: "Excel's input parsing through Range.values is not documented" },
    probe: "typedInput",
  },
  {
    id: "empty-number-format-general",
    rule: "numberFormat \"\" means General: it reads back as General.",
    evidence: { kind: "documented", url: BLANK_NULL, says: "a blank value for numberFormat resets the number format to General" },
    probe: "emptyNumberFormat",
  },
  {
    id: "merge-keeps-top-left",
    rule: "Merging keeps only the top-left value of the area.",
    evidence: { kind: "documented", url: "https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf", says: "only the upper-left cell's data is kept" },
  },
  {
    id: "uniform-or-null",
    rule: "A format property read over cells that differ gives null.",
    evidence: { kind: "documented", url: BLANK_NULL, says: "format properties return null when the range holds several different values" },
  },
  {
    id: "hidden-all-or-none",
    rule: "rowHidden / columnHidden read true when all are hidden, false when none, null when some.",
    evidence: { kind: "documented", url: `${API}/excel.range#excel-excel-range-rowhidden-member`, says: "true if all rows hidden, false if none, null if some" },
  },
  {
    id: "default-sizes",
    rule: "An untouched column is 48 pt wide (8.43 characters) and an untouched row 15 pt high.",
    evidence: { kind: "unverified", why: "defaults follow from Calibri 11; the self-test reads them back" },
    probe: "sizeUnits",
  },
  {
    id: "sizes-in-points",
    rule: "columnWidth and rowHeight are read and set in points; a row is at most 409 pt high.",
    evidence: { kind: "documented", url: LIMITS, says: "row height 409 points" },
    probe: "sizeUnits",
  },
  {
    id: "autofit-ignores-merged",
    rule: "autofitRows does not measure merged cells: a row whose content is merged gets the height of its other cells.",
    evidence: { kind: "documented", url: "https://learn.microsoft.com/office/troubleshoot/excel/wrap-text-not-adjust-row-height", says: "you cannot use the AutoFit feature for rows or columns that contain merged cells" },
    probe: "autofitMergedRows",
  },
  {
    id: "autofit-estimate",
    rule: "autofitRows sets each row to its tallest wrapped or single-line cell, in metrics measured on LibreOffice's Laksaman (TH Sarabun's twin).",
    evidence: { kind: "unverified", why: "Excel's font metrics are not documented; the self-test records a fitted row's height in the user's Excel" },
    probe: "autofitMergedRows",
  },
  // Formats, rules, page
  {
    id: "conditional-format-on-top",
    rule: "A new conditional format is added at the top priority.",
    evidence: { kind: "documented", url: `${API}/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)`, says: "adds a new conditional format to the collection at the first/top priority" },
    probe: "rulesReadBack",
  },
  {
    id: "data-bar-bounds-whole",
    rule: "A data bar's lowerBoundRule and upperBoundRule are set as whole {type, formula} objects, type one of ConditionalFormatRuleType; changing the object read back changes nothing.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.databarconditionalformat#excel-excel-databarconditionalformat-lowerboundrule-member`,
      says: "The ConditionalDataBarRule object must be set as a JSON object (use x.lowerBoundRule = {...} instead of x.lowerBoundRule.formula = ...)",
    },
    probe: "dataBarReadBack",
  },
  {
    id: "data-bar-new-defaults",
    rule: "A new data bar reads back Automatic lower and upper bounds, a gradient fill, and the bar colour #638EC6 before anything is set; a Number bound's formula reads back as set (\"0\", no \"=\").",
    evidence: { kind: "unverified", why: "the API pages name the properties but not a new bar's values, nor how a Number bound's formula is returned" },
    probe: "dataBarReadBack",
  },
  {
    id: "list-source-sheet-exists",
    rule: "A list validation whose source names a missing sheet fails with InvalidArgument.",
    evidence: { kind: "unverified", why: "not documented; seen in the adapter's first runs" },
    probe: "refusedRequests",
  },
  {
    id: "validation-text-limits",
    rule: "A validation's alert or prompt title holds at most 32 characters, its message at most 255.",
    evidence: { kind: "unverified", why: "the limits are Excel's dialog limits; the API pages do not give them" },
    probe: "refusedRequests",
  },
  {
    id: "page-defaults",
    rule: "A new sheet prints portrait on Letter at 100 % with margins 0.7 in left/right and 0.75 in top/bottom.",
    evidence: { kind: "unverified", why: "Excel's Normal margins; paper follows the locale, which the model does not know" },
    probe: "pageDefaults",
  },
  {
    id: "zoom-scale-or-fit",
    rule: "pageLayout.zoom takes a scale or fit-to-pages, not both.",
    evidence: { kind: "unverified", why: "not stated on the PageLayoutZoomOptions page" },
    probe: "refusedRequests",
  },
  {
    id: "first-page-number",
    rule: "pageLayout.firstPageNumber (ExcelApi 1.9) is the number &P prints on the sheet's first page; \"\" (null in the docs) is automatic numbering, a new sheet's.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.pagelayout#excel-excel-pagelayout-firstpagenumber-member`,
      says: "the worksheet's first page number to print; a null value represents \"auto\" page numbering",
    },
    probe: "pageNumbering",
  },
  {
    id: "header-footer-first-page",
    rule: "headersFooters.state FirstAndDefault gives the first page the firstPage footer and every other page defaultForAllPages; Default prints defaultForAllPages on all.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.headerfooterstate`,
      says: "firstAndDefault: there is a separate first page header/footer, and a general header/footer used for all other pages",
    },
    probe: "pageNumbering",
  },
  {
    id: "page-break-before-range",
    rule: "horizontalPageBreaks.add(range) (ExcelApi 1.9) adds a manual break before the range's top row; the collection holds the manual breaks only.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)`,
      says: "adds a page break before the top-left cell of the range specified; Worksheet.horizontalPageBreaks only contains manual page breaks",
    },
    probe: "pageNumbering",
  },
  {
    id: "add-image-png-jpeg",
    rule: "shapes.addImage(base64) (ExcelApi 1.9) takes a JPEG or a PNG; anything else fails its sync with InvalidArgument.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.shapecollection#excel-excel-shapecollection-addimage-member(1)`,
      says: "creates an image from a Base64-encoded string ... representing an image in either JPEG or PNG format",
    },
    probe: "pictures",
  },
  {
    id: "picture-refused-on-web",
    rule: "Excel on the web (and Power Automate) may refuse a valid picture in addImage with InvalidArgument (modelled as FakeExcelOptions.refuseImages).",
    evidence: {
      kind: "issue",
      url: "https://github.com/OfficeDev/office-js/issues/5025",
      says: "Worksheet addImage: The argument is invalid or missing or has an incorrect format, online only, for a base64 desktop Excel takes",
    },
  },
  {
    id: "picture-natural-size",
    rule: "A picture addImage adds lands at the sheet's top-left at its pixels' size at 96 dpi (0.75 pt a pixel), its aspect ratio locked.",
    evidence: { kind: "unverified", why: "the addImage page says neither where the picture goes nor at what size; the shapes article's samples set both" },
    probe: "pictures",
  },
  {
    id: "picture-aspect-locked",
    rule: "With lockAspectRatio on, setting a shape's width or height scales the other side with it.",
    evidence: { kind: "unverified", why: "Shape.lockAspectRatio only \"specifies if the aspect ratio of this shape is locked\"; what a locked shape does when sized is not said" },
    probe: "pictures",
  },
  {
    id: "shape-points",
    rule: "Shape.left, top, width and height are in points from the sheet's top-left; a negative place, or a size of zero or less, fails with InvalidArgument.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.shape`,
      says: "the distance, in points, from the left side of the shape to the left side of the worksheet; throws an InvalidArgument exception when set with a negative value (or zero, for width and height)",
    },
    probe: "pictures",
  },
  {
    id: "range-left-top",
    rule: "Range.left and Range.top (ExcelApi 1.10) are the distance in points, at 100 % zoom, from the sheet's left and top edges: the widths and heights of the columns and rows before it, hidden ones counting nothing.",
    evidence: {
      kind: "documented",
      url: `${API}/excel.range#excel-excel-range-left-member`,
      says: "returns the distance in points, for 100% zoom, from the left edge of the worksheet to the left edge of the range",
    },
    probe: "pictures",
  },
  {
    id: "footer-255",
    rule: "A header or footer section holds at most 255 characters.",
    evidence: { kind: "documented", url: LIMITS, says: "length of header or footer: 255" },
  },
  // Events
  {
    id: "value-change-event",
    rule: "A change of values raises onChanged (RangeEdited), once per range and sync.",
    evidence: { kind: "documented", url: EVENTS, says: "onChanged occurs when the data of individual cells has changed" },
    probe: "eventsFired",
  },
  {
    id: "format-change-event",
    rule: "A change of formats raises onFormatChanged.",
    evidence: { kind: "documented", url: EVENTS, says: "onFormatChanged occurs when the format is changed on a worksheet" },
    probe: "eventsFired",
  },
  {
    id: "format-change-raises-onchanged",
    rule: "A change of formats raises onChanged as well (RangeEdited).",
    evidence: { kind: "issue", url: "https://github.com/OfficeDev/office-js/issues/4069", says: "merging or unmerging cells raises onChanged with changeType RangeEdited" },
    probe: "eventsFired",
  },
  {
    id: "events-after-sync",
    rule: "Handlers run after the sync that caused the change, each in a task of its own, never inside it.",
    evidence: { kind: "unverified", why: "delivery timing is not documented" },
    probe: "eventsFired",
  },
  {
    id: "trigger-source",
    rule: "WorksheetChangedEventArgs.triggerSource is ThisLocalAddin for this add-in's own writes, Unknown otherwise (ExcelApi 1.14).",
    evidence: { kind: "documented", url: `${API}/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member`, says: "identifies whether this local add-in triggers the event" },
    probe: "eventsFired",
  },
  {
    id: "handler-same-context",
    rule: "An event handler is removed only through the context it was added in.",
    evidence: { kind: "documented", url: EVENTS, says: "remove event handlers using the same RequestContext" },
  },
] as const satisfies readonly ModelRule[];

export type RuleId = (typeof RULES)[number]["id"];

const counts = new Map<RuleId, number>();

/** The model acted on rule `id` (counted so a test can prove every rule is exercised). */
export function applies(id: RuleId): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

/** How often each rule was acted on since the module loaded (or since `resetRuleCounts`). */
export function ruleCounts(): ReadonlyMap<RuleId, number> {
  return counts;
}

export function resetRuleCounts(): void {
  counts.clear();
}

export function evidenceCounts(): Record<Evidence["kind"], number> {
  const out = { documented: 0, issue: 0, unverified: 0 };
  for (const r of RULES as readonly ModelRule[]) out[r.evidence.kind]++;
  return out;
}
