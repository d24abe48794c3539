/** Probes of layout: the units of widths and heights, autofit on merged rows, page setup read back. */
import { errorCodeOf, type Probe } from "../types";

/** Close enough for sizes Excel rounds to its pixel grid (0.75 pt at 96 dpi). */
const near = (a: number | null, b: number, tolerance: number) => a !== null && Math.abs(a - b) <= tolerance;

export const sizeUnits: Probe = {
  id: "sizeUnits",
  titleTh: "หน่วยของความกว้างคอลัมน์และความสูงแถวที่อ่านกลับ (พอยต์)",
  titleEn: "Units of column widths and row heights read back (points)",
  // Worksheet.standardHeight is "in points" and standardWidth in characters of the Normal style
  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-standardheight-member);
  // RangeFormat.columnWidth / rowHeight give no unit
  // (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member):
  // the adapter writes points. Pass: an untouched row is standardHeight tall, and a width and a
  // height written read back as written (give or take Excel's pixel rounding).
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "units");
      ws.load("standardHeight,standardWidth");
      const untouched = ws.getRange("B2").format;
      untouched.load("rowHeight,columnWidth");
      await context.sync();
      const fresh = { rowHeight: untouched.rowHeight, columnWidth: untouched.columnWidth };
      const column = ws.getRange("C1").format;
      column.columnWidth = 72;
      const row = ws.getRange("A3").format;
      row.rowHeight = 30;
      await context.sync();
      column.load("columnWidth");
      row.load("rowHeight");
      await context.sync();
      const seen = {
        standardHeight: ws.standardHeight,
        standardWidth: ws.standardWidth,
        untouchedRowHeight: fresh.rowHeight,
        untouchedColumnWidth: fresh.columnWidth,
        wroteColumnWidth: 72,
        readColumnWidth: column.columnWidth,
        wroteRowHeight: 30,
        readRowHeight: row.rowHeight,
      };
      const ok = near(fresh.rowHeight, ws.standardHeight, 0.5) && near(column.columnWidth, 72, 1) && near(row.rowHeight, 30, 0.75);
      return { status: ok ? "pass" : "fail", seen };
    }),
};

const LONG_THAI = "ประกาศแผนการดำเนินงานประจำปีงบประมาณขององค์กรปกครองส่วนท้องถิ่น ".repeat(8);

export const autofitMergedRows: Probe = {
  id: "autofitMergedRows",
  titleTh: "autofitRows กับแถวที่มีเซลล์ผสาน (merge) และตัดบรรทัด",
  titleEn: "autofitRows on a row holding a merged, wrapped cell",
  // "You cannot use the AutoFit feature for rows or columns that contain merged cells":
  // https://learn.microsoft.com/office/troubleshoot/excel/wrap-text-not-adjust-row-height, and the
  // API does as the UI: https://github.com/OfficeDev/office-js/issues/1840. Pass: after autofit,
  // the merged row (A1:C1) is not fitted to its text the way the same text in one cell as wide
  // (D3, width A+B+C) is. seen tells whether the merged row's set height of 60 pt was changed.
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "autofit");
      for (const col of ["A", "B", "C"]) ws.getRange(`${col}1`).format.columnWidth = 60;
      ws.getRange("D1").format.columnWidth = 180;
      const merged = ws.getRange("A1:C1");
      merged.merge(false);
      const first = ws.getRange("A1");
      first.values = [[LONG_THAI]];
      first.format.wrapText = true;
      merged.format.rowHeight = 60;
      const plain = ws.getRange("D3");
      plain.values = [[LONG_THAI]];
      plain.format.wrapText = true;
      await context.sync();
      ws.getRange("1:3").format.autofitRows();
      await context.sync();
      const mergedRow = ws.getRange("A1").format;
      const plainRow = ws.getRange("A3").format;
      mergedRow.load("rowHeight");
      plainRow.load("rowHeight");
      await context.sync();
      const seen = {
        mergedRowBefore: 60,
        mergedRowAfter: mergedRow.rowHeight,
        plainRowAfter: plainRow.rowHeight,
        mergedRowChanged: mergedRow.rowHeight !== 60,
      };
      return { status: mergedRow.rowHeight < plainRow.rowHeight - 1 ? "pass" : "fail", seen };
    }),
};

/** Strips a sheet prefix and $ signs: "'S 1'!$A$1:$H$40" → "A1:H40". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").toUpperCase();
}

export const pageSetup: Probe = {
  id: "pageSetup",
  titleTh: "การตั้งค่าหน้ากระดาษอ่านกลับได้ตามที่เขียน (แนว กระดาษ ขอบ มาตราส่วน พื้นที่พิมพ์ แถวหัวเรื่อง)",
  titleEn: "Page setup reads back as written (orientation, paper, margins, scale, print area, title rows)",
  // PageLayout: orientation, paperSize, margins "in points", zoom, setPrintArea /
  // getPrintAreaOrNullObject, setPrintTitleRows / getPrintTitleRowsOrNullObject (ExcelApi 1.9):
  // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout. Pass: every value set
  // reads back. Fit-to-pages with verticalFitToPages 0 is not documented: what it reads back is
  // only recorded (fitToPagesReadBack).
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "page");
      ws.getRange("A1:H40").values = Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => r * 8 + c));
      const layout = ws.pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.leftMargin = 36;
      layout.rightMargin = 36;
      layout.topMargin = 54;
      layout.bottomMargin = 54;
      layout.zoom = { scale: 85 };
      layout.setPrintArea("A1:H40");
      layout.setPrintTitleRows("$1:$2");
      await context.sync();
      layout.load("orientation,paperSize,leftMargin,rightMargin,topMargin,bottomMargin,zoom");
      const area = layout.getPrintAreaOrNullObject();
      area.load("address");
      const titles = layout.getPrintTitleRowsOrNullObject();
      titles.load("address");
      await context.sync();
      const read = {
        orientation: layout.orientation,
        paperSize: layout.paperSize,
        margins: [layout.leftMargin, layout.rightMargin, layout.topMargin, layout.bottomMargin],
        zoomScale: layout.zoom.scale ?? null,
        printArea: area.isNullObject ? null : localAddress(area.address),
        printTitleRows: titles.isNullObject ? null : localAddress(titles.address),
      };
      const wanted = [36, 36, 54, 54];
      const ok =
        read.orientation === "Landscape" &&
        read.paperSize === "A4" &&
        read.margins.every((m, i) => Math.abs(m - wanted[i]) <= 0.5) &&
        read.zoomScale === 85 &&
        read.printArea === "A1:H40" &&
        (read.printTitleRows === "1:2" || read.printTitleRows === "A1:XFD2");
      // Last, and its refusal only recorded: an Excel that rejects it must not hide what came before.
      let fitToPagesReadBack: unknown;
      try {
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        await context.sync();
        layout.load("zoom");
        await context.sync();
        fitToPagesReadBack = { ...layout.zoom };
      } catch (err) {
        fitToPagesReadBack = { refused: errorCodeOf(err) };
      }
      return { status: ok ? "pass" : "fail", seen: { ...read, fitToPagesReadBack } };
    }),
};
