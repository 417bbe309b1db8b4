import { getVehicle, vehicleIds } from '@mini-ev/core';
import { carShareLines } from '../../../lib/car-share';
import { shareImage } from '../../../lib/share-image';

export const alt = 'mini-ev: an electric MINI’s figures, each with its source';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return vehicleIds.map((id) => ({ id }));
}

/** A car's share image: its name and headline figures, in core's words (lib/car-share), drawn at build time. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shareImage({ title: getVehicle(id).name, lines: carShareLines(id) });
}
