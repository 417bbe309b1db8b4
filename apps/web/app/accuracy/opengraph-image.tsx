import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Model accuracy';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Accuracy',
    lines: ['The model against real-world tests it was never tuned on', 'Every case with its source'],
  });
}
