/**
 * A calculator's engine (its compute module, with core inside) handed from the early answer to the
 * framework. On a shared link the early answer's script already holds it, so the calculator takes that one
 * instead of downloading core a second time. No imports: both sides can use this.
 */
const KEY = '__miniEvEngines';
type Holder = { [KEY]?: Record<string, unknown> };

/** The early answer offers its compute module under the calculator's name. */
export function shareEngine(name: string, module: unknown): void {
  const g = globalThis as Holder;
  g[KEY] ??= {};
  g[KEY][name] = module;
}

/** The compute module the early answer offered under this name, if it has run on this page. */
export function sharedEngine<M>(name: string): M | undefined {
  return (globalThis as Holder)[KEY]?.[name] as M | undefined;
}
