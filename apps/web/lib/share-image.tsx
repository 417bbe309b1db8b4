import { ImageResponse } from 'next/og';

/** The size of every share image (the Open Graph and Twitter large-card size). */
export const SHARE_SIZE = { width: 1200, height: 630 };

/**
 * A page's share image, drawn when the site is built (next/og, with the font Next ships: nothing is
 * fetched): the site's name, the page's title, and up to three short lines of what it answers, with
 * figures formatted by core by the caller.
 */
export function shareImage({ title, lines }: { title: string; lines: readonly string[] }) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b6b4f',
        color: '#ffffff',
        fontSize: 36,
      }}
    >
      <div style={{ display: 'flex', fontSize: 40, letterSpacing: 1 }}>
        <span>mini-</span>
        <span style={{ color: '#9ff0cf' }}>ev</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ display: 'flex', fontSize: title.length > 28 ? 64 : 80, lineHeight: 1.1 }}>{title}</div>
        {lines.slice(0, 3).map((l) => (
          <div key={l} style={{ display: 'flex', color: '#dff3ea' }}>
            {l}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#9ff0cf' }}>
        Electric MINI figures with their sources, and calculators you can check
      </div>
    </div>,
    SHARE_SIZE,
  );
}
