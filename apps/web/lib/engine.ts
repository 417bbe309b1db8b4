'use client';
import { useEffect, useState } from 'react';

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
