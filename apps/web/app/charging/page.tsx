import type { Metadata } from 'next';
import { CalculatorPage } from '../../components/CalculatorPage';
import { DEFAULT_CAR } from '../../lib/car-option';
import { defaultsOf } from '../../lib/field-spec';
import { ChargeCalc } from './ChargeCalc';
import { chargeView } from './compute';
import { CHARGE_FIELDS, type ChargeInputs } from './fields';

const title = 'Charging';
const description =
  'Time, energy and cost of a charge, from the car’s DC charging curve capped by the charger, or AC through the on-board charger with its losses.';
export const metadata: Metadata = { title, description };

export default function Page() {
  const initial = chargeView({
    model: DEFAULT_CAR,
    ac: false,
    kwGiven: false,
    invalid: false,
    ...defaultsOf(CHARGE_FIELDS),
  } satisfies ChargeInputs);
  return (
    <CalculatorPage title={title} description={description}>
      <ChargeCalc initial={initial} />
    </CalculatorPage>
  );
}
