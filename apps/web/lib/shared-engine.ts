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

/**
 * The key of a calculator's inputs (metric, as core takes them): a view worked out for one key is the view
 * for any inputs with the same key.
 */
export function inputsKey(inputs: unknown): string {
  return JSON.stringify(inputs);
}

/** The id of the JSON island in which the site's server (scripts/serve.mjs) puts the answer for an address. */
export const SERVER_ANSWER_ID = 'server-answer';
/** The attribute the server sets on <html> when it has put the address's answer in the page. */
export const SERVER_ANSWERED = 'data-server-answer';

/** What the server puts in the island: the calculator, the inputs' key, and the view in each unit system. */
export interface ServerAnswer {
  name: string;
  key: string;
  views: { metric: unknown; imperial: unknown };
}

let island: ServerAnswer | null | undefined;

/**
 * The view the server worked out for this calculator, if it is for these inputs (the address the page was
 * loaded with, until the reader changes an input). Read once from the page.
 */
export function serverView<V>(name: string, key: string, system: 'metric' | 'imperial'): V | undefined {
  if (typeof document === 'undefined') return undefined;
  if (island === undefined) {
    try {
      const text = document.getElementById(SERVER_ANSWER_ID)?.textContent;
      island = text ? (JSON.parse(text) as ServerAnswer) : null;
    } catch {
      island = null;
    }
  }
  return island && island.name === name && island.key === key ? (island.views[system] as V) : undefined;
}
