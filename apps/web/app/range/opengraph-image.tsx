import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Range calculator';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Range',
    lines: [
      'How far at any speed, in any weather, with any load',
      'Physics calibrated to each car’s official figure',
    ],
  });
}
