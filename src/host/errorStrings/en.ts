/** English for the messages errorMessage gives, when Office runs in English. */
import type { ErrorStringId } from "./th";

export const ERROR_STRINGS_EN: Record<ErrorStringId, string> = {
  // a run the user stopped
  runCancelled: "Cancelled. Nothing in the workbook was changed.",
  // what went wrong, and what to do
  errNotInExcel: "Excel was not found: open OpPlan from the “Operational Plan” tab in Excel and try again.",
  errOldExcel: "This Excel is too old. OpPlan needs Excel 2019 or later, Microsoft 365 or Excel on the web.",
  errNoClassification: "Nothing has been classified yet: choose “Classify” first, then try again.",
  errNothingToUndo: "Nothing saved to undo.",
  errNoSheetImport:
    "This Excel cannot import sheets from another file (it needs ExcelApi 1.13). The chosen development plan still works this time. To keep it in the workbook, open the plan file in Excel, right-click the ผ.02 sheet tab, choose “Move or Copy…”, pick this workbook and tick “Create a copy”.",
  errNoDevPlan: "No development plan file is chosen yet: choose an .xlsx file holding form ผ.02 first.",
  errSheetExists: "A sheet named “{sheet}” already exists. Rename or delete it, then try again.",
  errSheetMissing: "The sheet “{sheet}” is not in this workbook.",
  errInvalidName: "“{sheet}” cannot be a sheet name (at most 31 characters, none of : \\ / ? * [ ]).",
  errCellEditing: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  errProtected: "The workbook or sheet is protected. Unprotect it, then try again.",
  errTooLarge: "Too much data for Excel to take at once. Try with less data.",
  errTooLargeSheet: "Excel refused what OpPlan wrote to sheet {sheet} as too large, even sent in smaller parts. Try with less data, or in Excel on the desktop.",
  errInactive: "This workbook is not the active one. Click into it, then try again.",
  errSettingsMissing: "The settings sheet has no row for {labels}. Create the template (step 1) or add the row to the settings sheet, then try again.",
  errHost: "Excel could not finish ({detail}). Try again; if it keeps failing, close and reopen the workbook.",
  errUnknown: "Unexpected error: {detail}",
  // ตั้งค่า: a values column that is only a guess, and the settings' names as messages cite them
  settingsShiftedOnSave:
    "Nothing was saved: in the sheet “{sheet}” the cell right of every label is empty, so the values column cannot be told apart. Type the values in the sheet itself, in the cells right of the labels, then choose Reload.",
  settingLabelOrgName: "Local government name",
  settingLabelOrgType: "Type of local government",
  settingLabelDistrict: "District (อำเภอ)",
  settingLabelProvince: "Province (จังหวัด)",
  settingLabelFiscalYear: "Fiscal year (B.E.)",
  settingLabelEdition: "Edition",
  settingLabelTriggerKind: "Reason for the plan",
  settingLabelTriggerDate: "Budget ordinance announced on",
  settingLabelAnnounceDate: "Plan announced on",
  settingLabelPostDate: "Announcement posted on",
  settingLabelSignerName: "Signed by",
  settingLabelSignerPosition: "Position",
  settingLabelThaiDigits: "Thai digits",
  settingLabelRollDeadline: "Move deadlines off holidays",
};
