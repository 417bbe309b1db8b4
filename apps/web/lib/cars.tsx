'use client';
import { createContext, type ReactNode, useContext } from 'react';
import type { CarOption, UncalculableCar } from './car-option';

const Ctx = createContext<readonly CarOption[]>([]);
const Others = createContext<readonly UncalculableCar[]>([]);

/**
 * The calculable cars, and the others with core's reason why not, from the page, so calculators need no
 * data module in the browser.
 */
export function CarsProvider({
  cars,
  others,
  children,
}: {
  cars: readonly CarOption[];
  others: readonly UncalculableCar[];
  children: ReactNode;
}) {
  return (
    <Ctx.Provider value={cars}>
      <Others.Provider value={others}>{children}</Others.Provider>
    </Ctx.Provider>
  );
}

export const useCars = () => useContext(Ctx);
/** The data set's cars no calculation is possible for (concepts), each with core's reason. */
export const useUncalculable = () => useContext(Others);
