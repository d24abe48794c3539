/**
 * Entry of the task pane page. With the shared runtime this page is also the ribbon's
 * function file, so it registers the ribbon commands before anything else.
 */
import { createRoot, type Root } from "react-dom/client";
import { registerRibbonCommands } from "../host/ribbon";
import { App } from "./App";

/** How long to wait for office.js before showing the pane anyway (it then says it needs Excel). */
const OFFICE_READY_TIMEOUT_MS = 10_000;

registerRibbonCommands();

let root: Root | undefined;

/** Renders the pane; `officeReady` re-renders it from scratch once Office has answered. */
function mount(officeReady: boolean): void {
  const container = document.getElementById("root");
  if (!container) return;
  if (root && !officeReady) return;
  root ??= createRoot(container);
  root.render(<App key={officeReady ? "office-ready" : "no-office"} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // Outside Office (a plain browser) onReady still resolves, with no host. It never resolves
  // when office.js cannot finish loading (offline, blocked files): show the pane regardless.
  const timer = setTimeout(() => {
    console.warn(`OpPlan: Office.onReady did not resolve within ${OFFICE_READY_TIMEOUT_MS} ms`);
    mount(false);
  }, OFFICE_READY_TIMEOUT_MS);
  Office.onReady().then(
    () => {
      clearTimeout(timer);
      mount(true);
    },
    (err: unknown) => {
      clearTimeout(timer);
      console.error("OpPlan: Office.onReady failed", err);
      mount(false);
    },
  );
} else {
  // office.js did not load at all.
  mount(false);
}
