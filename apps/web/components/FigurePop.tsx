'use client';
import { type ReactNode, useId, useState } from 'react';

/** The interactive part of a sourced figure: the value as a button, and its source card on hover, focus or tap. */
export function FigurePop({
  value,
  disputed,
  unverified = false,
  children,
}: {
  value: ReactNode;
  disputed: boolean;
  /** The figure could not be found on the page it cites (the card says why). */
  unverified?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
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
      {disputed ? <span className="disputed">disputed</span> : null}
      {unverified ? <span className="disputed">unverified</span> : null}
      <span className="pop" role="tooltip" id={id} data-open={open}>
        {children}
      </span>
    </span>
  );
}
