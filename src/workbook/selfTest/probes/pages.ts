/** Probes of what the plan book writes: page numbering, manual page breaks and a picture over the cells. */
import type { Probe } from "../types";

/** A 40 × 40 PNG, plain blue: small enough for any request, a real picture for Excel to take. */
export const PROBE_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAACgAAAAoCAIAAAADnC86AAAAMElEQVR4nO3NQQkAAAgEsAthHMMa1RKCn8H+S/W8iFgsFovFYrFYLBaLxWKxWHxnAZa13EwuSawfAAAAAElFTkSuQmCC";

/** Strips a sheet prefix and $ signs: "'S 1'!$A$11" → "A11". */
const local = (address: string) => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").toUpperCase();

export const pageNumbering: Probe = {
  id: "pageNumbering",
  titleTh: "เลขหน้าแรก ท้ายกระดาษหน้าแรกต่างจากหน้าอื่น และตัวแบ่งหน้าที่กำหนดเอง อ่านกลับได้ตามที่เขียน",
  titleEn: "First page number, a different first-page footer and manual page breaks read back as written",
  // PageLayout.firstPageNumber, HeaderFooterGroup.state / firstPage (ExcelApi 1.9):
  // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout,
  // https://learn.microsoft.com/javascript/api/excel/excel.headerfooterstate; a break "before the
  // top-left cell of the range": https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection.
  // Pass: each reads back as written, the breaks' first cells being A11 and A21. Whether Excel then
  // prints those pages no API tells: print the scratch sheet to see (the breaks, "ก" on page 4,
  // "หน้า 5" and "หน้า 6" on the next).
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "pages");
      ws.getRange("A1:A30").values = Array.from({ length: 30 }, (_, r) => [`แถว ${r + 1}`]);
      const layout = ws.pageLayout;
      layout.firstPageNumber = 4;
      const hf = layout.headersFooters;
      hf.defaultForAllPages.centerFooter = "หน้า &P";
      hf.state = "FirstAndDefault";
      hf.firstPage.centerFooter = "ก";
      ws.horizontalPageBreaks.add("A11");
      ws.horizontalPageBreaks.add(ws.getRange("A21:E21"));
      await context.sync();
      layout.load("firstPageNumber");
      hf.load("state");
      hf.firstPage.load("centerFooter");
      hf.defaultForAllPages.load("centerFooter");
      const breaks = ws.horizontalPageBreaks.load("items");
      await context.sync();
      const cells = breaks.items.map((b) => b.getCellAfterBreak().load("address"));
      await context.sync();
      const seen = {
        firstPageNumber: layout.firstPageNumber,
        state: hf.state,
        firstPageFooter: hf.firstPage.centerFooter,
        otherPagesFooter: hf.defaultForAllPages.centerFooter,
        breaksBefore: cells.map((c) => local(c.address)).sort(),
      };
      const ok =
        seen.firstPageNumber === 4 &&
        seen.state === "FirstAndDefault" &&
        seen.firstPageFooter === "ก" &&
        seen.otherPagesFooter === "หน้า &P" &&
        JSON.stringify(seen.breaksBefore) === JSON.stringify(["A11", "A21"]);
      return { status: ok ? "pass" : "fail", seen };
    }),
};

const near = (a: number, b: number) => Math.abs(a - b) <= 0.75;

export const pictures: Probe = {
  id: "pictures",
  titleTh: "รูปภาพ (shapes.addImage): ตำแหน่งและขนาดเป็นพอยต์ตามที่ตั้ง และขนาดเดิมเมื่อเพิ่ม",
  titleEn: "A picture (shapes.addImage): place and size in points as set, and its size when added",
  // ShapeCollection.addImage, a JPEG or PNG (ExcelApi 1.9):
  // https://learn.microsoft.com/javascript/api/excel/excel.shapecollection; Shape.left/top/width/
  // height in points: https://learn.microsoft.com/javascript/api/excel/excel.shape; Range.left/top
  // (ExcelApi 1.10): https://learn.microsoft.com/javascript/api/excel/excel.range. Pass: a picture
  // placed with its aspect ratio unlocked reads back where and as large as set, and, with 1.10,
  // cell B2 lies after column A's 60 pt and row 1's 30 pt. Not documented, recorded: where and
  // how large a picture lands (added), whether its aspect ratio is locked then, and what a locked
  // picture does when only its width is set (lockedWidth80).
  run: ({ run, scratch, supports }) =>
    run(async (context) => {
      const ws = scratch.add(context, "picture");
      ws.getRange("A1").format.columnWidth = 60;
      ws.getRange("A1").format.rowHeight = 30;
      const placed = ws.shapes.addImage(PROBE_PNG);
      placed.load("left,top,width,height,lockAspectRatio");
      const locked = ws.shapes.addImage(PROBE_PNG);
      await context.sync();
      const added = { left: placed.left, top: placed.top, width: placed.width, height: placed.height, lockAspectRatio: placed.lockAspectRatio };
      placed.lockAspectRatio = false;
      placed.left = 66;
      placed.top = 33;
      placed.width = 90;
      placed.height = 45;
      locked.width = 80;
      await context.sync();
      placed.load("left,top,width,height");
      locked.load("width,height");
      const cell = supports("1.10") ? ws.getRange("B2").load("left,top") : null;
      await context.sync();
      const read = { left: placed.left, top: placed.top, width: placed.width, height: placed.height };
      const cellAt = cell ? { left: cell.left, top: cell.top } : "ExcelApi 1.10 not supported";
      const ok = near(read.left, 66) && near(read.top, 33) && near(read.width, 90) && near(read.height, 45) && (!cell || (near(cell.left, 60) && near(cell.top, 30)));
      return { status: ok ? "pass" : "fail", seen: { added, read, lockedWidth80: { width: locked.width, height: locked.height }, cellB2: cellAt } };
    }),
};
