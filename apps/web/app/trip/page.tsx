import type { Metadata } from 'next';
import { TripCalc } from '../../components/TripCalc';
import { UrlState } from '../../components/UrlState';

export const metadata: Metadata = {
  title: 'Trip planner',
  description:
    'The fastest set of charging stops for a trip: the planner weighs driving, charging and stop time, rather than charging to 80 % at every stop.',
};

export default function Page() {
  return (
    <>
      <h1>Trip planner</h1>
      <p className="muted">
        The fastest set of charging stops for a trip: the planner weighs driving, charging and stop time,
        rather than charging to 80 % at every stop. The inputs live in the address: share it, or come back to
        it.
      </p>
      <UrlState>
        <TripCalc />
      </UrlState>
    </>
  );
}
