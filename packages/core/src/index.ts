/**
 * @mini-ev/core: the sourced data set about the electric MINIs and the calculations on it.
 * @packageDocumentation
 */
export * from './calc/index.js';
export * from './data/index.js';
export * from './errors.js';
export * from './format/index.js';
export * from './schema/index.js';
export * from './units/index.js';
