/**
 * The one door from via-office to the in-memory Excel model (test equipment in tests/excelModel):
 * when the model moves or splits, only this file follows it.
 */
export {
  createFakeExcel,
  pictureOf,
  type BorderState,
  type CellState,
  type ConditionalFormatState,
  type DataBarBoundState,
  type DataBarState,
  type FakeExcel,
  type FontState,
  type PageSetupState,
  type ShapeState,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from "../../tests/excelModel";
