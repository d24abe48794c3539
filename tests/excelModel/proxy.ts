/** The proxy objects' base: load, properties, and results that become readable after a sync. */
import { applies } from "./register";
import { FakeRequestContext } from "./engine";
import { FakeExcelError, invalidArgument, notImplemented } from "./errors";

export interface Commit {
  bytes: number;
  apply(): void;
}

export interface Operation {
  label: string;
  bytes: number;
  /** Runs in queue order during a sync; loads return what becomes visible once the sync succeeds. */
  run(): Commit | void;
}

export const utf8 = new TextEncoder();

export function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : utf8.encode(JSON.stringify(v)).length;
}

export type LoadArgument = string | string[] | OfficeExtension.LoadOption | Record<string, unknown>;

/** Office accepts "a, b/c", ["a", "b/c"], {select, expand} or {a: true, b: {c: true}}. */
export function loadPaths(arg: LoadArgument | undefined): string[] {
  if (arg === undefined) return [];
  const split = (s: string) =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  if (typeof arg === "string") return split(arg);
  if (Array.isArray(arg)) return arg.flatMap(split);
  if ("select" in arg || "expand" in arg) {
    const asList = (v: unknown) => (typeof v === "string" ? split(v) : Array.isArray(v) ? v.flatMap((x) => split(String(x))) : []);
    return [...asList(arg.select), ...asList(arg.expand)];
  }
  const out: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(prefix + k);
      else if (typeof v === "object" && v !== null) walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(arg as Record<string, unknown>, "");
  return out;
}

/** Holds what a queued method call resolved to, for the proxy it returned. */
export class Slot<T> {
  private filled = false;
  private value: T | undefined;

  put(v: T): void {
    this.value = v;
    this.filled = true;
  }

  get(): T {
    if (!this.filled) throw new Error("fake Excel: object used before the call creating it ran");
    return this.value as T;
  }
}

export abstract class FakeClientObject {
  /** What a load (after its sync) or a local property set made readable, as Office.js keeps it. */
  protected readonly local = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
  ) {
    context.host.countProxy();
  }

  get isNullObject(): boolean {
    return this.prop<boolean>("isNullObject");
  }

  /** What an *OrNullObject call makes readable once its sync succeeds. */
  nullness(isNull: boolean): Commit {
    if (isNull) applies("null-object");
    return { bytes: 4, apply: () => this.local.set("isNullObject", isNull) };
  }

  load(option?: LoadArgument): this {
    const paths = loadPaths(option);
    this.context.enqueue({ label: `${this.typeName}.load`, bytes: jsonBytes(paths), run: () => this.snapshot(paths) });
    return this;
  }

  /** True when, at this point of the sync, the object stands for nothing (an *OrNullObject miss). */
  abstract resolvesToNull(): boolean;

  protected readScalar(name: string): unknown {
    throw notImplemented(`${this.typeName}.${name}`);
  }

  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  /** Properties a bare load() fetches. */
  protected defaultLoad(): string[] {
    return [];
  }

  /** Reads the requested properties now; they become visible only when the whole sync succeeds. */
  snapshot(paths: string[]): Commit {
    if (this.resolvesToNull()) {
      applies("null-object");
      return {
        bytes: 4,
        apply: () => {
          this.local.clear();
          this.local.set("isNullObject", true);
        },
      };
    }
    const entries: [string, unknown][] = [["isNullObject", false]];
    const children: Commit[] = [];
    const nested = new Map<string, string[]>();
    let bytes = 2;
    for (const path of paths.length > 0 ? paths : this.defaultLoad()) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      } else if (path !== "isNullObject") {
        const child = this.navigation(path);
        if (child) {
          children.push(child.snapshot([]));
        } else {
          const v = this.readScalar(path);
          entries.push([path, v]);
          bytes += jsonBytes(path) + jsonBytes(v);
        }
      }
    }
    for (const [head, rest] of nested) {
      const child = this.navigation(head);
      if (!child) throw invalidArgument(`${this.typeName} has no navigation property '${head}'`);
      children.push(child.snapshot(rest));
    }
    return {
      bytes: bytes + children.reduce((n, c) => n + c.bytes, 0),
      apply: () => {
        for (const [k, v] of entries) this.local.set(k, v);
        for (const c of children) c.apply();
      },
    };
  }

  protected prop<T>(name: string): T {
    if (this.local.has(name)) return this.local.get(name) as T;
    if (this.local.get("isNullObject") === true) {
      applies("null-object");
      throw new FakeExcelError("InvalidObjectPath", `${this.typeName} is a null object: only isNullObject can be read.`);
    }
    applies("deferred-load");
    throw new FakeExcelError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  protected later(label: string, bytes: number, run: () => Commit | void): void {
    this.context.enqueue({ label: `${this.typeName}.${label}`, bytes, run });
  }

  /** Office.js keeps a set value locally (readable at once) and sends it with the next sync. */
  protected setLater(name: string, value: unknown, apply: () => void): void {
    applies("set-readable-locally");
    this.local.set(name, value);
    this.later(name, jsonBytes(value), apply);
  }
}

export abstract class FakeCollection<TItem extends FakeClientObject> extends FakeClientObject {
  get items(): TItem[] {
    return this.prop<TItem[]>("items");
  }

  /** Fresh item proxies for the members as they stand at this point of the sync. */
  protected abstract currentItems(): TItem[];

  override snapshot(paths: string[]): Commit {
    if (this.resolvesToNull()) return super.snapshot(paths);
    // collection.load("name") means load("items/name"), as in Office.js
    const itemPaths = paths.filter((p) => p !== "items").map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    const items = this.currentItems();
    const commits = items.map((item) => item.snapshot(itemPaths));
    return {
      bytes: 2 + commits.reduce((n, c) => n + c.bytes, 0),
      apply: () => {
        this.local.set("isNullObject", false);
        this.local.set("items", items);
        for (const c of commits) c.apply();
      },
    };
  }
}

export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) {
      throw new FakeExcelError("PropertyNotLoaded", `The value of the result object has not been loaded yet. Call "context.sync()" first.`);
    }
    return this.result as T;
  }

  /** Part of a sync: the result is computed now and readable when the sync succeeds. */
  settle(compute: () => T): Commit {
    const v = compute();
    return {
      bytes: jsonBytes(v),
      apply: () => {
        this.result = v;
        this.ready = true;
      },
    };
  }
}
