/** Events: WorksheetCollection.onChanged, onFormatChanged, onAdded, onDeleted. */
import { FakeRequestContext } from "./engine";

/** What Excel.WorksheetChangedEventArgs carries here: no details, no getRange. */
export type FakeWorksheetChangedEventArgs = Pick<Excel.WorksheetChangedEventArgs, "type" | "changeType" | "source" | "worksheetId" | "address"> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;

/** What Excel.WorksheetFormatChangedEventArgs carries here: no getRange. */
export type FakeWorksheetFormatChangedEventArgs = Pick<Excel.WorksheetFormatChangedEventArgs, "type" | "source" | "worksheetId" | "address">;

export interface FakeEventArgs {
  onChanged: FakeWorksheetChangedEventArgs;
  onFormatChanged: FakeWorksheetFormatChangedEventArgs;
  onAdded: Excel.WorksheetAddedEventArgs;
  onDeleted: Excel.WorksheetDeletedEventArgs;
}

export type FakeEventName = keyof FakeEventArgs;

export type FakeEventHandler<T> = (args: T) => Promise<unknown> | void;

export interface Registration<K extends FakeEventName> {
  readonly context: FakeRequestContext;
  readonly handler: FakeEventHandler<FakeEventArgs[K]>;
}

export type Registrations = { [K in FakeEventName]: Registration<K>[] };

/**
 * OfficeExtension.EventHandlers: adding and removing are queued and happen at the next sync.
 * A handler stays registered after its batch ends, tied to the context it was added in.
 */
export class FakeEventHandlers<K extends FakeEventName> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly event: K,
  ) {}

  add(handler: FakeEventHandler<FakeEventArgs[K]>): FakeEventHandlerResult {
    const registration: Registration<K> = { context: this.context, handler };
    const host = this.context.host;
    this.context.enqueue({ label: `WorksheetCollection.${this.event}.add`, bytes: 0, run: () => host.register(this.event, registration) });
    return new FakeEventHandlerResult(this.context, `WorksheetCollection.${this.event}.remove`, () =>
      host.unregister(this.event, (r) => r === registration),
    );
  }

  /** Only a handler added in this same context is removed; otherwise nothing happens, as in Office. */
  remove(handler: FakeEventHandler<FakeEventArgs[K]>): void {
    const host = this.context.host;
    this.context.enqueue({
      label: `WorksheetCollection.${this.event}.remove`,
      bytes: 0,
      run: () => host.unregister(this.event, (r) => r.handler === handler && r.context === this.context),
    });
  }
}

/** OfficeExtension.EventHandlerResult: remove() is queued on the context the handler was added in. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly label: string,
    private readonly drop: () => void,
  ) {}

  remove(): void {
    this.context.enqueue({ label: this.label, bytes: 0, run: this.drop });
  }
}
