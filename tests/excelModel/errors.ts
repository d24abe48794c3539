/** Errors shaped like OfficeExtension.Error. */

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notImplemented(what: string): Error {
  return new Error(`fake Excel: ${what} not implemented`);
}

export function invalidArgument(message: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message);
}
