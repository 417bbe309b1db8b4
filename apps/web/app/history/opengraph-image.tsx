import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: History of the electric MINI';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'History',
    lines: ['From the 2008 MINI E to the 2030 all-electric goal', 'Every event with its source'],
  });
}
