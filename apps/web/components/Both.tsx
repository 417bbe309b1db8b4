import type { ReactNode } from 'react';

/**
 * The same thing in metric and in imperial, both rendered when the page is built. CSS shows the one that
 * matches `data-units` on <html>, which an inline script sets from the reader's saved choice before the
 * first paint and the units toggle updates, so static pages need no script to follow the toggle and an
 * imperial reader never sees metric first. Equal strings are rendered once.
 */
export function Both({
  metric,
  imperial,
  block = false,
}: {
  metric: ReactNode;
  imperial: ReactNode;
  /** Wrap in <div> instead of <span>, e.g. for charts. */
  block?: boolean;
}) {
  if (typeof metric === 'string' && metric === imperial) return <>{metric}</>;
  const Tag = block ? 'div' : 'span';
  return (
    <>
      <Tag className="u-m">{metric}</Tag>
      <Tag className="u-i">{imperial}</Tag>
    </>
  );
}
