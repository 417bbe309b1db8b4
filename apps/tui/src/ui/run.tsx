/** Starts the interactive app on the terminal; resolves when the user quits. Ink restores the terminal. */
export async function runInteractive(): Promise<void> {
  // Ink and the app (which pulls in @mini-ev/core) load concurrently.
  const [{ render }, { App }] = await Promise.all([import('ink'), import('./app.js')]);
  const instance = render(<App />, { exitOnCtrlC: true });
  await instance.waitUntilExit();
}
