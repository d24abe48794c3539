import { runCli } from "./run";

// Output piped into `head` closes early; the command still finishes its work (and its --json).
const ignoreClosedPipe = (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
};
process.stdout.on("error", ignoreClosedPipe);
process.stderr.on("error", ignoreClosedPipe);

runCli(process.argv.slice(2), {
  out: (l) => process.stdout.write(l + "\n"),
  err: (l) => process.stderr.write(l + "\n"),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 2;
  },
);
