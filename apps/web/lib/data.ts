import { dataSet, isCalculable, type Source } from '@mini-ev/core';

export const sourcesById: Record<string, Source> = Object.fromEntries(dataSet.sources.map((s) => [s.id, s]));
/** Cars the calculators can use (a battery and a WLTP figure), in line-up order. */
export const calculable = dataSet.vehicles.filter(isCalculable).map((v) => ({ id: v.id, name: v.name }));
export const DEFAULT_CAR = 'cooper-se-j01';
