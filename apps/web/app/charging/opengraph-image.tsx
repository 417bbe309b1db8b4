import { shareImage } from '../../lib/share-image';

export const alt = 'mini-ev: Charging calculator';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

/** This page's share image, drawn at build time. */
export default function Image() {
  return shareImage({
    title: 'Charging',
    lines: ['How long on this charger, DC or AC', 'From each car’s charging curve, with the cost'],
  });
}
