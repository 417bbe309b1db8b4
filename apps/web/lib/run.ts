import {
  type Contract,
  describeInputError,
  InvalidInputError,
  MiniEvError,
  type UnitSystem,
} from '@mini-ev/core';
import { labelOf } from './contract-fields';
import { FIX_FIELD } from './messages';

/**
 * Runs a calculation once every field is valid; a typed error from core becomes the message shown, worded
 * by core with the form's labels and in the reader's units.
 */
export function runCalc<T>(
  invalid: boolean,
  fn: () => T,
  words?: { contract: Contract; system: UnitSystem },
): { result: T | undefined; problem: string | undefined; fields?: readonly string[] } {
  if (invalid) return { result: undefined, problem: FIX_FIELD };
  try {
    return { result: fn(), problem: undefined };
  } catch (e) {
    if (e instanceof InvalidInputError && words)
      return {
        result: undefined,
        problem: describeInputError(e, { system: words.system, nameOf: labelOf(words.contract) }),
        // Every field involved (both of "end above start"), for the form to mark.
        fields: e.fields,
      };
    return { result: undefined, problem: e instanceof MiniEvError ? e.message : String(e) };
  }
}
