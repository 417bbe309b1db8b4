import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { RangeCalc } from '../../components/RangeCalc';

const title = 'Range';
const description =
  'How far at a given speed, temperature and load. Physics calibrated to each car’s WLTP figure; the breakdown shows where the energy goes.';
export const metadata: Metadata = { title, description };

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <RangeCalc />
    </CalculatorPage>
  );
}
