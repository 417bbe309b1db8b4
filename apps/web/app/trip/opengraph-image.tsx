import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Trip planner';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Trip planner',
    lines: ['How many charging stops, and how long', 'The fastest plan for a distance and a speed'],
  });
}
