import type { SheetRow } from '../../lib/sheet';

/** One car's spec sheet for compare, formatted by core at build time in both unit systems. */
export interface CompareSheet {
  id: string;
  name: string;
  rows: SheetRow[];
}
