import type { Metadata } from 'next';
import { CostCalc } from '../../components/CostCalc';
import { UrlState } from '../../components/UrlState';

export const metadata: Metadata = {
  title: 'Running cost',
  description:
    'What the car costs to run per 100 km and per year, against a petrol or diesel car, and when the price difference is repaid.',
};

export default function Page() {
  return (
    <>
      <h1>Running cost</h1>
      <p className="muted">
        What the car costs to run per 100 km and per year, against a petrol or diesel car, and when the price
        difference is repaid. The inputs live in the address: share it, or come back to it.
      </p>
      <UrlState>
        <CostCalc />
      </UrlState>
    </>
  );
}
