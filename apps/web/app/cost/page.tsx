import { dataSet } from '@mini-ev/core';
import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { pageMeta } from '../../lib/meta';
import { inBoth } from '../../lib/systems';
import { CostCalc } from './CostCalc';
import { costDefaults, costFields, costView } from './compute';

const title = 'Running cost';
const description =
  'What the car costs to run per 100 km and per year, against a petrol or diesel car, and when the price difference is repaid.';
export const metadata: Metadata = pageMeta({ title, description, path: '/cost' });

export default function Page() {
  const defaults = costDefaults();
  return (
    <CalculatorPage title={title} description={description}>
      <CostCalc
        fields={costFields()}
        initial={inBoth((system) => costView(defaults, system))}
        markets={dataSet.markets}
      />
    </CalculatorPage>
  );
}
