/**
 * The in-memory Excel model: test equipment for the Office adapter, the bench and the browser
 * tests. It is not product code, so it lives outside src/.
 */
export * from "./model";
