import { type Figure, formatFigureValue, type Source } from '@mini-ev/core';
import type { ReactNode } from 'react';
import { Both } from './Both';
import { FigurePop } from './FigurePop';

/**
 * A figure whose source shows on a tap, a click, Enter or hover: the source, its date, the figure as stated, its kind,
 * and for disputed figures every other value with its source and the reason for the choice. Works in server
 * components (the value is formatted at build time in both unit systems) and in client ones.
 */
export function FigureValue({
  figure,
  sources,
  display,
  notes = figure.note ? [figure.note] : [],
}: {
  figure: Figure;
  sources: Record<string, Source>;
  display?: ReactNode;
  /** What to know besides the value (core's spec row's notes: the figure's, then its rating's). */
  notes?: readonly string[];
}) {
  const src = sources[figure.sourceId];
  const value = display ?? (
    <Both
      metric={formatFigureValue(figure, { system: 'metric' })}
      imperial={formatFigureValue(figure, { system: 'imperial' })}
    />
  );
  return (
    <FigurePop value={value} disputed={!!figure.conflict} unverified={!!figure.unverified}>
      <span className="line">
        <b>Source:</b>{' '}
        {src ? src.url ? <a href={src.url}>{src.publisher}</a> : src.publisher : figure.sourceId}
        {src?.date ? `, ${src.date}` : ', undated'}
        {src?.checked ? <span className="muted"> (checked {src.checked})</span> : null}
      </span>
      <span className="line">
        <b>As stated:</b> “{figure.stated}” <span className="muted">({figure.kind})</span>
      </span>
      {figure.asOf ? (
        <span className="line">
          <b>As of:</b> {figure.asOf}
        </span>
      ) : null}
      {notes.map((n) => (
        <span key={n} className="line muted">
          {n}
        </span>
      ))}
      {figure.unverified ? (
        <span className="line">
          <b>Not verified:</b> {figure.unverified}
        </span>
      ) : null}
      {figure.conflict ? (
        <>
          <span className="line">
            <b>Other values:</b>{' '}
            {figure.conflict.alternatives
              .map((a) => `“${a.stated}” (${sources[a.sourceId]?.publisher ?? a.sourceId})`)
              .join('; ')}
          </span>
          <span className="line">
            <b>Why this one:</b> {figure.conflict.reason}
          </span>
        </>
      ) : null}
    </FigurePop>
  );
}
