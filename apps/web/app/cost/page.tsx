import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { CostCalc } from '../../components/CostCalc';

const title = 'Running cost';
const description =
  'What the car costs to run per 100 km and per year, against a petrol or diesel car, and when the price difference is repaid.';
export const metadata: Metadata = { title, description };

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <CostCalc />
    </CalculatorPage>
  );
}
