/**
 * What the pane's jsdom tests share: a fresh root per test (mounted and unmounted around each),
 * the bus reset, and the lookups by what a user sees (a step's card by its name, a button by its
 * label) that every step test used to define for itself.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { resetBus } from "../../src/host/busState";
import "./jsdomReact";

export interface PaneHarness {
  /** The element the pane renders into (fresh for each test). */
  container(): HTMLDivElement;
  render(ui: React.ReactElement): Promise<void>;
}

/** Registers the per-test root (call at the top level of a test file, before its own beforeEach). */
export function usePaneRoot(): PaneHarness {
  let container: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    resetBus();
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    container?.remove();
  });
  return {
    container: () => {
      if (!container) throw new Error("the pane's root exists only inside a test");
      return container;
    },
    render: async (ui) => {
      await act(async () => {
        root?.render(ui);
      });
    },
  };
}

/** A step's card (a region named in Thai or English). */
export function stepCard(within: HTMLElement, th: string, en: string): HTMLElement {
  const region = within.querySelector<HTMLElement>(`[role="region"][aria-label="${th}"], [role="region"][aria-label="${en}"]`);
  if (!region) throw new Error(`no step ${th}`);
  return region;
}

/** A button by its whole label, or by a pattern, inside `within`. */
export function buttonIn(within: HTMLElement, label: string | RegExp): HTMLButtonElement {
  const all = Array.from(within.querySelectorAll("button"));
  const found = all.find((b) => (typeof label === "string" ? b.textContent?.trim() === label : label.test(b.textContent ?? "")));
  if (!found) throw new Error(`no button "${label}" in: ${within.textContent}`);
  return found;
}

/**
 * Whether a button is shown as unavailable. Buttons that become unavailable stay focusable
 * (aria-disabled, not disabled), so that pressing one does not drop the focus to the page.
 */
export function unavailable(b: HTMLButtonElement): boolean {
  expect(b.disabled).toBe(false);
  return b.getAttribute("aria-disabled") === "true";
}
