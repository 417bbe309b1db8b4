/**
 * The box a calculator's early answer (lib/early.ts) fills while the page waits for the framework: on a
 * link with inputs it shows the answer for them, worked out by core, before the full view is ready. The
 * framework's own render of it stays empty and hidden.
 */
export function EarlyAnswer({ boxed = true }: { boxed?: boolean }) {
  // Unboxed, the early answer lays out as the page's own section does (compare's Answers).
  return (
    <div
      className={boxed ? 'result early-answer' : 'early-answer'}
      data-early-answer
      hidden
      aria-live="polite"
    />
  );
}
