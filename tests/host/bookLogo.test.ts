/**
 * The book's emblem in the host (src/host/bookLogo.ts): a PNG or JPEG of at most LOGO_MAX_BYTES is
 * taken and kept in the workbook's add-in settings (read back after a reload), anything else is
 * refused with the earlier choice kept; and runGenerate hands the chosen emblem to generateForms,
 * for the pane's run and for the ribbon's button alike.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock("../../src/commands/generateForms", () => ({ generateForms: jest.fn() }));
jest.mock("../../src/commands/announcePlan", () => ({ announcePlan: jest.fn() }));

import { announcePlan, type AnnounceOutcome } from "../../src/commands/announcePlan";
import { generateForms } from "../../src/commands/generateForms";
import type { GenerateOutcome } from "../../src/commands/generateResult";
import { runAnnounce, runGenerate } from "../../src/host/actions";
import { fromBase64 } from "../../src/host/base64";
import {
  bookLogoInput,
  chooseBookLogo,
  clearBookLogo,
  currentBookLogo,
  LOGO_MAX_BYTES,
  LOGO_SETTING,
  NO_DOCUMENT,
  resetBookLogo,
  subscribeBookLogo,
} from "../../src/host/bookLogo";
import { resetBus } from "../../src/host/busState";
import { generateFormsCommand } from "../../src/host/ribbon";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { jpegHeadBytes, PDF_BYTES, pngBytes } from "./pictureBytes";

const makePort = createOfficeWorkbook as jest.MockedFunction<typeof createOfficeWorkbook>;
const generate = generateForms as jest.MockedFunction<typeof generateForms>;
const announce = announcePlan as jest.MockedFunction<typeof announcePlan>;
const port = { listSheets: jest.fn() } as unknown as WorkbookPort;

const OUTCOME: GenerateOutcome = {
  written: ["ผด.01", "ผด.02", "ผด.02-1"],
  renamed: [],
  edited: [],
  cancelled: false,
  refused: [],
  equipment: { items: 0, budget: 0 },
  book: { parts: [] },
  summary: { fiscalYear: 2570, projects: 0, budget: 0, strategies: [] },
  findings: [],
};

/** Office.context.document.settings as Office keeps them: JSON values, saved by saveAsync. */
function fakeSettings({ failSave = false } = {}) {
  const memory = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  return {
    saved,
    get: (name: string) => (memory.has(name) ? memory.get(name) : null),
    set: (name: string, value: unknown) => void memory.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void memory.delete(name),
    saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) => {
      if (failSave) return callback({ status: "failed", error: { message: "The settings could not be saved." } });
      saved.clear();
      for (const [k, v] of memory) saved.set(k, v);
      callback({ status: "succeeded" });
    },
    /** A reload: the in-memory copy is what the document holds. */
    reload() {
      memory.clear();
      for (const [k, v] of saved) memory.set(k, v);
    },
  };
}

type Globals = { Office?: unknown; Excel?: unknown };
const g = globalThis as Globals;
let settings: ReturnType<typeof fakeSettings>;

function fakeHost(s = fakeSettings()): void {
  settings = s;
  g.Excel = { run: jest.fn() };
  g.Office = {
    context: {
      displayLanguage: "th-TH",
      requirements: { isSetSupported: () => true },
      document: { settings: s },
    },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
  };
}

beforeEach(() => {
  resetBus();
  resetBookLogo();
  makePort.mockReset().mockReturnValue(port);
  generate.mockReset().mockResolvedValue(OUTCOME);
  announce.mockReset().mockResolvedValue({ written: [], findings: [], refused: [] } as unknown as AnnounceOutcome);
  fakeHost();
});

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("choosing the emblem", () => {
  it("takes a PNG with its size in pixels, keeps it in the workbook's settings, and tells the listeners", async () => {
    const heard: unknown[] = [];
    subscribeBookLogo((c) => heard.push(c?.fileName));
    const bytes = pngBytes(120, 80);
    const result = await chooseBookLogo("ตรา อบต.png", bytes);
    expect(result).toMatchObject({ ok: true, notSaved: null, choice: { fileName: "ตรา อบต.png", bytes: bytes.length, logo: { extension: "png", widthPx: 120, heightPx: 80 } } });
    const logo = currentBookLogo()!.logo;
    // the base64 is the file itself
    expect(fromBase64(logo.base64)).toEqual(bytes);
    expect(bookLogoInput()).toEqual({ logo });
    expect(settings.saved.get(LOGO_SETTING)).toEqual({ fileName: "ตรา อบต.png", base64: logo.base64 });
    expect(heard).toEqual(["ตรา อบต.png"]);
  });

  it("takes a JPEG", async () => {
    const result = await chooseBookLogo("emblem.jpg", jpegHeadBytes(640, 480));
    expect(result).toMatchObject({ ok: true, choice: { logo: { extension: "jpeg", widthPx: 640, heightPx: 480 } } });
  });

  it("refuses what is no PNG or JPEG, and one over the limit, keeping the emblem chosen before", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(200, 200));
    const before = settings.saved.get(LOGO_SETTING);
    expect(await chooseBookLogo("แผน.pdf", PDF_BYTES)).toEqual({ ok: false, reason: "NOT_IMAGE" });
    // a picture, but too large for the workbook's settings
    const big = pngBytes(10, 10, { padding: LOGO_MAX_BYTES });
    expect(big.length).toBeGreaterThan(LOGO_MAX_BYTES);
    expect(await chooseBookLogo("ใหญ่.png", big)).toEqual({ ok: false, reason: "TOO_LARGE" });
    // just under it is taken
    const under = pngBytes(10, 10, { padding: LOGO_MAX_BYTES - 200 });
    expect(under.length).toBeLessThanOrEqual(LOGO_MAX_BYTES);
    expect(currentBookLogo()?.fileName).toBe("ตรา.png");
    expect(settings.saved.get(LOGO_SETTING)).toEqual(before);
    expect(await chooseBookLogo("พอดี.png", under)).toMatchObject({ ok: true });
  });

  it("is there again after the pane reloads, read from the workbook's settings", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(300, 300));
    const logo = currentBookLogo()!.logo;
    resetBookLogo();
    settings.reload();
    expect(currentBookLogo()).toEqual({ fileName: "ตรา.png", bytes: pngBytes(300, 300).length, logo });
    expect(bookLogoInput()).toEqual({ logo });
  });

  it("does not take back a setting that is no picture any more", () => {
    settings.set(LOGO_SETTING, { fileName: "x.png", base64: btoa("not a picture") });
    expect(currentBookLogo()).toBeUndefined();
    resetBookLogo();
    settings.set(LOGO_SETTING, { fileName: "x.png", base64: "%%%" });
    expect(currentBookLogo()).toBeUndefined();
    resetBookLogo();
    settings.set(LOGO_SETTING, "ตรา");
    expect(bookLogoInput()).toEqual({});
  });

  it("is used for this session when the workbook cannot keep it, and says why", async () => {
    fakeHost(fakeSettings({ failSave: true }));
    const result = await chooseBookLogo("ตรา.png", pngBytes(200, 200));
    expect(result).toMatchObject({ ok: true, notSaved: "The settings could not be saved." });
    expect(bookLogoInput().logo?.widthPx).toBe(200);
    delete g.Office;
    resetBookLogo();
    expect(await chooseBookLogo("ตรา.png", pngBytes(200, 200))).toMatchObject({ ok: true, notSaved: NO_DOCUMENT });
    expect(currentBookLogo()?.fileName).toBe("ตรา.png");
  });

  it("is removed, from the workbook's settings too", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(200, 200));
    const heard: unknown[] = [];
    subscribeBookLogo((c) => heard.push(c));
    expect(await clearBookLogo()).toBeNull();
    expect(currentBookLogo()).toBeUndefined();
    expect(settings.saved.has(LOGO_SETTING)).toBe(false);
    expect(heard).toEqual([undefined]);
    resetBookLogo();
    settings.reload();
    expect(currentBookLogo()).toBeUndefined();
  });
});

describe("the emblem in a run", () => {
  it("goes to generateForms as its logo in the pane's run", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(240, 240));
    await runGenerate();
    expect(generate).toHaveBeenCalledTimes(1);
    expect(generate.mock.calls[0][1]).toMatchObject({ logo: { extension: "png", widthPx: 240, heightPx: 240, base64: currentBookLogo()!.logo.base64 } });
  });

  it("goes to generateForms from the ribbon's button too, the same picture", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(240, 160));
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
    await generateFormsCommand(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(generate).toHaveBeenCalledTimes(1);
    expect(generate.mock.calls[0][1]?.logo).toEqual(currentBookLogo()!.logo);
  });

  it("is read from the workbook for a ribbon run before the pane has ever shown it", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(90, 90));
    resetBookLogo();
    settings.reload();
    await generateFormsCommand({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    expect(generate.mock.calls[0][1]?.logo).toMatchObject({ widthPx: 90, heightPx: 90 });
  });

  it("gives no logo when none is chosen, or once it is removed", async () => {
    await runGenerate();
    expect(generate.mock.calls[0][1]).not.toHaveProperty("logo");
    await chooseBookLogo("ตรา.png", pngBytes(90, 90));
    await clearBookLogo();
    await runGenerate({ source: "ribbon" });
    expect(generate.mock.calls[1][1]).not.toHaveProperty("logo");
  });

  it("goes to the ประกาศ written on its own too, so that it keeps the book's emblem", async () => {
    await chooseBookLogo("ตรา.png", pngBytes(120, 120));
    await runAnnounce();
    expect(announce.mock.calls[0][1]).toMatchObject({ logo: currentBookLogo()!.logo });
    await clearBookLogo();
    await runAnnounce({ source: "ribbon" });
    expect(announce.mock.calls[1][1]).not.toHaveProperty("logo");
  });
});
