/**
 * A sample office's area: its villages (or communities, or districts for an อบจ.), and the words
 * one row's templates fill in about them.
 */
import { LOCAL_GOVERNMENT_TYPES, type LocalGovernmentType } from "../domain/catalog";
import { DISTRICTS, type DistrictEntry, FIRST_NAMES_MALE, ORG_NAMES, ORG_TYPE_SHORT, ORG_TYPE_WEIGHT, STREAMS, TEMPLES, VILLAGES } from "./lexicon";
import type { Rng } from "./random";
import { planStart } from "./sampleDraws";

export interface Village {
  readonly name: string;
  readonly moo: number;
  /** Only an อบจ. spans several tambon and districts. */
  readonly tambon: string;
  readonly district: string;
}

export interface Area {
  readonly type: LocalGovernmentType;
  readonly orgName: string;
  readonly full: string;
  readonly short: string;
  readonly typeShort: string;
  readonly district: string;
  readonly province: string;
  readonly abbr: string;
  readonly kind: "rural" | "urban" | "provincial";
  readonly villages: readonly Village[];
  readonly cdcs: readonly string[];
  readonly inArea: string;
  readonly areaName: string;
  readonly office: string;
  readonly allArea: readonly string[];
}

export function makeArea(rng: Rng): Area {
  const type = rng.weighted(LOCAL_GOVERNMENT_TYPES, (t) => ORG_TYPE_WEIGHT[t.label] ?? 0);
  const label = type.label;
  let entry: DistrictEntry = rng.pick(DISTRICTS);
  let orgName: string;
  let district = entry.district;
  let kind: Area["kind"] = "rural";
  if (label === "เมืองพัทยา") {
    // fullPrefix is empty for Pattaya, so the name itself must carry "เมือง".
    entry = { province: "ชลบุรี", district: "บางละมุง", abbr: "ชบ" };
    orgName = "เมืองพัทยา";
    district = entry.district;
    kind = "urban";
  } else if (label === "องค์การบริหารส่วนจังหวัด") {
    orgName = entry.province;
    district = `เมือง${entry.province}`;
    kind = "provincial";
  } else if (label === "เทศบาลนคร") {
    orgName = entry.province;
    district = `เมือง${entry.province}`;
    kind = "urban";
  } else if (label === "เทศบาลเมือง") {
    orgName = entry.district;
    kind = "urban";
  } else {
    orgName = rng.pick(ORG_NAMES);
  }
  const full = type.fullPrefix + orgName;
  const typeShort = ORG_TYPE_SHORT[label] ?? label;
  const municipal = label.startsWith("เทศบาล");
  const short = municipal || label === "เมืองพัทยา" ? full : `${typeShort}${orgName}`;

  const count = kind === "rural" ? rng.int(8, 16) : kind === "urban" ? rng.int(12, 30) : rng.int(20, 40);
  const provinceDistricts = DISTRICTS.filter((d) => d.province === entry.province).map((d) => d.district);
  const villages: Village[] = rng.sample(VILLAGES, count).map((name, i) =>
    kind === "provincial"
      ? { name, moo: rng.int(1, 15), tambon: rng.pick(ORG_NAMES), district: rng.pick([district, ...provinceDistricts]) }
      : { name, moo: i + 1, tambon: orgName, district },
  );
  const cdcs = [`ศูนย์พัฒนาเด็กเล็ก${full}`, ...villages.slice(0, rng.int(0, 2)).map((v) => `ศูนย์พัฒนาเด็กเล็กบ้าน${v.name}`)];

  const n = villages.length;
  const unitWord = kind === "urban" ? "ชุมชน" : "หมู่บ้าน";
  let inArea: string;
  let areaName: string;
  let office: string;
  let allArea: string[];
  if (label === "เมืองพัทยา") {
    inArea = "ภายในเขตเมืองพัทยา";
    areaName = "เขตเมืองพัทยา";
    office = "ศาลาว่าการเมืองพัทยา";
    allArea = ["ทุกชุมชน", `ทั้ง ${n} ชุมชน`, areaName];
  } else if (kind === "provincial") {
    inArea = `ภายในจังหวัด${entry.province}`;
    areaName = `จังหวัด${entry.province}`;
    office = `ที่ทำการ${full}`;
    allArea = ["ทุกอำเภอ", areaName, `ทั่วจังหวัด${entry.province}`];
  } else if (municipal) {
    inArea = "ภายในเขตเทศบาล";
    areaName = `เขต${full}`;
    office = `สำนักงาน${full}`;
    allArea = [`ทุก${unitWord}`, `ทั้ง ${n} ${unitWord}`, areaName];
  } else {
    inArea = `ภายในตำบล${orgName}`;
    areaName = `ตำบล${orgName}`;
    office = `ที่ทำการ${full}`;
    allArea = [`หมู่ที่ 1-${n}`, `ทั้ง ${n} หมู่บ้าน`, areaName];
  }
  return {
    type,
    orgName,
    full,
    short,
    typeShort: municipal ? "เทศบาล" : typeShort,
    district,
    province: entry.province,
    abbr: entry.abbr,
    kind,
    villages,
    cdcs,
    inArea,
    areaName,
    office,
    allArea,
  };
}

// ───────────────────────────── filling templates ─────────────────────────────

/** Thousands separators without Intl: this runs once per number on 50,000-row plans. */
export function groupDigits(n: number): string {
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export const metres = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The values one row's templates share: a project's name and detail must speak of the same
 * village, and its detail of the same quantities its budget was computed from.
 */
export class RowContext {
  private readonly cache = new Map<string, string>();
  private village?: Village;
  private village2?: Village;

  constructor(
    private readonly rng: Rng,
    private readonly area: Area,
    private readonly fiscalYear: number,
    quantities: Record<string, string>,
  ) {
    for (const k in quantities) this.cache.set(k, quantities[k]);
  }

  fill(template: string): string {
    return template.replace(PLACEHOLDER, (whole, key: string) => this.get(key) ?? whole);
  }

  private v(): Village {
    return (this.village ??= this.rng.pick(this.area.villages));
  }

  private v2(): Village {
    if (!this.village2) {
      const first = this.v();
      let other = this.rng.pick(this.area.villages);
      if (other === first && this.area.villages.length > 1) {
        other = this.area.villages[(this.area.villages.indexOf(first) + 1) % this.area.villages.length];
      }
      this.village2 = other;
    }
    return this.village2;
  }

  get(key: string): string | undefined {
    let value = this.cache.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (value !== undefined) this.cache.set(key, value);
    }
    return value;
  }

  private compute(key: string): string | undefined {
    const { rng, area } = this;
    switch (key) {
      case "village":
        return this.v().name;
      case "village2":
        return this.v2().name;
      case "moo":
        return String(this.v().moo);
      case "place":
        return this.place();
      case "route":
        return this.route();
      case "org":
        return area.full;
      case "orgShort":
        return area.short;
      case "typeShort":
        return area.typeShort;
      case "inArea":
        return area.inArea;
      case "areaName":
        return area.areaName;
      case "allArea":
        return rng.pick(area.allArea);
      case "office":
        return area.office;
      case "cdc":
        return rng.pick(area.cdcs);
      case "tambon":
        return this.v().tambon;
      case "district":
        // An อบจ.'s projects lie in many districts; elsewhere this is the org's own district.
        return area.kind === "provincial" ? this.v().district : area.district;
      case "province":
        return area.province;
      case "stream":
        return rng.pick(STREAMS);
      case "temple":
        return rng.pick(TEMPLES);
      case "person":
        return `นาย${rng.pick(FIRST_NAMES_MALE)}`;
      case "rr":
        return `${area.abbr}.${rng.int(1001, 4099)}`;
      case "hw":
        return String(rng.int(201, 2399));
      case "year":
        return String(this.fiscalYear);
      case "planStart":
        return String(planStart(this.fiscalYear));
      case "planEnd":
        return String(planStart(this.fiscalYear) + 4);
      case "count":
        return String(rng.int(1, 12));
      case "km":
        return (rng.int(500, 12000) / 1000).toFixed(3);
      case "moos":
        return String(area.villages.length);
      default:
        return undefined;
    }
  }

  private place(): string {
    const v = this.v();
    if (this.area.kind === "urban") return `ชุมชน${v.name}`;
    if (this.area.kind === "provincial") return `บ้าน${v.name} หมู่ที่ ${v.moo} ตำบล${v.tambon} อำเภอ${v.district}`;
    return `บ้าน${v.name} หมู่ที่ ${v.moo}`;
  }

  private route(): string {
    const { rng, area } = this;
    const v = this.v();
    if (area.kind === "urban") {
      return rng.chance(0.6)
        ? `ซอยเทศบาล ${rng.int(1, 30)} ชุมชน${v.name}`
        : `สายชุมชน${v.name} – ชุมชน${this.v2().name}`;
    }
    const tail = area.kind === "provincial" ? ` ตำบล${v.tambon} อำเภอ${v.district}` : ` หมู่ที่ ${v.moo}`;
    switch (rng.int(0, 4)) {
      case 0:
      case 1:
        return `สายบ้าน${v.name} – บ้าน${this.v2().name}${tail}`;
      case 2: {
        const [owner, neighbour] = rng.sample(FIRST_NAMES_MALE, 2);
        const end = rng.pick(["หนองน้ำสาธารณะ", `ไร่นาย${neighbour}`, "ป่าช้าสาธารณะ", "ลำห้วย"]);
        return `สายบ้านนาย${owner} – ${end} บ้าน${v.name}${tail}`;
      }
      case 3:
        return `ซอย ${rng.int(1, 12)} บ้าน${v.name}${tail}`;
      default:
        return `สายหน้า${rng.pick(TEMPLES)} บ้าน${v.name}${tail}`;
    }
  }
}
