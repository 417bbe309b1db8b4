import { COST_DEFAULTS } from '@mini-ev/core';
import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { DEFAULT_CAR } from '../../lib/car-option';
import { defaultsOf } from '../../lib/field-spec';
import { inBoth } from '../../lib/systems';
import { CostCalc } from './CostCalc';
import { costFields, costView } from './compute';
import type { CostInputs } from './fields';

const title = 'Running cost';
const description =
  'What the car costs to run per 100 km and per year, against a petrol or diesel car, and when the price difference is repaid.';
export const metadata: Metadata = { title, description };

export default function Page() {
  const fields = costFields();
  const defaults: CostInputs = { model: DEFAULT_CAR, fuel: COST_DEFAULTS.fuel, ...defaultsOf(fields) };
  return (
    <CalculatorPage title={title} description={description}>
      <CostCalc
        fields={fields}
        defaultFuel={COST_DEFAULTS.fuel}
        initial={inBoth((system) => costView(defaults, system))}
      />
    </CalculatorPage>
  );
}
