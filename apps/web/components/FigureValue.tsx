'use client';
import { type Figure, formatFigureValue, type Source } from '@mini-ev/core';
import { useId, useState } from 'react';
import { useUnits } from '../lib/units';

/**
 * A figure whose source shows on hover, focus or tap: the source, its date, the figure as stated, its kind,
 * and for disputed figures every other value with its source and the reason for the choice.
 */
export function FigureValue({
  figure,
  sources,
  display,
}: {
  figure: Figure;
  sources: Record<string, Source>;
  display?: string;
}) {
  const { system } = useUnits();
  const [open, setOpen] = useState(false);
  const id = useId();
  const src = sources[figure.sourceId];
  const value = display ?? formatFigureValue(figure, { system });
  return (
    <span className="fig" onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-describedby={id}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        {value}
      </button>
      {figure.conflict ? <span className="disputed">disputed</span> : null}
      <span className="pop" role="tooltip" id={id} data-open={open}>
        <span className="line">
          <b>Source:</b>{' '}
          {src ? src.url ? <a href={src.url}>{src.publisher}</a> : src.publisher : figure.sourceId}
          {src?.date ? `, ${src.date}` : ', undated'}
        </span>
        <span className="line">
          <b>As stated:</b> “{figure.stated}” <span className="muted">({figure.kind})</span>
        </span>
        {figure.note ? <span className="line muted">{figure.note}</span> : null}
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
      </span>
    </span>
  );
}
