import type { Figure } from '@mini-ev/core';

/** One car's spec sheet for compare, formatted by core at build time in both unit systems. */
export interface CompareSheet {
  id: string;
  name: string;
  rows: { key: string; label: string; figure: Figure; value: string; imperial: string }[];
}
