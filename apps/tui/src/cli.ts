#!/usr/bin/env node
// Decide interactive vs headless before loading anything: the interactive app skips the argument parser,
// and the subcommands never load React or Ink.
// A closed pipe (`mini-ev data | head`) is the reader's choice, not an error.
// Any other write error (a full disk) is reported in one line, once, with exit code 1.
process.stdout.on('error', (err: NodeJS.ErrnoException & { reported?: boolean }) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (!err.reported)
    process.stderr.write(`mini-ev: could not write the output (${err.code ?? err.message})\n`);
  process.exit(1);
});

/** The interactive app's units when the arguments ask for the app: none, or only `--units <system>`. */
function appUnits(args: string[]): 'metric' | 'imperial' | undefined {
  if (args.length === 0) return 'metric';
  const [a, b] = args;
  const value =
    args.length === 1 && a?.startsWith('--units=')
      ? a.slice('--units='.length)
      : args.length === 2 && a === '--units'
        ? b
        : undefined;
  return value === 'metric' || value === 'imperial' ? value : undefined;
}

const units = appUnits(process.argv.slice(2));
const interactive = units !== undefined && !!process.stdin.isTTY && !!process.stdout.isTTY;

if (interactive) {
  const { runInteractive } = await import('./ui/run.js');
  process.exitCode = await runInteractive({ units });
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2));
}
