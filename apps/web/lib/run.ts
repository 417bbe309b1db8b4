import { MiniEvError } from '@mini-ev/core';
import { FIX_FIELD } from './messages';

/** Runs a calculation once every field is valid; a typed error from core becomes the message shown. */
export function runCalc<T>(
  invalid: boolean,
  fn: () => T,
): { result: T | undefined; problem: string | undefined } {
  if (invalid) return { result: undefined, problem: FIX_FIELD };
  try {
    return { result: fn(), problem: undefined };
  } catch (e) {
    return { result: undefined, problem: e instanceof MiniEvError ? e.message : String(e) };
  }
}
