'use client';
import { useEffect, useState } from 'react';
import { addressHas, useSettled } from './pending';
import { SERVER_ANSWERED, sharedEngine } from './shared-engine';

/**
 * A calculation module loaded on demand. Calculators arrive with the result for their default inputs
 * (computed by core at build time), so core itself (its data set, schemas and formatters) is only fetched
 * and run once the reader asks for something else, or shows intent to (call `prefetch`).
 */
export function useEngine<M>(load: () => Promise<M>, needed: boolean) {
  const [engine, setEngine] = useState<{ module?: M; error?: string }>({});
  useEffect(() => {
    if (!needed || engine.module || engine.error) return;
    let live = true;
    load().then(
      (module) => live && setEngine({ module }),
      () =>
        live && setEngine({ error: 'The calculator could not be loaded. Check the connection and reload.' }),
    );
    return () => {
      live = false;
    };
  }, [needed, engine, load]);
  return {
    ...engine,
    prefetch: () => {
      load().catch(() => {});
    },
  };
}

/**
 * A calculator's module, loaded once. On a page that starts pending (its address holds inputs: the layout's
 * first script marks it, see lib/pending.ts) the module is certain to be needed: the early answer's script
 * has usually brought it already (lib/shared-engine.ts, under `name`), and is taken; otherwise its download
 * starts as soon as the calculator's code runs, alongside hydration rather than after it.
 */
export function calcModule<M>(name: string, load: () => Promise<M>): () => Promise<M> {
  const get = once(() => {
    const shared = sharedEngine<M>(name);
    return shared ? Promise.resolve(shared) : load();
  });
  // Unless the site's server has put the address's answer in the page (scripts/serve.mjs): then core is
  // needed only once the reader changes an input.
  const d = typeof document === 'undefined' ? undefined : document.documentElement;
  if (d?.hasAttribute('data-pending') && !d.hasAttribute(SERVER_ANSWERED)) get().catch(() => {});
  return get;
}

/** Loads a module once and keeps the promise, so every caller shares one download. */
export function once<M>(load: () => Promise<M>): () => Promise<M> {
  let p: Promise<M> | undefined;
  return () => {
    p ??= load().catch((e) => {
      p = undefined; // let a later attempt retry
      throw e;
    });
    return p;
  };
}

/**
 * What a calculator shows: `initial` (computed by core at build time for the default inputs) until the
 * address holds any input (`touched`), then `compute` with the module `load` brings, once it has arrived.
 * `fromServer` is the view the site's server worked out for these very inputs (lib/shared-engine.ts'
 * serverView), shown without loading the module. `view` is undefined only while that module is on its way.
 */
export function useLiveView<M, V extends { ok: true } | { ok: false; problem: string }>({
  touched,
  initial,
  load,
  compute,
  settled,
  fromServer,
  urlKeys,
}: {
  touched: boolean;
  initial: V;
  load: () => Promise<M>;
  compute: (module: M) => V;
  /** A view that needs no module (e.g. "fix the highlighted field"), shown without waiting for it. */
  settled?: V | undefined;
  /** The server's view for the current inputs, if it gave one (then the module is not needed). */
  fromServer?: V | undefined;
  /** The address keys this calculator reads: while the address holds any, the page waits for their answer. */
  urlKeys: readonly string[];
}) {
  const engine = useEngine(load, touched && fromServer === undefined);
  const view = !touched
    ? initial
    : settled !== undefined
      ? settled
      : fromServer !== undefined
        ? fromServer
        : engine.error
          ? ({ ok: false, problem: engine.error } as V)
          : engine.module
            ? compute(engine.module)
            : undefined;
  // The page is shown once this is the answer for the address: at once for an address without inputs,
  // otherwise when the inputs have been read from it and their answer (or their problem) is computed.
  useSettled(addressHas(urlKeys) ? touched && view !== undefined : true);
  /** Props for the form: start fetching the module as soon as the reader shows intent. */
  const intent = { onPointerEnter: engine.prefetch, onFocus: engine.prefetch, onTouchStart: engine.prefetch };
  return { view, intent };
}
