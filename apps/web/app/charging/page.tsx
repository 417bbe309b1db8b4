import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { pageMeta } from '../../lib/meta';
import { inBoth } from '../../lib/systems';
import { ChargeCalc } from './ChargeCalc';
import { chargeView } from './compute';
import { chargeDefaults } from './fields';

const title = 'Charging';
const description =
  'Time, energy and cost of a charge, from the car’s DC charging curve capped by the charger, or AC through the on-board charger with its losses.';
export const metadata: Metadata = pageMeta({ title, description, path: '/charging' });

export default function Page() {
  const defaults = chargeDefaults();
  return (
    <CalculatorPage title={title} description={description}>
      <ChargeCalc initial={inBoth((system) => chargeView(defaults, system))} />
    </CalculatorPage>
  );
}
