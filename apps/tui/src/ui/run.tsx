import type { UnitSystem } from '@mini-ev/core';

const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

/**
 * Starts the interactive app on the terminal's alternate screen and resolves with the exit code when the
 * person quits: 0, or 130 after Ctrl+C. The terminal is restored on every way out (q, Ctrl+C, SIGTERM,
 * SIGHUP), and the shell's screen comes back as it was.
 */
export async function runInteractive(opts: { units?: UnitSystem } = {}): Promise<number> {
  // cli.ts only comes here with a terminal on stdin and stdout: a person is watching. Ink would print only
  // the last frame when it sees CI variables (is-in-ci), so clear them before Ink loads.
  for (const key of Object.keys(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
  }
  // Ink and the app (which pulls in @mini-ev/core) load concurrently.
  const [{ render }, { App }, { initialState }] = await Promise.all([
    import('ink'),
    import('./app.js'),
    import('./state.js'),
  ]);
  process.stdout.write(ENTER_ALT_SCREEN);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT_SCREEN);
  };
  const onSignal = (code: number) => () => {
    instance.unmount();
    restore();
    process.exit(code);
  };
  const signals = { SIGTERM: onSignal(143), SIGHUP: onSignal(129), SIGINT: onSignal(130) } as const;
  for (const [sig, fn] of Object.entries(signals)) process.on(sig, fn);
  let code = 0;
  const instance = render(<App initial={initialState(opts.units)} onExit={(c) => (code = c)} />, {
    exitOnCtrlC: false,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    for (const [sig, fn] of Object.entries(signals)) process.off(sig, fn);
    restore();
  }
  return code;
}
