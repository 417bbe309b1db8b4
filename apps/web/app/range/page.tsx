import type { Metadata } from 'next';
import { RangeCalc } from '../../components/RangeCalc';
import { UrlState } from '../../components/UrlState';

export const metadata: Metadata = {
  title: 'Range',
  description:
    'How far at a given speed, temperature and load. Physics calibrated to each car’s WLTP figure; the breakdown shows where the energy goes.',
};

export default function Page() {
  return (
    <>
      <h1>Range</h1>
      <p className="muted">
        How far at a given speed, temperature and load. Physics calibrated to each car’s WLTP figure; the
        breakdown shows where the energy goes. The inputs live in the address: share it, or come back to it.
      </p>
      <UrlState>
        <RangeCalc />
      </UrlState>
    </>
  );
}
