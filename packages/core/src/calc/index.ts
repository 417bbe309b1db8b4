export * from './charging.js';
export * from './climate.js';
export * from './cost.js';
export * from './model.js';
export * from './physics.js';
export * from './production.js';
export * from './range.js';
export * from './trip.js';
export { validate } from './validate.js';
