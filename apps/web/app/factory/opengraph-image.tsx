import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Spotlight Automotive';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Spotlight Automotive',
    lines: [
      'The BMW and Great Wall joint venture in Zhangjiagang',
      'Partners, capital, capacity, each sourced',
    ],
  });
}
