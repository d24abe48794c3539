/**
 * @jest-environment jsdom
 */
/**
 * The pane's word while a run waits for the user to leave a cell: shown as soon as a batch waits,
 * kept while any still waits, gone when the last carries on.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { tellCellEditWaiting } from "../../src/host/cellEditBus";
import { CellEditNotice } from "../../src/taskpane/components/CellEditNotice";
import { LangContext } from "../../src/taskpane/lang";
import "../support/jsdomReact";

let root: Root;
let host: HTMLDivElement;

beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const notice = () => host.querySelector("[data-testid=cell-edit-waiting]")?.textContent ?? null;

it("tells the user to press Enter or Esc while a run waits, and goes when the runs carry on", () => {
  act(() => root.render(<LangContext.Provider value="th"><CellEditNotice /></LangContext.Provider>));
  expect(notice()).toBeNull();
  act(() => tellCellEditWaiting(true));
  expect(notice()).toContain("กด Enter หรือ Esc");
  act(() => tellCellEditWaiting(true));
  act(() => tellCellEditWaiting(false));
  // One run still waits.
  expect(notice()).not.toBeNull();
  act(() => tellCellEditWaiting(false));
  expect(notice()).toBeNull();
});
