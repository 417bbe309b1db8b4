import type { ReactNode } from 'react';
import { CarsProvider } from '../lib/cars';
import { calculable, uncalculable } from '../lib/data';
import { Pending } from './Pending';
import { UrlState } from './UrlState';

/** The frame of every calculator page: its title, what it does, and the calculator with its URL state. */
export function CalculatorPage({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{description} The inputs live in the address: share it, or come back to it.</p>
      <Pending what="the answer" />
      <div className="calc-live">
        <CarsProvider cars={calculable} others={uncalculable}>
          <UrlState>{children}</UrlState>
        </CarsProvider>
      </div>
    </>
  );
}
