import type { ReactNode } from 'react';

/**
 * A calculator's result area: "Calculating…" while core is on its way, the result, or the problem (a field
 * to fix, an impossible request, a failed download) as an alert. Announced politely to screen readers.
 */
export function Result<V extends { ok: true } | { ok: false; problem: string }>({
  view,
  problemTestId,
  children,
}: {
  view: V | undefined;
  problemTestId?: string;
  children: (view: Extract<V, { ok: true }>) => ReactNode;
}) {
  return (
    <section
      className={`result${view && !view.ok ? ' error' : ''}`}
      aria-live="polite"
      aria-busy={view === undefined}
    >
      {view === undefined ? (
        <p className="muted">Calculating…</p>
      ) : view.ok ? (
        children(view as Extract<V, { ok: true }>)
      ) : (
        <p className="err" role="alert" data-testid={problemTestId}>
          {(view as { problem: string }).problem}
        </p>
      )}
    </section>
  );
}
