'use client';
import { type UnitSystem, unitOf } from '@mini-ev/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

const KEY = 'mini-ev-units';
const Ctx = createContext<{ system: UnitSystem; setSystem: (s: UnitSystem) => void }>({
  system: 'metric',
  setSystem: () => {},
});

const isSystem = (x: string | null): x is UnitSystem => x === 'imperial' || x === 'metric';

/**
 * Metric or imperial: from the address (`units=imperial`, so a shared link opens as sent) or else the one
 * remembered in localStorage. Static figures are prerendered in both systems and CSS shows the one named by
 * `data-units` on <html> (set before paint by the layout's inline script, which also reads the address, and
 * kept in step here); components that compute in the browser read the system from this context. Choosing
 * a system remembers it and writes it into the address.
 */
export function UnitsProvider({ children }: { children: ReactNode }) {
  const [system, setState] = useState<UnitSystem>('metric');
  useEffect(() => {
    const fromAddress = new URLSearchParams(window.location.search).get('units');
    const saved = isSystem(fromAddress) ? fromAddress : localStorage.getItem(KEY);
    if (isSystem(saved)) setState(saved);
  }, []);
  const setSystem = useCallback((s: UnitSystem) => {
    setState(s);
    localStorage.setItem(KEY, s);
    document.documentElement.setAttribute('data-units', s);
    const url = new URL(window.location.href);
    url.searchParams.set('units', s);
    window.history.replaceState(window.history.state, '', url);
  }, []);
  return <Ctx.Provider value={{ system, setSystem }}>{children}</Ctx.Provider>;
}

export const useUnits = () => useContext(Ctx);

export function UnitToggle() {
  const { system, setSystem } = useUnits();
  return (
    <fieldset className="seg" aria-label="Units" style={{ margin: 0, padding: 0 }}>
      <legend className="sr-only">Units</legend>
      {(['metric', 'imperial'] as const).map((s) => (
        <button
          key={s}
          type="button"
          data-system={s}
          aria-pressed={system === s}
          onClick={() => setSystem(s)}
        >
          {unitOf('distance', s)}
          <span className="sr-only"> ({s})</span>
        </button>
      ))}
    </fieldset>
  );
}

type Theme = 'light' | 'dark' | 'system';
/** Light, dark or the system's choice; remembered, applied before paint by the inline script in layout. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    const t = localStorage.getItem('mini-ev-theme');
    if (t === 'light' || t === 'dark') setTheme(t);
  }, []);
  const choose = (t: Theme) => {
    setTheme(t);
    if (t === 'system') {
      localStorage.removeItem('mini-ev-theme');
      document.documentElement.removeAttribute('data-theme');
    } else {
      localStorage.setItem('mini-ev-theme', t);
      document.documentElement.setAttribute('data-theme', t);
    }
  };
  return (
    <fieldset className="seg" aria-label="Colour theme" style={{ margin: 0, padding: 0 }}>
      <legend className="sr-only">Colour theme</legend>
      {(['light', 'system', 'dark'] as const).map((t) => (
        <button
          key={t}
          type="button"
          aria-pressed={theme === t}
          onClick={() => choose(t)}
          title={`${t} theme`}
        >
          {t === 'light' ? '☀' : t === 'dark' ? '☾' : 'Auto'}
          <span className="sr-only"> {t} theme</span>
        </button>
      ))}
    </fieldset>
  );
}
