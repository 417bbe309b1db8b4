import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { TripCalc } from '../../components/TripCalc';

const title = 'Trip planner';
const description =
  'The fastest set of charging stops for a trip: the planner weighs driving, charging and stop time, rather than charging to 80 % at every stop.';
export const metadata: Metadata = { title, description };

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <TripCalc />
    </CalculatorPage>
  );
}
