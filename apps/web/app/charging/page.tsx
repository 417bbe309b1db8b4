import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { ChargeCalc } from '../../components/ChargeCalc';

const title = 'Charging';
const description =
  'Time, energy and cost of a charge, from the car’s DC charging curve capped by the charger, or AC through the on-board charger with its losses.';
export const metadata: Metadata = { title, description };

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <ChargeCalc />
    </CalculatorPage>
  );
}
