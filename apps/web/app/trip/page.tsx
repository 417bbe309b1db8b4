import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { pageMeta } from '../../lib/meta';
import { inBoth } from '../../lib/systems';
import { tripView } from './compute';
import { tripDefaults } from './fields';
import { TripCalc } from './TripCalc';

const title = 'Trip planner';
const description =
  'The fastest set of charging stops for a trip: the planner weighs driving, charging and stop time, rather than charging to 80 % at every stop.';
export const metadata: Metadata = pageMeta({ title, description, path: '/trip' });

const defaults = tripDefaults();

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <TripCalc initial={inBoth((system) => tripView(defaults, system))} />
    </CalculatorPage>
  );
}
