'use client';
import { type ReactNode, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** The gap kept between a source card and the window's edges, px. */
const EDGE = 8;

/**
 * The interactive part of a sourced figure: the value as a button, and its source card. The card opens on
 * a click, a tap or Enter (and while the mouse is over the figure), closes on Escape, on a click outside or
 * on Enter again, and is placed in the window (fixed, clamped to its edges, above the figure when there
 * is no room below), so no scrolling table or narrow screen cuts it. The figure is one Tab stop: the card's
 * link is reachable only while it is open.
 */
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
  const [at, setAt] = useState<{ left: number; top: number } | undefined>();
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLSpanElement>(null);

  const place = useCallback(() => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current?.getBoundingClientRect();
    if (!b || !p) return;
    const left = Math.max(EDGE, Math.min(b.left, window.innerWidth - p.width - EDGE));
    const below = b.bottom + 6;
    const top =
      below + p.height + EDGE > window.innerHeight && b.top - p.height - 6 > EDGE
        ? b.top - p.height - 6
        : below;
    setAt({ left, top });
  }, []);

  useLayoutEffect(() => {
    if (!open) return setAt(undefined);
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  // Escape anywhere, or a click or tap outside the figure, closes the open card.
  useEffect(() => {
    if (!open) return;
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', key);
    document.addEventListener('pointerdown', outside);
    return () => {
      document.removeEventListener('keydown', key);
      document.removeEventListener('pointerdown', outside);
    };
  }, [open]);

  return (
    <span
      className="fig"
      ref={root}
      onPointerEnter={(e) => e.pointerType === 'mouse' && setOpen(true)}
      onPointerLeave={(e) => e.pointerType === 'mouse' && setOpen(false)}
    >
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-describedby={id}
        // Enter or Space toggles the card; a click or a tap opens it (the mouse may have opened it already).
        onClick={(e) => setOpen((o) => (e.detail === 0 ? !o : true))}
      >
        {value}
      </button>
      {disputed ? <span className="disputed">disputed</span> : null}
      {unverified ? <span className="disputed">unverified</span> : null}
      <span
        className="pop"
        role="tooltip"
        id={id}
        ref={pop}
        data-open={open}
        style={at ? { left: at.left, top: at.top } : { visibility: open ? 'hidden' : undefined }}
      >
        {children}
      </span>
    </span>
  );
}
