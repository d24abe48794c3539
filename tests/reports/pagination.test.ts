import { PAGE_FILL, paginate, withPageBreaks } from "../../src/core/pagination";
import { printEstimate } from "../../src/core/printScale";
import { rect } from "../../src/core/rect";
import type { PrintSetup, SheetSpec } from "../../src/core/sheetSpec";

/**
 * OpPlan's page breaks, against figures worked by hand. A4 portrait with Excel's Normal margins
 * (0.75″ top and bottom) prints 841.9 − 108 = 733.9 pt down, landscape 595.3 − 108 = 487.3 pt;
 * pages are filled to 92 % of that: 675.2 pt portrait (33 rows of 20 pt, 660), 448.3 pt
 * landscape (22 rows, 440).
 */

/** n rows of 20 pt (or as `height` says), one narrow column: printed at 100 %. */
function rows(n: number, print: Partial<PrintSetup> = {}, extra: Partial<SheetSpec> = {}, height: (r: number) => number = () => 20): SheetSpec {
  return {
    name: "ก",
    cells: Array.from({ length: n }, (_, r) => [`แถว ${r}`]),
    columnWidths: [20],
    rowHeights: Array.from({ length: n }, (_, r) => ({ row: r, height: height(r) })),
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, ...print },
    ...extra,
  };
}

/** Zero-based first rows of each page, page 1 first. */
const starts = (spec: SheetSpec, breaks: readonly number[]) => [spec.printArea?.row ?? 0, ...breaks];

describe("paginate: OpPlan's own page breaks", () => {
  it("fills 92 % of a page: 33 rows of 20 pt where the host would put 36", () => {
    expect(PAGE_FILL).toBe(0.92);
    const spec = rows(100);
    expect(paginate(spec)).toEqual({ breaks: [33, 66, 99], pages: 4, scale: 100 });
    // the host alone, without our breaks, would fill its pages to the foot
    expect(printEstimate(spec).pages).toBe(3);
  });

  it("repeats the title rows on every page after the first, which then hold that much less", () => {
    // page 1: rows 0–32; then the title row and 32 more (660 pt) a page
    expect(paginate(rows(100, { repeatRows: { from: 0, to: 0 } })).breaks).toEqual([33, 65, 97]);
    // two title rows: 40 pt a page after the first, 31 rows under them
    expect(paginate(rows(100, { repeatRows: { from: 0, to: 1 } })).breaks).toEqual([33, 64, 95]);
  });

  it("never splits a keepTogether span: the page breaks before it", () => {
    // the break at 33 would fall inside 30..34: the page ends before row 30, the next one starts there
    const spec = rows(100, { keepTogether: [{ from: 30, to: 34 }] });
    const { breaks } = paginate(spec);
    expect(breaks).toEqual([30, 63, 96]);
    for (const b of breaks) expect(b <= 30 || b > 34).toBe(true);
    // a span that fits where it is changes nothing
    expect(paginate(rows(100, { keepTogether: [{ from: 10, to: 20 }] })).breaks).toEqual([33, 66, 99]);
  });

  it("breaks inside a span taller than a page, starting it on a page of its own", () => {
    // rows 10..49 are 800 pt: page 2 starts at 10 and takes 33 of them, page 3 the other 7 and on
    const spec = rows(100, { keepTogether: [{ from: 10, to: 49 }] });
    expect(paginate(spec).breaks).toEqual([10, 43, 76]);
  });

  it("keeps the builder's breaks and counts on from them", () => {
    // a forced break at 10; 0 (the first row) and 150 (past the last) open no page
    const spec = rows(100, { pageBreaks: [150, 10, 0] });
    expect(paginate(spec)).toMatchObject({ breaks: [10, 43, 76], pages: 4 });
    // a builder's break wins over a span it falls in
    expect(paginate(rows(40, { pageBreaks: [12], keepTogether: [{ from: 10, to: 14 }] })).breaks).toEqual([12]);
  });

  it("gives a row taller than a page a page of its own", () => {
    // 700 pt fits A4 (733.9) but not 92 % of it: rows 0–4, then row 5 alone, then the rest
    const spec = rows(20, {}, {}, (r) => (r === 5 ? 700 : 20));
    expect(paginate(spec)).toMatchObject({ breaks: [5, 6], pages: 3 });
  });

  it("never leaves the title rows alone on the first page", () => {
    // titles 0–1 (40 pt), then a row of 640 pt: 680 pt is over the page, but they stay together
    const spec = rows(10, { repeatRows: { from: 0, to: 1 } }, {}, (r) => (r === 2 ? 630 : 20));
    const { breaks } = paginate(spec);
    expect(breaks[0]).toBeGreaterThan(2);
  });

  it("counts rows at the print scale", () => {
    // ten 20-character columns print at 42 % on portrait A4: 20-pt rows take 8.4 pt, 80 to 675.2 pt
    const wide: SheetSpec = { ...rows(200), cells: Array.from({ length: 200 }, () => Array.from({ length: 10 }, () => "x")), columnWidths: Array.from({ length: 10 }, () => 20) };
    expect(paginate(wide)).toEqual({ breaks: [80, 160], pages: 3, scale: 42 });
  });

  it("paginates the print area's rows only, landscape at its own height", () => {
    // rows 5..54 of a 60-row sheet, 22 rows (440 pt of 448.3) a landscape page
    const spec = rows(60, { orientation: "landscape" }, { printArea: rect(5, 0, 50, 1) });
    const p = paginate(spec);
    expect(p).toMatchObject({ breaks: [27, 49], pages: 3 });
    expect(starts(spec, p.breaks)).toEqual([5, 27, 49]);
  });

  it("counts the pages across a sheet printed two pages wide", () => {
    // twenty 20-character columns (2,175 pt) two pages wide: 2 × 0.93 × 494.5 / 2,175 = 42 %;
    // 8.4-pt rows, 80 to a page: two pages down, each two across
    const cells = Array.from({ length: 100 }, () => Array.from({ length: 20 }, () => "x"));
    const spec = rows(100, { fitToPagesWide: 2 }, { cells, columnWidths: Array.from({ length: 20 }, () => 20) });
    expect(paginate(spec)).toEqual({ breaks: [80], pages: 4, scale: 42 });
  });

  it("gives an empty sheet no page", () => {
    expect(paginate({ name: "ว่าง", cells: [], print: { orientation: "portrait", paper: "A4" } })).toEqual({ breaks: [], pages: 0, scale: 100 });
  });
});

describe("withPageBreaks and printEstimate agree", () => {
  const cases: [string, SheetSpec][] = [
    ["plain", rows(100)],
    ["titled", rows(100, { repeatRows: { from: 0, to: 1 } })],
    ["kept together", rows(100, { keepTogether: [{ from: 30, to: 34 }, { from: 60, to: 64 }] })],
    ["forced", rows(100, { pageBreaks: [10, 50] })],
    ["tall row", rows(20, {}, {}, (r) => (r === 5 ? 700 : 20))],
    ["landscape area", rows(60, { orientation: "landscape" }, { printArea: rect(5, 0, 50, 1) })],
    ["mixed heights", rows(300, { repeatRows: { from: 0, to: 2 }, keepTogether: [{ from: 40, to: 55 }] }, {}, (r) => 15 + ((r * 7) % 40))],
  ];

  it.each(cases)("sets print.pageBreaks, and the host then prints the pages paginate counts (%s)", (_, spec) => {
    const { spec: paged, pages } = withPageBreaks(spec);
    const p = paginate(spec);
    expect(paged.print?.pageBreaks).toEqual(p.breaks);
    expect(pages).toBe(p.pages);
    expect(printEstimate(paged).pages).toBe(pages);
    // paginating a paginated spec changes nothing
    expect(paginate(paged).breaks).toEqual(p.breaks);
  });

  it("fills every page it makes to at most 92 % of the printable height, but for a row taller than that", () => {
    const [, spec] = cases[6];
    const { breaks } = paginate(spec);
    const height = (r: number) => 15 + ((r * 7) % 40);
    const bounds = [0, ...breaks, 300];
    for (let i = 0; i + 1 < bounds.length; i++) {
      let used = i > 0 ? height(0) + height(1) + height(2) : 0;
      for (let r = bounds[i]; r < bounds[i + 1]; r++) used += height(r);
      expect(used).toBeLessThanOrEqual(PAGE_FILL * 733.9);
      // and a page ends only where the next row (or the span it opens) would not fit on it
      if (i + 2 < bounds.length) {
        const next = bounds[i + 1];
        let block = 0;
        for (let r = next; r <= (next === 40 ? 55 : next); r++) block += height(r);
        expect(used + block).toBeGreaterThan(PAGE_FILL * 733.9);
      }
    }
    for (const b of breaks) expect(b <= 40 || b > 55).toBe(true);
  });

  it("leaves a spec without a print setup as it was", () => {
    const spec: SheetSpec = { name: "ก", cells: [["a"]] };
    expect(withPageBreaks(spec)).toEqual({ spec, pages: 1 });
  });
});
