import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Compare electric MINIs';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Compare',
    lines: [
      'Real range in summer and winter, charging times',
      'Running cost and price in your market, best marked',
    ],
  });
}
