/**
 * Stands in for office.js in the browser tests: served in its place, it installs Office and
 * Excel globals backed by our in-memory Excel fake before the pane's bundle runs.
 * window.__opplan gives the test the fake (its workbook and counters) and the ribbon handlers.
 */
import { createFakeExcel } from "../../src/workbook/fakeExcel";

type Handler = (event: { completed(): void }) => Promise<void>;

const params = new URLSearchParams(location.search);
const fake = createFakeExcel({ sheets: (params.get("sheets") ?? "Sheet1").split(",").filter(Boolean) });
const handlers: Record<string, Handler> = {};
const info = { host: "Excel", platform: "OfficeOnline" };

Object.assign(window, {
  __opplan: { fake, handlers },
  Excel: { run: fake.run },
  Office: {
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: params.get("lang") ?? "th-TH",
      requirements: { isSetSupported: () => true },
    },
    actions: {
      associate: (name: string, handler: Handler) => {
        handlers[name] = handler;
      },
    },
    addin: { showAsTaskpane: async () => undefined },
  },
});
