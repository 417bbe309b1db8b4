import { dataSet } from '@mini-ev/core';
import type { Output } from '../output.js';

export function dataCommand(): Output {
  return { json: dataSet, text: JSON.stringify(dataSet, null, 2) };
}
