import type { Metadata } from 'next';
import { ChargeCalc } from '../../components/ChargeCalc';
import { UrlState } from '../../components/UrlState';

export const metadata: Metadata = {
  title: 'Charging',
  description:
    'Time, energy and cost of a charge, from the car’s DC charging curve capped by the charger, or AC through the on-board charger with its losses.',
};

export default function Page() {
  return (
    <>
      <h1>Charging</h1>
      <p className="muted">
        Time, energy and cost of a charge, from the car’s DC charging curve capped by the charger, or AC
        through the on-board charger with its losses. The inputs live in the address: share it, or come back
        to it.
      </p>
      <UrlState>
        <ChargeCalc />
      </UrlState>
    </>
  );
}
