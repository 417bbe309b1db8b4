'use client';
import { createContext, type ReactNode, useContext } from 'react';
import type { CarOption } from './car-option';

const Ctx = createContext<readonly CarOption[]>([]);

/** The calculable cars, from the page, so calculators need no data module in the browser. */
export function CarsProvider({ cars, children }: { cars: readonly CarOption[]; children: ReactNode }) {
  return <Ctx.Provider value={cars}>{children}</Ctx.Provider>;
}

export const useCars = () => useContext(Ctx);
