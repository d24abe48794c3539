import { createFakeExcel, FAKE_PAYLOAD_LIMIT_BYTES, FakeExcelError, seedCells, type FakeExcel } from ".";

/** The fake must be as strict as Excel where the adapter could go wrong, or its tests prove nothing. */

const code = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? String(e),
  );

function withSheet(name = "ข้อมูล"): FakeExcel {
  const excel = createFakeExcel();
  excel.workbook.addSheet(name);
  return excel;
}

describe("deferred reads", () => {
  it("throws PropertyNotLoaded until the property is loaded and synced", async () => {
    const excel = withSheet();
    excel.workbook.find("ข้อมูล")!.ensureCell(0, 0).value = 7;
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        [7, ""],
        ["", ""],
      ]);
      expect(range.address).toBe("ข้อมูล!A1:B2");
      expect(range.isNullObject).toBe(false);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads collection items and nested paths", async () => {
    const excel = withSheet("ก");
    excel.workbook.addSheet("ข");
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(FakeExcelError);
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["ก", "ข"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reads a value at the load's place in the queue, not at the end of the batch", async () => {
    const excel = withSheet();
    excel.workbook.find("ข้อมูล")!.ensureCell(0, 0).value = "เดิม";
    await excel.run(async (ctx) => {
      const before = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").load("values");
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").values = [["ใหม่"]];
      const after = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").load("values");
      await ctx.sync();
      expect([before.values, after.values]).toEqual([[["เดิม"]], [["ใหม่"]]]);
    });
  });

  it("returns cell properties only after the sync", async () => {
    const excel = withSheet();
    excel.workbook.find("ข้อมูล")!.ensureCell(0, 1).fill = "#A9D08E";
    await excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets
        .getItem("ข้อมูล")
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(props.value.map((line) => line.map((p) => p.format?.fill?.color))).toEqual([["#FFFFFF", "#A9D08E"]]);
    });
  });
});

describe("null objects and missing items", () => {
  it("gives null objects for a missing sheet and an empty used range, and chains them", async () => {
    const excel = withSheet("ว่าง");
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("ไม่มี").load("name");
      const usedOfMissing = missing.getUsedRangeOrNullObject(true).load("address");
      const empty = ctx.workbook.worksheets.getItem("ว่าง").getUsedRangeOrNullObject().load("address");
      const whole = ctx.workbook.worksheets.getItem("ว่าง").getUsedRange().load("address");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
      expect(usedOfMissing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
      expect(whole.address).toBe("ว่าง!A1");
    });
  });

  it("fails the sync with ItemNotFound for getItem of a missing sheet", async () => {
    const excel = withSheet();
    const outcome = excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ไม่มี");
      await ctx.sync();
    });
    expect(await code(outcome)).toBe("ItemNotFound");
  });

  it("refuses duplicate names case-insensitively and deleting the only visible sheet", async () => {
    const excel = withSheet("Data");
    expect(await code(excel.run(async (ctx) => void ctx.workbook.worksheets.add("data")))).toBe("ItemAlreadyExists");
    expect(await code(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("DATA").delete()))).toBe("InvalidOperation");
    expect(await code(excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Data").name = "a/b")))).toBe("InvalidArgument");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });
});

describe("activating and selecting", () => {
  it("records the active sheet and each sheet's selection, and refuses hidden sheets", async () => {
    const excel = withSheet("ก");
    const b = excel.workbook.addSheet("ข");
    expect(excel.workbook.active?.name).toBe("ก");
    expect(b.selection).toBe("A1");
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("ข").getRange("c4:b3").select());
    expect([excel.workbook.active?.name, b.selection]).toEqual(["ข", "B3:C4"]);
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("ก").activate());
    expect([excel.workbook.active?.name, b.selection]).toEqual(["ก", "B3:C4"]);
    b.visibility = "Hidden";
    expect(await code(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("ข").getRange("A1").select()))).toBe("InvalidOperation");
    expect(await code(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("ข").activate()))).toBe("InvalidOperation");
    expect(excel.workbook.active?.name).toBe("ก");
  });
});

describe("what values become", () => {
  async function write(excel: FakeExcel, values: unknown[][], numberFormat?: unknown) {
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ข้อมูล").getRangeByIndexes(0, 0, values.length, 1);
      if (numberFormat !== undefined) range.numberFormat = numberFormat as string[][];
      range.values = values;
      await ctx.sync();
    });
  }

  it("turns =, +text, -text and @text into formulas in a General cell", async () => {
    const excel = withSheet();
    await write(excel, [["=SUM(A1:A2)"], ["+66 81 234 5678"], ["-abc"], ["@ที่ว่าการ"]]);
    for (let r = 0; r < 4; r++) expect(excel.workbook.find("ข้อมูล")!.cell(r, 0)).toMatchObject({ isFormula: true, value: "#NAME?" });
    expect(excel.workbook.find("ข้อมูล")!.cell(1, 0)!.formula).toBe("=+66 81 234 5678");
  });

  it("turns number-like, boolean-like and date-like text into values", async () => {
    const excel = withSheet();
    await write(excel, [["1,234"], ["00123"], ["-5"], [" 1,632,820 "], ["TRUE"], ["50%"], ["1/2/2025"], ["-"], ["ข้อความ"]]);
    const s = excel.workbook.find("ข้อมูล")!;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => s.cell(r, 0)!.value)).toEqual([1234, 123, -5, 1632820, true, 0.5, 45659, "-", "ข้อความ"]);
    expect(s.cell(6, 0)!.numberFormat).toBe("m/d/yyyy");
    expect(s.cell(7, 0)!.isFormula).toBe(false);
  });

  it("keeps any string as text in a cell formatted @ first, but not when the format comes after", async () => {
    const excel = withSheet();
    const risky = [["=SUM(A1)"], ["+66"], ["00123"], ["1/2"], ["TRUE"]];
    await write(
      excel,
      risky,
      risky.map(() => ["@"]),
    );
    const s = excel.workbook.find("ข้อมูล")!;
    expect(risky.map((_, r) => [s.cell(r, 0)!.value, s.cell(r, 0)!.isFormula])).toEqual(risky.map(([v]) => [v, false]));

    const late = withSheet();
    await late.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1");
      range.values = [["=SUM(A1)"]];
      range.numberFormat = [["@"]];
      await ctx.sync();
    });
    expect(late.workbook.find("ข้อมูล")!.cell(0, 0)!.isFormula).toBe(true);
  });

  it("leaves cells alone for null, broadcasts a single value, and rejects arrays of the wrong shape", async () => {
    const excel = withSheet();
    excel.workbook.find("ข้อมูล")!.ensureCell(1, 0).value = "เดิม";
    await write(excel, [["ใหม่"], [null]], "@");
    const s = excel.workbook.find("ข้อมูล")!;
    expect([s.cell(0, 0)!.value, s.cell(1, 0)!.value, s.cell(1, 0)!.numberFormat]).toEqual(["ใหม่", "เดิม", "@"]);
    expect(await code(write(excel, [["a"], ["b"]], [["@"]]))).toBe("InvalidArgument");
    expect(await code(write(excel, [["a"], ["b", "c"]]))).toBe("InvalidArgument");
  });
  it("empties a cell given \"\" (text or formula), keeping its format and fill; null in a format array keeps the format", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    Object.assign(s.ensureCell(0, 0), { value: "แผนงานการศึกษา", numberFormat: "@", fill: "#FFC000" });
    Object.assign(s.ensureCell(1, 0), { value: 3, isFormula: true, formula: "=1+2", numberFormat: "0.00" });
    await write(excel, [[""], [""]], [[null], [null]]);
    expect(s.cell(0, 0)).toMatchObject({ value: "", isFormula: false, numberFormat: "@", fill: "#FFC000" });
    expect(s.cell(1, 0)).toMatchObject({ value: "", isFormula: false, numberFormat: "0.00" });
    expect(s.usedRect(true)).toBeNull();
    // and a value written in the same request after "@" stays text
    await write(excel, [["=x"], [null]], [["@"], [null]]);
    expect(s.cell(0, 0)).toMatchObject({ value: "=x", isFormula: false, numberFormat: "@" });
    expect(s.cell(1, 0)).toMatchObject({ value: "", numberFormat: "0.00" });
  });
});

describe("stats and failures", () => {
  it("counts syncs, operations and proxies, and syncs what a batch leaves queued", async () => {
    const excel = withSheet();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").format.font.bold = true;
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.operations).toBe(3); // getItem, getRange, bold
    expect(excel.stats.proxies).toBeGreaterThanOrEqual(4); // workbook, worksheets, sheet, range, format, font
    expect(excel.workbook.find("ข้อมูล")!.cell(0, 0)!.font.bold).toBe(true);
    excel.resetStats();
    expect(excel.stats).toEqual({ syncs: 0, proxies: 0, operations: 0, requests: [], maxRequestBytes: 0 });
  });

  it("measures request and response bytes, and refuses payloads over Excel's 5 MB", async () => {
    const excel = withSheet();
    const values = Array.from({ length: 1000 }, (_, r) => [`แถวที่ ${r}`, r]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B1000").values = values;
      await ctx.sync();
      const back = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B1000").load("values");
      await ctx.sync();
      expect(back.values).toEqual(values);
    });
    const payload = new TextEncoder().encode(JSON.stringify(values)).length;
    const [write, read] = excel.stats.requests;
    expect(write.requestBytes).toBeGreaterThan(payload);
    expect(read.responseBytes).toBeGreaterThan(payload);
    expect(excel.stats.maxRequestBytes).toBe(Math.max(write.bytes, read.bytes));

    const big = Array.from({ length: 20_000 }, () => ["ก".repeat(100)]);
    const tooBig = excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:A20000").values = big;
      await ctx.sync();
    });
    expect(await code(tooBig)).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.stats.requests.at(-1)!.bytes).toBeGreaterThan(FAKE_PAYLOAD_LIMIT_BYTES);
  });

  it("holds every sync for the latency set, applying nothing until it is over", async () => {
    const excel = withSheet();
    excel.setLatency(40);
    const started = Date.now();
    const run = excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").values = [["slow"]];
      await ctx.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(excel.workbook.find("ข้อมูล")!.cell(0, 0)?.value ?? null).toBeNull();
    await run;
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(excel.workbook.find("ข้อมูล")!.cell(0, 0)!.value).toBe("slow");
  });

  it("fails the first sync whose actions pass the test, applying nothing of it, and only that one", async () => {
    const excel = withSheet();
    const boom = new FakeExcelError("AccessDenied", "ล็อก");
    excel.failOnSyncWhere((labels) => labels.includes("Worksheet.delete"), boom);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("อื่น");
      await ctx.sync();
    });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("อื่น").delete();
        await ctx.sync();
      }),
    ).rejects.toBe(boom);
    expect(excel.workbook.find("อื่น")).toBeDefined();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("อื่น").delete();
      await ctx.sync();
    });
    expect(excel.workbook.find("อื่น")).toBeUndefined();
  });

  it("fails the nth sync from now with the injected error, applying nothing of it", async () => {
    const excel = withSheet();
    const boom = new FakeExcelError("GeneralException", "ล่ม");
    excel.failOnSync(2, boom);
    const seen: string[] = [];
    await expect(
      excel.run(async (ctx) => {
        const a1 = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1");
        a1.values = [["one"]];
        await ctx.sync();
        seen.push("first");
        a1.values = [["two"]];
        await ctx.sync();
        seen.push("second");
      }),
    ).rejects.toBe(boom);
    expect(seen).toEqual(["first"]);
    expect(excel.workbook.find("ข้อมูล")!.cell(0, 0)!.value).toBe("one");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").values = [["three"]];
      await ctx.sync();
    });
    expect(excel.workbook.find("ข้อมูล")!.cell(0, 0)!.value).toBe("three");
  });
});

describe("formatting and sheet setup", () => {
  it("applies borders per edge, with inside lines on both neighbours", async () => {
    const excel = withSheet();
    await excel.run(async (ctx) => {
      const borders = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B2").format.borders;
      for (const side of ["EdgeTop", "InsideHorizontal"] as const) {
        borders.getItem(side).style = "Continuous";
        borders.getItem(side).weight = "Medium";
      }
      await ctx.sync();
    });
    const s = excel.workbook.find("ข้อมูล")!;
    expect(s.cell(0, 0)!.borders).toEqual({
      EdgeTop: { style: "Continuous", weight: "Medium", color: "#000000" },
      EdgeBottom: { style: "Continuous", weight: "Medium", color: "#000000" },
    });
    expect(Object.keys(s.cell(1, 1)!.borders)).toEqual(["EdgeTop"]);
  });

  it("merges, reports merged areas, freezes and lays out pages", async () => {
    const excel = withSheet();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A1:C1").merge();
      ws.getRange("B3:B4").merge();
      ws.freezePanes.freezeAt(ws.getRange("A1:B2"));
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows("$1:$3");
      ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "หน้า &P";
      const areas = ws.getRange("A1:D10").getMergedAreasOrNullObject().load("address, areas/items/rowIndex");
      const none = ws.getRange("D5").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(areas.address).toBe("ข้อมูล!A1:C1,ข้อมูล!B3:B4");
      expect(areas.areas.items.map((r) => r.rowIndex)).toEqual([0, 2]);
      expect(none.isNullObject).toBe(true);
    });
    const s = excel.workbook.find("ข้อมูล")!;
    expect(s.freeze).toEqual({ rows: 2, cols: 2 });
    expect(s.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$3",
      centerFooter: "หน้า &P",
    });
  });

  it("sets list validations, replacing older rules on the same cells", async () => {
    const excel = withSheet();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A1:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
      ws.getRange("A5:A6").dataValidation.rule = { list: { inCellDropDown: true, source: "=$Z$1:$Z$3" } };
      await ctx.sync();
    });
    const v = excel.workbook.find("ข้อมูล")!.validations;
    expect(v.map((x) => [x.range, x.rule.list?.source])).toEqual([
      [{ row: 0, col: 0, rows: 4, cols: 1 }, "ก,ข"],
      [{ row: 6, col: 0, rows: 4, cols: 1 }, "ก,ข"],
      [{ row: 4, col: 0, rows: 2, cols: 1 }, "=$Z$1:$Z$3"],
    ]);
  });

  it("says clearly what it does not model", async () => {
    const excel = withSheet();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").load("text");
        await ctx.sync();
      }),
    ).rejects.toThrow("fake Excel: Range.text not implemented");
  });
});

describe("fake Excel: list validation sources", () => {
  it("rejects a source on a sheet that does not exist, like Excel", async () => {
    const fake = createFakeExcel({ sheets: ["ก"] });
    const set = (source: string) =>
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ก").getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source } };
        await ctx.sync();
      });
    await expect(set("='รายการเลือก'!$A$2:$A$13")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set("=ข!$A$1:$A$2")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set("=ก!$B$1:$B$2")).resolves.toBeUndefined();
    await expect(set("โครงการ,ครุภัณฑ์")).resolves.toBeUndefined();
  });
});

describe("what the forms use: conditional formats, autofit, print area, hidden columns", () => {
  it("adds Custom conditional formats on top, and evaluates non-blank rules relative to the range's corner", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    s.ensureCell(1, 2).value = "▬";
    s.ensureCell(2, 3).value = "▬";
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      const first = ws.getRange("C2:D3").conditionalFormats.add("Custom").custom;
      first.rule.formula = "=LEN(C2)>0";
      first.format.fill.color = "#a9d08e";
      const second = ws.getRange("A1:D3").conditionalFormats.add("Custom").custom;
      second.rule.formula = "=$A$1<>\"\"";
      second.format.fill.color = "#FF0000";
      await ctx.sync();
    });
    expect(s.conditionalFormats.map((cf) => cf.formula)).toEqual(['=$A$1<>""', "=LEN(C2)>0"]);
    expect([s.conditionalFillAt(1, 2), s.conditionalFillAt(2, 3), s.conditionalFillAt(1, 3), s.conditionalFillAt(0, 2)]).toEqual([
      "#A9D08E",
      "#A9D08E",
      undefined,
      undefined,
    ]);
    // the newer rule wins once A1 is not blank
    s.ensureCell(0, 0).value = "x";
    expect(s.conditionalFillAt(1, 2)).toBe("#FF0000");
    expect(s.cell(1, 2)!.fill).toBeUndefined();
  });

  it("refuses a rule formula without = and kinds it does not model", async () => {
    const excel = withSheet();
    const outcome = (fn: (ws: Excel.Worksheet) => void) =>
      code(excel.run(async (ctx) => fn(ctx.workbook.worksheets.getItem("ข้อมูล"))));
    expect(await outcome((ws) => void (ws.getRange("A1:B2").conditionalFormats.add("Custom").custom.rule.formula = "LEN(A1)>0"))).toBe(
      "InvalidArgument",
    );
    await expect(excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").conditionalFormats.add("IconSet"))).rejects.toThrow(
      "not implemented",
    );
  });

  it("records a data bar's bounds, colour and gradient, reads back Excel's defaults first, and fills no cell", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    s.ensureCell(1, 1).value = 50;
    const seen = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      const bar = ws.getRange("B2:B5").conditionalFormats.add("DataBar").dataBar;
      bar.load("lowerBoundRule,upperBoundRule");
      bar.positiveFormat.load("fillColor,gradientFill");
      await ctx.sync();
      const before = [bar.lowerBoundRule, bar.upperBoundRule, bar.positiveFormat.fillColor, bar.positiveFormat.gradientFill];
      bar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.upperBoundRule = { type: "Number", formula: "100" };
      bar.positiveFormat.fillColor = "#4472c4";
      bar.positiveFormat.gradientFill = false;
      await ctx.sync();
      // Changing the object read back is not a set: Excel keeps 100 (data-bar-bounds-whole).
      bar.load("upperBoundRule");
      await ctx.sync();
      bar.upperBoundRule.formula = "7";
      bar.load("upperBoundRule");
      await ctx.sync();
      return { before, upper: bar.upperBoundRule };
    });
    expect(seen.before).toEqual([{ type: "Automatic" }, { type: "Automatic" }, "#638EC6", true]);
    expect(seen.upper).toEqual({ type: "Number", formula: "100" });
    expect(s.conditionalFormats).toEqual([
      {
        type: "DataBar",
        range: { row: 1, col: 1, rows: 4, cols: 1 },
        dataBar: { lowerBoundRule: { type: "Number", formula: "0" }, upperBoundRule: { type: "Number", formula: "100" }, fillColor: "#4472C4", gradientFill: false },
      },
    ]);
    expect(s.conditionalFillAt(1, 1)).toBeUndefined();
  });

  it("refuses a data bar bound of an unknown type, and data bar properties on a Custom format", async () => {
    const excel = withSheet();
    const run = (fn: (ws: Excel.Worksheet) => void) => code(excel.run(async (ctx) => fn(ctx.workbook.worksheets.getItem("ข้อมูล"))));
    expect(
      await run((ws) => void (ws.getRange("A1:A3").conditionalFormats.add("DataBar").dataBar.lowerBoundRule = { type: "Minimum" as Excel.ConditionalFormatRuleType, formula: "0" })),
    ).toBe("InvalidArgument");
    expect(await run((ws) => void (ws.getRange("A1:A3").conditionalFormats.add("Custom").dataBar.positiveFormat.fillColor = "#4472C4"))).toMatch(
      /not implemented/,
    );
  });

  it("fits rows to wrapped text, one line for unwrapped cells, and does not measure merged cells: their rows shrink", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    const long = "ก".repeat(60);
    Object.assign(s.ensureCell(0, 0), { value: long, wrapText: true, font: { size: 16 } });
    Object.assign(s.ensureCell(1, 0), { value: long, font: { size: 16 } });
    Object.assign(s.ensureCell(2, 0), { value: long, wrapText: true, font: { size: 16 } });
    s.merges.push({ row: 2, col: 0, rows: 1, cols: 3 });
    s.rowHeights.set(2, 40);
    s.rowHeights.set(3, 100);
    s.columnWidths.set(0, 100);
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:A4").getEntireRow().format.autofitRows());
    // 100 pt is 18.3 characters, 10.4 letters a line at 16 pt: 60 letters take 6 lines, 6 × 25.6 + 4.
    // One line is 25.6 + 4. Row 3 holds only a merged cell, which autofit does not measure: 15 points.
    expect([0, 1, 2, 3].map((r) => s.rowHeights.get(r))).toEqual([158, 30, 15, 15]);
    expect(s.autofitSpans).toEqual([{ from: 0, to: 3 }]);
  });

  it("sets the print area and hides columns", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.pageLayout.setPrintArea("$A$1:$R$120");
      ws.getRangeByIndexes(0, 18, 1, 2).getEntireColumn().columnHidden = true;
      const hidden = ws.getRange("S5:U5").load("columnHidden");
      await ctx.sync();
      expect(hidden.columnHidden).toBeNull();
    });
    expect([s.pageLayout.printArea, [...s.hiddenColumns]]).toEqual(["A1:R120", [18, 19]]);
  });
});

describe("hidden rows and columns", () => {
  it("tells whether all, none or some of a range's rows and columns are hidden: true, false, null", async () => {
    const excel = withSheet();
    seedCells(excel.workbook.find("ข้อมูล")!, [], { hiddenRows: [2, 3], hiddenColumns: [1] });
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      const some = ws.getRange("A1:C5").load("rowHidden, columnHidden");
      const all = ws.getRange("B3:B4").load("rowHidden, columnHidden");
      const none = ws.getRange("C5:D9").load("rowHidden, columnHidden");
      // a whole column counts its million rows without walking them
      const column = ws.getRange("A:A").load("rowHidden");
      await ctx.sync();
      expect([some.rowHidden, some.columnHidden]).toEqual([null, null]);
      expect([all.rowHidden, all.columnHidden]).toEqual([true, true]);
      expect([none.rowHidden, none.columnHidden]).toEqual([false, false]);
      expect(column.rowHidden).toBeNull();
    });
  });

  it("hides and shows whole rows through rowHidden", async () => {
    const excel = withSheet();
    const s = excel.workbook.find("ข้อมูล")!;
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("C4:D6").rowHidden = true;
      await ctx.sync();
      ws.getRange("Z5").rowHidden = false;
    });
    expect([...s.hiddenRows].sort((a, b) => a - b)).toEqual([3, 5]);
    await expect(excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").rowHidden = 1 as unknown as boolean))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("gives per-row and per-column properties after the sync, only those asked, and counts their bytes", async () => {
    const excel = withSheet();
    seedCells(excel.workbook.find("ข้อมูล")!, [], { hiddenRows: [4], hiddenColumns: [2] });
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("B4:D6");
      const rows = range.getRowProperties({ rowIndex: true, rowHidden: true });
      const cols = range.getColumnProperties({ columnHidden: true });
      expect(() => rows.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(rows.value).toEqual([
        { rowIndex: 3, rowHidden: false },
        { rowIndex: 4, rowHidden: true },
        { rowIndex: 5, rowHidden: false },
      ]);
      expect(cols.value).toEqual([{ columnHidden: false }, { columnHidden: true }, { columnHidden: false }]);
    });
    const expected = new TextEncoder().encode(
      JSON.stringify([{ rowIndex: 3, rowHidden: false }, { rowIndex: 4, rowHidden: true }, { rowIndex: 5, rowHidden: false }]) +
        JSON.stringify([{ columnHidden: false }, { columnHidden: true }, { columnHidden: false }]),
    ).length;
    expect(excel.stats.requests[0].responseBytes).toBeGreaterThanOrEqual(expected);
    await expect(
      excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").getRowProperties({ format: { rowHeight: true } })),
    ).rejects.toThrow("not implemented");
  });
});

describe("events: worksheets.onChanged, onFormatChanged, onAdded, onDeleted", () => {
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  function twoSheets(): FakeExcel {
    return createFakeExcel({ sheets: ["ข้อมูล", "อื่น"], triggerSource: true });
  }

  it("tells no triggerSource without the knob, as an Excel before ExcelApi 1.14", async () => {
    const excel = createFakeExcel({ sheets: ["ข้อมูล"] });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args);
      });
    });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1").values = [[1]];
    });
    excel.userEdit("ข้อมูล", "B1", [[2]]);
    await tick();
    expect(seen.map((e) => [e.address, "triggerSource" in e])).toEqual([
      ["A1", false],
      ["B1", false],
    ]);
  });

  it("tells onChanged handlers after the sync, once per range whose values or formats changed", async () => {
    const excel = twoSheets();
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    // Added in one run, alive in the next, as in Office.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args);
      });
    });
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("A1:B2").numberFormat = [["0", "0"], ["0", "0"]];
      ws.getRange("C3").numberFormat = [["@"]];
      ws.getRange("D4").format.font.bold = true;
      await ctx.sync();
      expect(seen).toEqual([]);
    });
    await tick();
    const id = excel.workbook.find("ข้อมูล")!.id;
    const told = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: id, triggerSource: "ThisLocalAddin" };
    // Formats raise onChanged as well; A1:B2's number format is told with its values, once.
    expect(seen).toEqual([{ ...told, address: "A1:B2" }, { ...told, address: "C3" }, { ...told, address: "D4" }]);
  });

  it("tells onFormatChanged handlers, and onChanged ones as well, of number formats, fills, fonts and borders set by the API", async () => {
    const excel = twoSheets();
    const changed: string[] = [];
    const formatted: Excel.WorksheetFormatChangedEventArgs[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        changed.push(args.address);
      });
      ctx.workbook.worksheets.onFormatChanged.add(async (args) => {
        formatted.push(args);
      });
    });
    const sheet = excel.workbook.find("ข้อมูล")!;
    sheet.ensureCell(5, 5).fill = "#00FF00";
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("C3").numberFormat = [["@"]];
      ws.getRange("C3").numberFormat = [["0"]];
      ws.getRange("J6:L6").format.fill.color = "#ffc000";
      ws.getRange("F6").format.fill.clear();
      ws.getRange("D4").format.font.bold = true;
      ws.getRange("A1:B1").format.borders.getItem("EdgeBottom").style = "Continuous";
      await ctx.sync();
      expect(formatted).toEqual([]);
    });
    await tick();
    const told = { type: "WorksheetFormatChanged", source: "Local", worksheetId: sheet.id };
    // Once per range and sync, as onChanged: C3's two number formats are one event.
    expect(formatted).toEqual([
      { ...told, address: "C3" },
      { ...told, address: "J6:L6" },
      { ...told, address: "F6" },
      { ...told, address: "D4" },
      { ...told, address: "A1:B1" },
    ]);
    expect(changed).toEqual(["C3", "J6:L6", "F6", "D4", "A1:B1"]);
    changed.length = 0;
    expect([sheet.cell(2, 2)!.numberFormat, sheet.cell(5, 9)!.fill, sheet.cell(5, 5)!.fill]).toEqual(["0", "#FFC000", undefined]);
    // Values still raise onChanged, and only it.
    formatted.length = 0;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("B2").values = [[7]];
    });
    await tick();
    expect([changed, formatted]).toEqual([["B2"], []]);
  });

  it("tells of what a sync changed before the action that failed it", async () => {
    const excel = twoSheets();
    const seen: string[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args.address);
      });
    });
    const failing = excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("E5").values = [["x"]];
      ctx.workbook.worksheets.getItem("ไม่มี").getRange("A1").values = [["y"]];
      await ctx.sync();
    });
    expect(await code(failing)).toBe("ItemNotFound");
    await tick();
    expect(seen).toEqual(["E5"]);
  });

  it("tells of added and deleted sheets by id", async () => {
    const excel = twoSheets();
    const seen: unknown[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onAdded.add(async (args) => {
        seen.push(args);
      });
      ctx.workbook.worksheets.onDeleted.add(async (args) => {
        seen.push(args);
      });
    });
    const gone = excel.workbook.find("อื่น")!.id;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("ใหม่");
      ctx.workbook.worksheets.getItem("อื่น").delete();
    });
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual([
      { type: "WorksheetAdded", source: "Local", worksheetId: excel.workbook.find("ใหม่")!.id },
      { type: "WorksheetDeleted", source: "Local", worksheetId: gone },
    ]);
  });

  it("adds and removes handlers at a sync, removing only through the context they were added in", async () => {
    const excel = twoSheets();
    const handler = async () => undefined;
    let result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await excel.run(async (ctx) => {
      result = ctx.workbook.worksheets.onChanged.add(handler);
      expect(excel.handlerCount("onChanged")).toBe(0);
      await ctx.sync();
      expect(excel.handlerCount("onChanged")).toBe(1);
    });
    const added = result!;
    // A new context can neither remove the handler nor send the result's removal: Office ignores both.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.remove(handler);
      added.remove();
    });
    expect(excel.handlerCount("onChanged")).toBe(1);
    await excel.run(added.context, async (ctx) => {
      expect(ctx).toBe(added.context);
      added.remove();
      expect(excel.handlerCount("onChanged")).toBe(1);
      await ctx.sync();
      expect(excel.handlerCount("onChanged")).toBe(0);
    });
    // And through EventHandlers.remove on the same context.
    let again: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await excel.run(async (ctx) => {
      again = ctx.workbook.worksheets.onChanged.add(handler);
    });
    await excel.run(again!.context, async (ctx) => ctx.workbook.worksheets.onChanged.remove(handler));
    expect(excel.handlerCount("onChanged")).toBe(0);
  });

  it("adds and removes onFormatChanged handlers like the others, through the context they were added in", async () => {
    const excel = twoSheets();
    const heard: string[] = [];
    let result: OfficeExtension.EventHandlerResult<Excel.WorksheetFormatChangedEventArgs> | undefined;
    await excel.run(async (ctx) => {
      result = ctx.workbook.worksheets.onFormatChanged.add(async (args) => {
        heard.push(args.address);
      });
      expect(excel.handlerCount("onFormatChanged")).toBe(0);
      await ctx.sync();
      expect(excel.handlerCount("onFormatChanged")).toBe(1);
    });
    expect([excel.handlerCount("onChanged"), excel.handlerCount("onAdded"), excel.handlerCount("onDeleted")]).toEqual([0, 0, 0]);
    const added = result!;
    await excel.run(async () => added.remove());
    expect(excel.handlerCount("onFormatChanged")).toBe(1);
    excel.userFormat("ข้อมูล", "A1", "#FF0000");
    await excel.run(added.context, async (ctx) => {
      added.remove();
      await ctx.sync();
    });
    expect(excel.handlerCount("onFormatChanged")).toBe(0);
    excel.userFormat("ข้อมูล", "A2", "#FF0000");
    await tick();
    // A1's event was raised while the handler was there: it still arrives, A2's does not.
    expect(heard).toEqual(["A1"]);
  });

  it("runs a batch on a context of its own only", async () => {
    const excel = twoSheets();
    const other = createFakeExcel({ sheets: ["ก"] });
    let foreign: Excel.RequestContext | undefined;
    await other.run(async (ctx) => {
      foreign = ctx;
    });
    await expect(excel.run(foreign!, async () => undefined)).rejects.toThrow(/not implemented/);
  });

  it("applies a user's edit without a sync, as typed, and tells onChanged handlers afterwards", async () => {
    const excel = twoSheets();
    const sheet = excel.workbook.find("ข้อมูล")!;
    sheet.ensureCell(1, 2).value = "เดิม";
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args);
      });
    });
    excel.resetStats();
    excel.userEdit("ข้อมูล", "B2:C2", [["00123", null]]);
    expect([sheet.cell(1, 1)!.value, sheet.cell(1, 2)!.value, excel.stats.syncs]).toEqual(["00123", "", 0]);
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual([
      { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address: "B2:C2", triggerSource: "Unknown" },
    ]);
    expect(() => excel.userEdit("ไม่มี", "A1", [[1]])).toThrow(/missing sheet/);
    expect(() => excel.userEdit("ข้อมูล", "A1:B1", [[1]])).toThrow(/1×2/);
  });

  it("applies a user's fill without a sync and tells onFormatChanged and onChanged handlers afterwards", async () => {
    const excel = twoSheets();
    const sheet = excel.workbook.find("ข้อมูล")!;
    sheet.ensureCell(5, 9).fill = "#00B050";
    sheet.ensureCell(5, 9).value = "x";
    const changed: string[] = [];
    const formatted: Excel.WorksheetFormatChangedEventArgs[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => {
        changed.push(args.address);
      });
      ctx.workbook.worksheets.onFormatChanged.add(async (args) => {
        formatted.push(args);
      });
    });
    excel.resetStats();
    excel.userFormat("ข้อมูล", "G6:I6", "#ffc000");
    excel.userFormat("ข้อมูล", "J6", null);
    expect([sheet.cell(5, 6)!.fill, sheet.cell(5, 8)!.fill, sheet.cell(5, 9)!.fill, sheet.cell(5, 9)!.value, excel.stats.syncs]).toEqual([
      "#FFC000",
      "#FFC000",
      undefined,
      "x",
      0,
    ]);
    expect(formatted).toEqual([]);
    await tick();
    const told = { type: "WorksheetFormatChanged", source: "Local", worksheetId: sheet.id };
    expect(formatted).toEqual([
      { ...told, address: "G6:I6" },
      { ...told, address: "J6" },
    ]);
    expect(changed).toEqual(["G6:I6", "J6"]);
    expect(() => excel.userFormat("ไม่มี", "A1", "#FF0000")).toThrow(/missing sheet/);
    expect(() => excel.userFormat("ข้อมูล", "A1", "red")).toThrow(/#RRGGBB/);
  });
});

describe("rules the documentation gives", () => {
  it("takes numberFormat \"\" as General, as the blank and null values page says", async () => {
    const excel = createFakeExcel({ sheets: ["ข้อมูล"] });
    const sheet = excel.workbook.find("ข้อมูล")!;
    sheet.ensureCell(0, 0).numberFormat = "0.00";
    const read = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B1");
      range.numberFormat = [["", "@"]];
      range.load("numberFormat");
      await ctx.sync();
      return range.numberFormat;
    });
    expect(read).toEqual([["General", "@"]]);
  });
});
