import { dataSet } from '@mini-ev/core';
import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Sources';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Sources',
    lines: [
      `${dataSet.sources.length} sources behind the data set`,
      'Publisher, date, address, and what each supports',
    ],
  });
}
