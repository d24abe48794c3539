/**
 * @jest-environment jsdom
 */
/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs the internet):
 * element order, resources, icons, URLs, the shared runtime and the Thai localisation.
 * Uses jsdom's DOMParser for the XML.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const THAI = /[\u0E00-\u0E7F]/;
const RESOURCE_ID_MAX = 32;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(readFileSync(MANIFEST, "utf8"));
const root = doc.documentElement;

/** Child elements (not text or comments). */
function kids(el: Element): Element[] {
  return Array.from(el.children);
}

function names(el: Element): string[] {
  return kids(el).map((k) => k.localName);
}

function child(el: Element, name: string): Element {
  const found = kids(el).find((k) => k.localName === name);
  if (!found) throw new Error(`<${el.localName}> has no <${name}>`);
  return found;
}

/** Every descendant element with this local name, whatever its namespace prefix. */
function all(name: string, within: Element = root): Element[] {
  return Array.from(within.getElementsByTagName("*")).filter((e) => e.localName === name);
}

function xsiType(el: Element): string | null {
  return el.getAttribute("xsi:type");
}

function path(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const id = e.getAttribute("id");
    parts.unshift(id ? `${e.localName}#${id}` : e.localName);
  }
  return parts.join("/");
}

// ---------------------------------------------------------------- resources

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const resourcesEl = child(child(root, "VersionOverrides"), "Resources");

/** id → kind and element, from <Resources>. */
const resources = new Map<string, { kind: ResourceKind; el: Element }>();
const resourceIds: string[] = [];
for (const group of kids(resourcesEl)) {
  for (const res of kids(group)) {
    const id = res.getAttribute("id") ?? "";
    resourceIds.push(id);
    resources.set(id, { kind: group.localName as ResourceKind, el: res });
  }
}

function resourceValue(id: string): string {
  const res = resources.get(id);
  if (!res) throw new Error(`no resource ${id}`);
  return res.el.getAttribute("DefaultValue") ?? "";
}

/** The kind of resource a resid must point to, from the element that holds it. */
function expectedKind(el: Element): ResourceKind | undefined {
  const parent = el.parentElement?.localName;
  switch (el.localName) {
    case "Image":
      return "Images";
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "SourceLocation":
      return "Urls";
    case "Label":
      return "ShortStrings";
    case "Title":
      return parent === "Supertip" || parent === "GetStarted" ? "ShortStrings" : undefined;
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? "LongStrings" : undefined;
    default:
      return undefined;
  }
}

const residElements = Array.from(root.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));

// ---------------------------------------------------------------- PNG

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  signature.forEach((b, i) => {
    if (buf[i] !== b) throw new Error(`${file} is not a PNG`);
  });
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → <repo>/assets/icon-16.png */
function assetFile(url: string): string {
  const m = /^https:\/\/[^/]+\/(assets\/[^?#]+\.png)$/.exec(url);
  if (!m) throw new Error(`icon URL ${url} does not point into /assets/*.png`);
  return join(ROOT, m[1]);
}

// ---------------------------------------------------------------- tests

describe("manifest.xml: structure", () => {
  it("is an add-in only TaskPaneApp manifest for Excel", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(child(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").textContent).toBe("1.0.0.0");
    expect(child(root, "ProviderName").textContent).toBe("OpPlan");
    expect(child(root, "DefaultLocale").textContent).toBe("en-US");
    expect(kids(child(root, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(xsiType(child(root, "VersionOverrides"))).toBe("VersionOverridesV1_0");
  });

  it("keeps the OfficeApp children in schema order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const optional = new Set(["AppDomains"]);
    const actual = names(root);
    expect(actual).toEqual(order.filter((n) => !optional.has(n) || actual.includes(n)));
  });

  it("requires ExcelApi 1.9 and SharedRuntime 1.1", () => {
    const sets = all("Set", child(root, "Requirements")).map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toEqual(expect.arrayContaining(["ExcelApi 1.9", "SharedRuntime 1.1"]));
  });

  it("opens the task pane page by default", () => {
    const source = child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue");
    expect(source).toBe(resourceValue("Taskpane.Url"));
    expect(source).toMatch(/\/taskpane\.html$/);
  });

  it("orders the Workbook host's parts and GetStarted", () => {
    const host = child(child(child(root, "VersionOverrides"), "Hosts"), "Host");
    expect(xsiType(host)).toBe("Workbook");
    expect(names(host)).toEqual(["Runtimes", "DesktopFormFactor"]);
    const desktop = child(host, "DesktopFormFactor");
    expect(names(desktop)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(names(child(desktop, "GetStarted"))).toEqual(["Title", "Description", "LearnMoreUrl"]);
    expect(xsiType(child(desktop, "ExtensionPoint"))).toBe("PrimaryCommandSurface");
  });

  it("puts a custom tab's Label after its Groups", () => {
    const tabs = all("CustomTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["OpPlan.Tab"]);
    for (const tab of tabs) {
      const n = names(tab);
      const label = n.indexOf("Label");
      expect(label).toBeGreaterThan(0);
      expect(n.slice(0, label).every((x) => x === "Group")).toBe(true);
      // after the Label only tab placement may follow
      expect(n.slice(label + 1).every((x) => x === "InsertAfter" || x === "InsertBefore")).toBe(true);
    }
  });

  it("orders every Group as Label, Icon, Controls", () => {
    for (const group of all("Group")) {
      const n = names(group);
      expect(n.slice(0, 2)).toEqual(["Label", "Icon"]);
      expect(n.length).toBeGreaterThan(2);
      expect(n.slice(2).every((x) => x === "Control")).toBe(true);
    }
  });

  it("orders every Control as Label, Supertip, Icon, Action with a Supertip Title and Description", () => {
    const controls = all("Control");
    expect(controls.length).toBeGreaterThanOrEqual(2);
    for (const control of controls) {
      expect({ control: path(control), children: names(control) }).toEqual({
        control: path(control),
        children: ["Label", "Supertip", "Icon", "Action"],
      });
      expect(xsiType(control)).toBe("Button");
      expect(names(child(control, "Supertip"))).toEqual(["Title", "Description"]);
    }
  });

  it("has a pane button (ShowTaskpane) and createTemplate, checkProjects, classifyProjects and generateForms buttons (ExecuteFunction)", () => {
    const actions = all("Action").map((a) => {
      const fn = kids(a).find((k) => k.localName === "FunctionName");
      return `${xsiType(a)}${fn ? `:${fn.textContent}` : ""}`;
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        "ShowTaskpane",
        "ExecuteFunction:createTemplate",
        "ExecuteFunction:checkProjects",
        "ExecuteFunction:classifyProjects",
        "ExecuteFunction:generateForms",
        "ExecuteFunction:announcePlan",
        "ExecuteFunction:trackPlan",
      ]),
    );
  });

  it("puts the buttons in the order of the work: pane, template, check, classify, forms, announcement, tracking", () => {
    expect(all("Control").map((c) => c.getAttribute("id"))).toEqual([
      "OpPlan.Btn.Pane",
      "OpPlan.Btn.Template",
      "OpPlan.Btn.Check",
      "OpPlan.Btn.Classify",
      "OpPlan.Btn.Generate",
      "OpPlan.Btn.Announce",
      "OpPlan.Btn.Track",
    ]);
  });
});

describe("manifest.xml: ids and resources", () => {
  it("keeps resource ids at most 32 characters and unique", () => {
    for (const id of resourceIds) {
      expect(id.length).toBeGreaterThan(0);
      expect({ id, tooLong: id.length > RESOURCE_ID_MAX }).toEqual({ id, tooLong: false });
    }
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
  });

  it("keeps tab, group and control ids at most 32 characters and unique", () => {
    const ids = [...all("CustomTab"), ...all("Group"), ...all("Control")].map((e) => e.getAttribute("id") ?? "");
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]{1,32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every resid to a resource of the right kind", () => {
    expect(residElements.length).toBeGreaterThan(10);
    for (const el of residElements) {
      const resid = el.getAttribute("resid") ?? "";
      const want = expectedKind(el);
      const got = resources.get(resid)?.kind;
      expect({ at: path(el), resid, kind: got }).toEqual({ at: path(el), resid, kind: want ?? "(unexpected resid holder)" });
    }
  });

  it("uses every resource it declares", () => {
    const used = new Set(residElements.map((e) => e.getAttribute("resid")));
    expect(resourceIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps strings within Office's limits (short 125, long 250)", () => {
    for (const [id, { kind, el }] of resources) {
      if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
      const max = kind === "ShortStrings" ? 125 : 250;
      const values = [el.getAttribute("DefaultValue") ?? "", ...kids(el).map((o) => o.getAttribute("Value") ?? "")];
      for (const v of values) {
        expect({ id, length: v.length <= max, empty: v.trim() === "" }).toEqual({ id, length: true, empty: false });
      }
    }
  });
});

describe("manifest.xml: icons", () => {
  const holders = [...all("Group"), ...all("Control")];

  it("gives every group and control icons of 16, 32 and 80 px", () => {
    expect(holders.length).toBeGreaterThanOrEqual(3);
    for (const holder of holders) {
      const sizes = kids(child(holder, "Icon")).map((img) => img.getAttribute("size"));
      expect({ at: path(holder), sizes }).toEqual({ at: path(holder), sizes: ["16", "32", "80"] });
    }
  });

  it("points every icon at a PNG in assets/ of exactly that pixel size", () => {
    for (const img of all("Image").filter((e) => e.hasAttribute("resid"))) {
      const size = Number(img.getAttribute("size"));
      const file = assetFile(resourceValue(img.getAttribute("resid") ?? ""));
      expect({ file: relative(ROOT, file), exists: existsSync(file) }).toEqual({ file: relative(ROOT, file), exists: true });
      expect({ file: relative(ROOT, file), ...pngSize(file) }).toEqual({ file: relative(ROOT, file), width: size, height: size });
    }
  });

  it("has a 32 px IconUrl and a 64 px HighResolutionIconUrl", () => {
    for (const [name, size] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ] as const) {
      const file = assetFile(child(root, name).getAttribute("DefaultValue") ?? "");
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("uses a distinct picture for every button", () => {
    const files = all("Control").map((c) => kids(child(c, "Icon")).map((i) => resourceValue(i.getAttribute("resid") ?? "")).join());
    expect(new Set(files).size).toBe(files.length);
  });
});

describe("manifest.xml: URLs and the shared runtime", () => {
  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const el of Array.from(root.getElementsByTagName("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) && !attr.name.startsWith("xmlns")) urls.push(attr.value);
      }
      if (el.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test((el.textContent ?? "").trim())) {
        urls.push((el.textContent ?? "").trim());
      }
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("uses one resid for the Runtime, the FunctionFile and every ShowTaskpane", () => {
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const functionFile = all("FunctionFile");
    expect(functionFile).toHaveLength(1);
    const showTaskpane = all("Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(showTaskpane.length).toBeGreaterThan(0);
    const resids = new Set([
      runtimes[0].getAttribute("resid"),
      functionFile[0].getAttribute("resid"),
      ...showTaskpane.map((a) => child(a, "SourceLocation").getAttribute("resid")),
    ]);
    expect([...resids]).toEqual(["Taskpane.Url"]);
  });

  it("registers every ExecuteFunction with Office.actions.associate in src/", () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const p = join(dir, entry);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js)$/.test(entry)) sources.push(readFileSync(p, "utf8"));
      }
    };
    walk(join(ROOT, "src"));
    const text = sources.join("\n");
    const functions = all("Action")
      .filter((a) => xsiType(a) === "ExecuteFunction")
      .map((a) => child(a, "FunctionName").textContent ?? "");
    expect(functions.length).toBeGreaterThan(0);
    for (const name of functions) {
      expect({ name, registered: text.includes(`Office.actions.associate("${name}"`) }).toEqual({ name, registered: true });
    }
  });
});

describe("manifest.xml: Thai", () => {
  function thaiOverride(el: Element): string | undefined {
    const o = kids(el).find((k) => k.localName === "Override" && k.getAttribute("Locale") === "th-TH");
    return o?.getAttribute("Value") ?? undefined;
  }

  it("has a th-TH Override in Thai on DisplayName and Description", () => {
    for (const name of ["DisplayName", "Description"]) {
      expect({ name, th: THAI.test(thaiOverride(child(root, name)) ?? "") }).toEqual({ name, th: true });
    }
  });

  it("has a th-TH Override in Thai on every short and long string", () => {
    const strings = [...resources.values()].filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings");
    expect(strings.length).toBeGreaterThan(5);
    for (const { el } of strings) {
      const id = el.getAttribute("id");
      expect({ id, th: THAI.test(thaiOverride(el) ?? "") }).toEqual({ id, th: true });
    }
  });

  it("labels the tab and the template button as the users know them", () => {
    const label = (id: string) => thaiOverride(resources.get(id)?.el as Element);
    const tab = all("CustomTab")[0];
    expect(label(child(tab, "Label").getAttribute("resid") ?? "")).toBe("แผนการดำเนินงาน");
    expect(resourceValue(child(tab, "Label").getAttribute("resid") ?? "")).toBe("Operational Plan");
    const template = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "createTemplate") as Element;
    expect(label(child(template, "Label").getAttribute("resid") ?? "")).toBe("สร้างแม่แบบ");
    const pane = all("Control").find((c) => xsiType(child(c, "Action")) === "ShowTaskpane") as Element;
    expect(label(child(pane, "Label").getAttribute("resid") ?? "")).toBe("เปิดแผงงาน");
    const check = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "checkProjects") as Element;
    expect(label(child(check, "Label").getAttribute("resid") ?? "")).toBe("ตรวจสอบ");
    expect(resourceValue(child(check, "Label").getAttribute("resid") ?? "")).toBe("Check");
    const classify = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "classifyProjects") as Element;
    expect(label(child(classify, "Label").getAttribute("resid") ?? "")).toBe("จัดหมวดหมู่");
    expect(resourceValue(child(classify, "Label").getAttribute("resid") ?? "")).toBe("Classify");
    const generate = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "generateForms") as Element;
    expect(label(child(generate, "Label").getAttribute("resid") ?? "")).toBe("สร้างบัญชี ผด.");
    expect(resourceValue(child(generate, "Label").getAttribute("resid") ?? "")).toBe("Build forms");
    const announce = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "announcePlan") as Element;
    expect(label(child(announce, "Label").getAttribute("resid") ?? "")).toBe("ประกาศ");
    expect(resourceValue(child(announce, "Label").getAttribute("resid") ?? "")).toBe("Announce");
    const track = all("Control").find((c) => all("FunctionName", c)[0]?.textContent === "trackPlan") as Element;
    expect(label(child(track, "Label").getAttribute("resid") ?? "")).toBe("ติดตามผล");
    expect(resourceValue(child(track, "Label").getAttribute("resid") ?? "")).toBe("Track progress");
  });
});

describe("dist/manifest.xml", () => {
  const built = join(ROOT, "dist", "manifest.xml");
  // The build copies the manifest unchanged, so the checks above hold for it too.
  // npm test builds before jest runs; a missing dist/ is a failure, not a reason to skip.
  it("is the source manifest, byte for byte", () => {
    expect(existsSync(built)).toBe(true);
    expect(readFileSync(built).equals(readFileSync(MANIFEST))).toBe(true);
  });
});
