import {
  formatChargePower,
  formatDistance,
  formatEnergy,
  getVehicle,
  vehicleIds,
  vehicleSummary,
} from '@mini-ev/core';
import { shareImage } from '../../../lib/share-image';

export const alt = 'mini-ev: an electric MINI’s figures, each with its source';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return vehicleIds.map((id) => ({ id }));
}

/** A car's share image: its name and headline figures (formatted by core), drawn at build time. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const v = getVehicle(id);
  const s = vehicleSummary(v);
  const figures = [
    s.wltpRangeKm === undefined ? undefined : `WLTP ${formatDistance(s.wltpRangeKm)}`,
    s.usableKWh === undefined ? undefined : `${formatEnergy(s.usableKWh)} usable`,
    s.dcPeakKW === undefined ? undefined : `DC ${formatChargePower(s.dcPeakKW)}`,
  ].filter(Boolean);
  return shareImage({
    title: v.name,
    lines: [
      figures.length ? figures.join(' · ') : 'A concept: no production figures',
      s.years ? `On sale ${s.years}` : v.status,
    ],
  });
}
