import { dataSet } from '@mini-ev/core';
import { shareImage } from '../lib/share-image';

export const alt = 'mini-ev: Electric MINIs, figures with sources';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'mini-ev',
    lines: [
      'Range at speed and in winter, charging, running cost, trips',
      `${dataSet.vehicles.length} cars, ${dataSet.sources.length} sources`,
    ],
  });
}
