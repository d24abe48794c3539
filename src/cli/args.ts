/** A tiny argv parser: positionals, `--name value`, `-o value` and `--flag`. */
export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

const ALIASES: Record<string, string> = { o: "out" };
/** Options that take no value. */
const FLAGS = new Set(["force", "help"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(a);
    if (!m) {
      positionals.push(a);
      continue;
    }
    const name = ALIASES[m[1]] ?? m[1];
    if (m[2] !== undefined) options.set(name, m[2]);
    else if (FLAGS.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith("-")) options.set(name, true);
    else options.set(name, argv[++i]);
  }
  return { command: positionals.shift(), positionals, options };
}

export class UsageError extends Error {}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`ตัวเลือก --${name} ต้องมีค่า`);
  return v;
}

export function intOption(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} ต้องเป็นจำนวนเต็ม ${min}–${max} (ได้รับ "${v}")`);
  return n;
}
