import fc from "fast-check";
import { parseBudget } from "../../src/domain/parse/budget";
import { parseDate } from "../../src/domain/parse/dates";
import { parseMonthText } from "../../src/domain/parse/months";
import { isoParts, isoToSerial, serialToIso } from "../../src/core/localDate";
import { fiscalMonths, thaiMonthLong, thaiMonthShort, toThaiDigits } from "../../src/domain/thaiCalendar";

const RUNS = { numRuns: 300 };

const withCommas = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pad2 = (n: number): string => String(n).padStart(2, "0");

describe("parseBudget properties", () => {
  // An amount as baht and satang, so that the expected value is built from decimal text too.
  const amount = fc.record({
    baht: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999 })),
    satang: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })),
  });

  const rendering = fc.record({
    commas: fc.boolean(),
    fraction: fc.constantFrom("auto", "two", "mark"),
    thai: fc.boolean(),
    prefix: fc.constantFrom("", "฿", "฿ ", "THB "),
    suffix: fc.constantFrom("", " บาท", "บาท", " บ.", " THB", "฿"),
    lead: fc.constantFrom("", " ", "  ", "\n"),
    trail: fc.constantFrom("", " ", "  ", "\n"),
  });

  type Amount = { baht: number; satang: number };
  type Rendering = { commas: boolean; fraction: string; thai: boolean; prefix: string; suffix: string; lead: string; trail: string };

  function render({ baht, satang }: Amount, r: Rendering): string {
    const int = r.commas ? withCommas(String(baht)) : String(baht);
    let frac: string;
    if (satang === 0) frac = r.fraction === "two" ? ".00" : r.fraction === "mark" ? ".-" : "";
    else if (r.fraction === "auto" && satang % 10 === 0) frac = `.${satang / 10}`;
    else frac = `.${pad2(satang)}`;
    return `${r.prefix}${int}${frac}${r.suffix}`;
  }

  const expected = ({ baht, satang }: Amount): number => Number(`${baht}.${pad2(satang)}`);
  const finish = (s: string, r: Rendering): string => r.lead + (r.thai ? toThaiDigits(s) : s) + r.trail;

  it("reads every rendering of an amount as exactly that amount", () => {
    fc.assert(
      fc.property(amount, rendering, (a, r) => {
        const p = parseBudget(finish(render(a, r), r));
        expect(p.kind === "text" || p.kind === "dash").toBe(true);
        expect((p as { value: number }).value).toBe(expected(a));
      }),
      RUNS,
    );
  });

  it("reads a leading minus or parentheses as a negative amount", () => {
    fc.assert(
      fc.property(amount, rendering, fc.constantFrom("-", "- ", "−", "paren"), (a, r, sign) => {
        const body = render(a, r);
        const p = parseBudget(finish(sign === "paren" ? `(${body})` : sign + body, r));
        expect(p.kind).toBe("text");
        // -0 and 0 are the same amount; the parser must not return -0.
        expect((p as { value: number }).value).toBe(-expected(a) + 0);
      }),
      RUNS,
    );
  });

  it("agrees with number cells on 2-decimal values", () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(parseBudget(expected(a))).toEqual({ kind: "number", value: expected(a) });
      }),
      RUNS,
    );
  });
});

describe("parseDate properties", () => {
  const date = fc.integer({ min: isoToSerial("1950-01-01"), max: isoToSerial("2100-12-31") }).map(serialToIso);

  function renderings(iso: string): string[] {
    const { year, month, day } = isoParts(iso);
    const be = year + 543;
    const short = thaiMonthShort(month);
    const long = thaiMonthLong(month);
    const texts = [
      `${day}/${month}/${be}`,
      `${pad2(day)}/${pad2(month)}/${be}`,
      `${pad2(day)}-${pad2(month)}-${be}`,
      `${pad2(day)}.${pad2(month)}.${be}`,
      `${day}/${month}/${year}`,
      `${day} ${short} ${be}`,
      `${day} ${short}${be}`,
      `${day} ${short.replace(/\./g, "")} ${be}`,
      `${day} ${long} ${be}`,
      `วันที่ ${day} เดือน${long} พ.ศ. ${be}`,
      iso,
    ];
    // Two-digit years are ambiguous across centuries; they are read as 25xx.
    if (be >= 2500 && be <= 2599) texts.push(`${day}/${month}/${pad2(be % 100)}`, `${day} ${short}${pad2(be % 100)}`);
    return [...texts, ...texts.map(toThaiDigits)];
  }

  it("reads every text rendering of a date back to that date", () => {
    fc.assert(
      fc.property(date, (iso) => {
        for (const text of renderings(iso)) expect([text, parseDate(text)]).toEqual([text, { kind: "date", iso, from: "text" }]);
      }),
      RUNS,
    );
  });

  it("reads serials back to their date, with or without a time of day", () => {
    fc.assert(
      fc.property(date, fc.double({ min: 0, max: 0.999, noNaN: true }), (iso, time) => {
        expect(parseDate(isoToSerial(iso) + time)).toEqual({ kind: "date", iso, from: "serial" });
      }),
      RUNS,
    );
  });
});

describe("parseMonthText properties", () => {
  const span = fc
    .record({ fy: fc.integer({ min: 2560, max: 2600 }), a: fc.integer({ min: 0, max: 11 }), b: fc.integer({ min: 0, max: 11 }) })
    .map(({ fy, a, b }) => ({ fy, i: Math.min(a, b), j: Math.max(a, b) }));

  const point = (fy: number, index: number, yearShift = 0): string => {
    const m = fiscalMonths(fy)[index];
    return `${m.shortName} ${pad2((m.buddhistYear + yearShift) % 100)}`;
  };
  const exactly = (i: number, j: number): boolean[] => Array.from({ length: 12 }, (_, k) => k >= i && k <= j);

  it("reads '<start> <yy> - <end> <yy>' as exactly those months", () => {
    fc.assert(
      fc.property(span, ({ fy, i, j }) => {
        expect(parseMonthText(`${point(fy, i)} - ${point(fy, j)}`, fy)).toEqual({
          kind: "months",
          months: exactly(i, j),
          outsideFy: false,
          reversed: false,
        });
      }),
      RUNS,
    );
  });

  it("flags a range written end first, and still sets its months", () => {
    fc.assert(
      fc.property(
        span.filter(({ i, j }) => i < j),
        ({ fy, i, j }) => {
          expect(parseMonthText(`${point(fy, j)} - ${point(fy, i)}`, fy)).toEqual({
            kind: "months",
            months: exactly(i, j),
            outsideFy: false,
            reversed: true,
          });
        },
      ),
      RUNS,
    );
  });

  it("flags months a year too early as outside the fiscal year", () => {
    fc.assert(
      fc.property(span, ({ fy, i, j }) => {
        const p = parseMonthText(`${point(fy, i, -1)} - ${point(fy, j, -1)}`, fy);
        expect(p).toMatchObject({ kind: "months", outsideFy: true, reversed: false });
      }),
      RUNS,
    );
  });

  it("infers the fiscal year from four-digit years when none is given", () => {
    fc.assert(
      fc.property(span, ({ fy, i, j }) => {
        const [a, b] = [fiscalMonths(fy)[i], fiscalMonths(fy)[j]];
        const text = `${a.longName} ${a.buddhistYear} ถึง ${b.longName} ${b.buddhistYear}`;
        expect(parseMonthText(text)).toEqual({ kind: "months", months: exactly(i, j), outsideFy: false, reversed: false });
      }),
      RUNS,
    );
  });
});
