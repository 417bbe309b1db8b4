import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Open data';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Data',
    lines: ['The whole data set as JSON, with its JSON Schema', 'Every figure with its source'],
  });
}
