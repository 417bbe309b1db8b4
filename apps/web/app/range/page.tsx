import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { pageMeta } from '../../lib/meta';
import { inBoth } from '../../lib/systems';
import { rangeView } from './compute';
import { rangeDefaults } from './fields';
import { RangeCalc } from './RangeCalc';

const title = 'Range';
const description =
  'How far at a given speed, temperature and load. Physics calibrated to each car’s official figure, with an 80 % interval in brackets; the breakdown shows where the energy goes.';
export const metadata: Metadata = pageMeta({ title, description, path: '/range' });

const defaults = rangeDefaults();

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <RangeCalc initial={inBoth((system) => rangeView(defaults, system))} />
    </CalculatorPage>
  );
}
