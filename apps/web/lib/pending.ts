'use client';
import { useEffect } from 'react';

/**
 * Whether the address holds any of these keys. A page whose address holds inputs starts hidden (the
 * layout's first script marks it pending), so its first paint never shows the answer for other inputs.
 */
export function addressHas(keys: readonly string[]): boolean {
  if (typeof window === 'undefined') return false;
  const q = new URLSearchParams(window.location.search);
  return keys.some((k) => q.has(k));
}

/** Shows the page's answer once it is the one for the address. */
export function useSettled(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    document.documentElement.removeAttribute('data-pending');
    // The early answer (lib/early.ts) has done its job: the full view is on screen.
    document.documentElement.removeAttribute('data-early');
  }, [ready]);
}
