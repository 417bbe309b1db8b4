#!/usr/bin/env node
// Decide interactive vs headless before loading anything: the interactive app skips the argument parser,
// and the subcommands never load React or Ink.
// A closed pipe (`mini-ev data | head`) is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const interactive = process.argv.length <= 2 && !!process.stdin.isTTY && !!process.stdout.isTTY;

if (interactive) {
  const { runInteractive } = await import('./ui/run.js');
  await runInteractive();
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2));
}
