/** Starts the interactive app on the terminal; resolves when the user quits. Ink restores the terminal. */
export async function runInteractive(): Promise<void> {
  // cli.ts only comes here with a terminal on stdin and stdout: a person is watching. Ink would print only
  // the last frame when it sees CI variables (is-in-ci), so clear them before Ink loads.
  for (const key of Object.keys(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
  }
  // Ink and the app (which pulls in @mini-ev/core) load concurrently.
  const [{ render }, { App }] = await Promise.all([import('ink'), import('./app.js')]);
  const instance = render(<App />, { exitOnCtrlC: true });
  await instance.waitUntilExit();
}
