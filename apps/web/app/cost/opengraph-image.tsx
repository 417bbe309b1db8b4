import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Running cost calculator';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Running cost',
    lines: [
      'What it costs to run against petrol or diesel',
      'In your market’s currency, with dated, sourced prices',
    ],
  });
}
