import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { DEFAULT_CAR } from '../../lib/car-option';
import { defaultsOf } from '../../lib/field-spec';
import { inBoth } from '../../lib/systems';
import { rangeView } from './compute';
import { RANGE_FIELDS, type RangeInputs } from './fields';
import { RangeCalc } from './RangeCalc';

const title = 'Range';
const description =
  'How far at a given speed, temperature and load. Physics calibrated to each car’s WLTP figure; the breakdown shows where the energy goes.';
export const metadata: Metadata = { title, description };

const defaults: RangeInputs = {
  model: DEFAULT_CAR,
  mode: 'steady',
  climate: true,
  ...defaultsOf(RANGE_FIELDS),
};

export default function Page() {
  return (
    <CalculatorPage title={title} description={description}>
      <RangeCalc initial={inBoth((system) => rangeView(defaults, system))} />
    </CalculatorPage>
  );
}
