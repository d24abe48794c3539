/**
 * The CLI as a user meets it: a whole process, start-up included. Start-up of the built file
 * beside tsx on the sources, and generate on 2,000 projects beside a bare ExcelJS read and
 * write of the same file, run in turn (A B A B …) so that the ratio, taken pair by pair, holds
 * when a shared machine's speed drifts. Wall time always; CPU time (user + system) where Linux
 * tells it (/proc/self/stat counts the children waited for).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { table } from "./stats";

const ROOT = join(__dirname, "..");
const BUILT = join(ROOT, "build/cli/opplan.js");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const BARE = join(__dirname, "exceljsReadWrite.cjs");
/** Linux's clock ticks a second (USER_HZ), 100 on every common build. */
const TICKS = 100;

interface Run {
  readonly wall: number;
  readonly cpu: number | null;
}

/** Seconds of CPU this process's finished children have used, or null off Linux. */
function childCpu(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of proc(5), cutime and cstime; the split starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

function run(command: string, args: readonly string[]): Run {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = childCpu();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(" ")} ended ${r.status}: ${r.stderr}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

interface Pairs {
  readonly a: readonly Run[];
  readonly b: readonly Run[];
}

/** A and B in turn, after one of each not counted. */
function pairs(runs: number, a: () => Run, b: () => Run): Pairs {
  a();
  b();
  const out = { a: [] as Run[], b: [] as Run[] };
  for (let i = 0; i < runs; i++) {
    out.a.push(a());
    out.b.push(b());
  }
  return out;
}

const s = (x: number) => `${x.toFixed(3)} s`;
const cpuOf = (rs: readonly Run[]) => (rs.every((r) => r.cpu !== null) ? s(median(rs.map((r) => r.cpu!))) : "–");
/** The median of the pair-by-pair ratios A/B. */
const ratio = (p: Pairs, of: (r: Run) => number | null) => {
  const rs = p.a.map((r, i) => [of(r), of(p.b[i])] as const);
  return rs.every(([x, y]) => x !== null && y !== null && y > 0) ? `${median(rs.map(([x, y]) => x! / y!)).toFixed(2)}×` : "–";
};

export function processBench(runs: number): string {
  // The built file must be today's: as npm run opplan does, rebuilt only when a source is newer.
  execFileSync(process.execPath, [join(ROOT, "scripts/buildCli.mjs"), "--if-stale"], { cwd: ROOT });
  const startRuns = Math.max(runs, 9);
  const start = pairs(
    startRuns,
    () => run(process.execPath, [BUILT, "--help"]),
    () => run(TSX, ["src/cli/main.ts", "--help"]),
  );

  const dir = mkdtempSync(join(tmpdir(), "opplan-bench-cli-"));
  const input = join(dir, "plan.xlsx");
  run(process.execPath, [BUILT, "sample", input, "--projects", "2000", "--seed", "5"]);
  const generate = pairs(
    runs,
    () => run(process.execPath, [BUILT, "generate", input, "-o", join(dir, "forms.xlsx"), "--force"]),
    () => run(process.execPath, [BARE, input, join(dir, "bare.xlsx")]),
  );

  const rows = [
    ["opplan --help: built build/cli/opplan.js", startRuns, s(median(start.a.map((r) => r.wall))), cpuOf(start.a), "", ""],
    ["opplan --help: tsx src/cli/main.ts", startRuns, s(median(start.b.map((r) => r.wall))), cpuOf(start.b), ratio(start, (r) => r.wall), ratio(start, (r) => r.cpu)],
    ["generate, 2,000 projects (built)", runs, s(median(generate.a.map((r) => r.wall))), cpuOf(generate.a), "", ""],
    ["bare ExcelJS read + write of its input", runs, s(median(generate.b.map((r) => r.wall))), cpuOf(generate.b), ratio(generate, (r) => r.wall), ratio(generate, (r) => r.cpu)],
  ];
  return [
    "The CLI as a whole process (medians; ratios are the first line of a pair over the second, pair by pair, A B A B …)",
    table(["process", "runs", "wall", "cpu", "ratio (wall)", "ratio (cpu)"], rows.map((r) => r.map(String))),
    "Targets: start-up under 0.3 s; generate within 2.5× the bare ExcelJS read + write.",
  ].join("\n");
}
