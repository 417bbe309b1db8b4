import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { DEFAULT_CAR } from '../../lib/car-option';
import { defaultsOf } from '../../lib/field-spec';
import { inBoth } from '../../lib/systems';
import { tripView } from './compute';
import { TRIP_FIELDS, type TripInputs } from './fields';
import { TripCalc } from './TripCalc';

const title = 'Trip planner';
const description =
  'The fastest set of charging stops for a trip: the planner weighs driving, charging and stop time, rather than charging to 80 % at every stop.';
export const metadata: Metadata = { title, description };

const defaults: TripInputs = { model: DEFAULT_CAR, ...defaultsOf(TRIP_FIELDS) };

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <TripCalc initial={inBoth((system) => tripView(defaults, system))} />
    </CalculatorPage>
  );
}
