import { dataSet } from '@mini-ev/core';
import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: The electric MINI line-up';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Models',
    lines: [
      `${dataSet.vehicles.length} electric MINIs and relatives`,
      'Battery, range, charging and price, each with its source',
    ],
  });
}
