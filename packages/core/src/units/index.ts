export * from './constants.js';
export * from './convert.js';
export * from './parse.js';
