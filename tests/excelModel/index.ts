/**
 * The in-memory Excel model: test equipment for the Office adapter, the bench and the browser
 * tests, split by concern (state, the request engine, the API objects, Excel's rules). Every
 * rule it imitates is in register.ts with its evidence. It is not product code, so it lives
 * outside src/. A browser test installs it as the global `Excel`: no Node-only APIs.
 */
export { FakeExcelError } from "./errors";
export { FAKE_PAYLOAD_LIMIT_BYTES } from "./limits";
export { SheetState, WorkbookState, seedCells } from "./state";
export type { BorderEdge, BorderState, FontState, CellState, ValidationState, PageSetupState, ShapeState, ConditionalFormatState, DataBarState, DataBarBoundState, SeedValue, SeedOptions } from "./state";
export { createFakeExcel, FakeRequestContext } from "./engine";
export type { FakeRequestStat, FakeExcelStats, FakeExcel, FakeBatch, FakeExcelOptions } from "./engine";
export { FakeClientResult } from "./proxy";
export { FakeEventHandlers, FakeEventHandlerResult } from "./events";
export type { FakeWorksheetChangedEventArgs, FakeWorksheetFormatChangedEventArgs, FakeEventArgs, FakeEventName, FakeEventHandler } from "./events";
export { FakeWorkbook, FakeWorksheetCollection, FakeWorksheet } from "./objects/workbook";
export { FakeRange, FakeRangeAreas, FakeRangeCollection } from "./objects/range";
export { FakeRangeFormat, FakeRangeFont, FakeRangeFill, FakeRangeBorderCollection, FakeRangeBorder } from "./objects/format";
export { FakeDataValidation } from "./objects/validation";
export { FakeConditionalFormatCollection, FakeConditionalFormat, FakeCustomConditionalFormat, FakeConditionalFormatRule, FakeConditionalRangeFormat, FakeConditionalRangeFill, FakeDataBarConditionalFormat, FakeConditionalDataBarPositiveFormat } from "./objects/conditionalFormats";
export { FakeWorksheetFreezePanes, FakePageLayout, FakeHeaderFooterGroup, FakeHeaderFooter, FakePageBreakCollection, FakePageBreak } from "./objects/page";
export { FakeShapeCollection, FakeShape, pictureOf } from "./objects/shapes";
