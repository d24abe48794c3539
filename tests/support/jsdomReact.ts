/**
 * What the pane's jsdom tests need before rendering: React's act() environment flag, and a
 * ResizeObserver (jsdom has none; Fluent's MessageBar uses one to reflow its actions).
 * Imported for its effect.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export {};
