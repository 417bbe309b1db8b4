/**
 * @mini-ev/core: the sourced data set about the electric MINIs and the calculations on it.
 *
 * This entry exports an explicit list: everything here is public API under semver. The zod schemas are at
 * `@mini-ev/core/schema`, the data as JSON at `@mini-ev/core/data.json` with its JSON Schema at
 * `@mini-ev/core/schema.json`.
 * @packageDocumentation
 */

// Calculations.
export { answerRows } from './calc/answers.js';
export {
  acChargeEfficiency,
  type ChargeInput,
  type ChargePoint,
  type ChargeResult,
  chargeSession,
  coldDerate,
  curvePowerKW,
  dcChargerLimitKW,
  dcChargerPoints,
  dcCurvePoints,
  PACK_CHARGE_TARGET_C,
  PACK_HEATER_K_PER_MIN,
  PACK_WARMING_RANGE,
  packVoltageV,
  packWarmStep,
} from './calc/charging.js';
export { climatePowerKW, heatPumpCop, usableEnergyFactor, warmUpKWh } from './calc/climate.js';
export {
  COST_DEFAULTS,
  type CostInput,
  type CostResult,
  FUEL_CO2_KG_PER_L,
  type Fuel,
  type MarketDefault,
  marketCostDefaults,
  missingMarketPrices,
  runningCost,
} from './calc/cost.js';
export {
  CAR_SPEC_CONTRACT,
  type Calibration,
  type CarSpec,
  type ChargingParams,
  CYCLES,
  type CycleName,
  calibratedModel,
  calibrationRangeKm,
  carLimits,
  DEFAULTS as MODEL_DEFAULTS,
  type VehicleModel,
} from './calc/model.js';
export type { CoastDown, DrivetrainParams, PhysicalParams } from './calc/physics.js';
export {
  type ProductionInput,
  type ProductionResult,
  productionFigures,
} from './calc/production.js';
export {
  CONDITION_DEFAULTS,
  type Conditions,
  type CurvePoint,
  CYCLE_NAMES,
  type CycleChoice,
  type CycleInput,
  computeRange,
  cycleRange,
  type EnergyBreakdown,
  RANGE_DEFAULTS,
  type RangeInput,
  type RangeMode,
  type RangeResult,
  rangeBySpeed,
  rangeByTemperature,
  SCENARIO_HIGHWAY_KMH,
  SCENARIO_WEATHER,
  type ScenarioRow,
  type SpeedSteps,
  type SteadyInput,
  scenarioHighwayKmh,
  scenarioTable,
  steadySpeedRange,
} from './calc/range.js';
export {
  planTrip,
  TRIP_DEFAULTS,
  type TripImpossible,
  type TripInput,
  type TripLeg,
  type TripObstacle,
  type TripPlan,
  type TripStop,
} from './calc/trip.js';
export {
  CHARGE_HALF_WIDTH,
  CONSUMPTION_HALF_WIDTH,
  ENERGY_HALF_WIDTH,
  ESTIMATED_WIDEN,
  GENERIC_CURVE_WIDEN,
  INTERVAL_SHARE,
} from './calc/uncertainty.js';
// Calculation contracts: every input's default, limits, step, quantity, label and help.
export {
  type CalculationName,
  CHARGE_CONTRACT,
  CONTRACTS,
  COST_CONTRACT,
  MARKET_COST_FIELDS,
  type MarketCostField,
  marketFigureFor,
  RANGE_CONTRACT,
  TRIP_CONTRACT,
} from './contract/calculations.js';
export {
  type BooleanField,
  brokenRule,
  type CarLimits,
  type ChoiceField,
  type Contract,
  contractDefaults,
  defaultOf,
  type Field,
  type FieldContext,
  fieldHelp,
  fieldOf,
  type LimitedInput,
  limitsOf,
  type NumberField,
  type Resolved,
  type Rule,
  resolveInput,
  stepOf,
} from './contract/contract.js';
export {
  fromShown,
  type GallonKind,
  QUANTITIES,
  type Quantity,
  quantityText,
  roundTo,
  shownValue,
  toShown,
  UNIT_SYSTEMS,
  type UnitSystem,
  unitOf,
} from './contract/quantity.js';
// Data.
export {
  closestIds,
  DATA_VERSION,
  dataSet,
  type FigureAt,
  figuresIn,
  getMarket,
  getSource,
  marketIds,
  supportedBy,
  type VehicleSummary,
  vehicleSummary,
} from './data/index.js';
// Looking a car up carries the cars only, not the sources, markets and history.
export { getVehicle, suggestVehicleIds, vehicleIds } from './data/vehicle-data.js';
// Errors.
export {
  choiceError,
  type InputProblem,
  InvalidInputError,
  MiniEvError,
  MissingFigureError,
  QuantityParseError,
  UnknownVehicleError,
} from './errors.js';
export {
  ACCURACY_COLUMNS,
  type AccuracyCells,
  type AccuracySummary,
  accuracyCells,
  accuracySummary,
  INTERVAL_NAME,
} from './format/accuracy.js';
export {
  ANSWER_DC_CHARGER_KW,
  ANSWER_DC_WINDOW,
  ANSWER_KEYS,
  ANSWER_SPEEDS_KMH,
  ANSWER_YEARLY_KM,
  type AnswerCompareRow,
  type AnswerKey,
  type AnswerOptions,
  type AnswerRow,
  answerDependsOnMarket,
  answerLabels,
  compareAnswers,
} from './format/answers.js';
export {
  type ChartWords,
  chargeChartWords,
  rangeChartWords,
  tripChartWords,
  vehicleChartWords,
} from './format/charts.js';
export { type DisputeOptions, figureDispute } from './format/dispute.js';
export {
  describeInputError,
  describeLimited,
  type InputErrorContext,
} from './format/errors.js';
export {
  boundedText,
  type FormatOptions,
  formatAmount,
  formatChargePower,
  formatConsumption,
  formatCostPerDistance,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatFigureValue,
  formatFuelVolume,
  formatInterval,
  formatLength,
  formatMass,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPower,
  formatSignedPercent,
  formatSpeed,
  formatTemperature,
  formatTorque,
  formatVolume,
  formatWithInterval,
  formatYearlyMoney,
  keepUnits,
  litresPerGallon,
  marketFormat,
} from './format/index.js';
// The market chooser's words (no data behind them, so a page can show them without the data set).
export { MARKET_CHOICE, marketCaption, marketHeading } from './format/market-choice.js';
export {
  type CostSummary,
  costSummary,
  fuelCo2Basis,
  type MarketPriceLine,
  type MarketPriceNote,
  marketPriceLines,
  marketPriceNotes,
} from './format/markets.js';
// Formatting.
export { tripObstacleWords } from './format/obstacle.js';
export {
  type ChargeSummary,
  chargeSummary,
  type RangeSummary,
  type ResultLine,
  rangeSummary,
} from './format/results.js';
export {
  CAR_SECTIONS,
  COMPARE_SECTIONS,
  type CompareRow,
  compareRows,
  compareSheets,
  headlineRange,
  LINEUP_COLUMNS,
  type LineupKey,
  lineupCells,
  type SpecRow,
  specRows,
  vehicleFacts,
} from './format/spec.js';
export {
  type AssumptionNotes,
  assumptionNotes,
  BREAKDOWN_PARTS,
  chargeCurveWords,
  fallbackCarNotice,
  formatBreakdown,
  formatChargeCost,
  packWarmingWords,
  type ScenarioWords,
  scenarioWords,
  sentenceInUnits,
  TRIP_NOT_POSSIBLE,
  TRIP_STOPS,
  type TripStep,
  type TripStopCells,
  type TripSummary,
  tripNotPossible,
  tripSteps,
  tripStopCells,
  tripSummary,
} from './format/words.js';
export {
  carSpecOf,
  isCalculable,
  notCalculableNotice,
  notCalculableReason,
  type VehicleModelOptions,
  vehicleModel,
} from './model/vehicle-model.js';
export type {
  Battery,
  ChargeTime,
  Charging,
  Claim,
  Cycle,
  CycleRating,
  DataSet,
  DcCurve,
  Dimensions,
  Fact,
  Figure,
  FigureKind,
  JointVenture,
  LaunchPrice,
  Market,
  MarketId,
  Organisation,
  Plant,
  Source,
  TimelineEvent,
  Unit,
  Vehicle,
  VehicleInput,
  VehicleVariant,
} from './schema/index.js';
// Units.
export {
  KG_PER_LB,
  KM_PER_MILE,
  KW_PER_HP,
  KW_PER_PS,
  KWH_PER_GALLON_EQUIVALENT,
  L_PER_CUBIC_FOOT,
  L_PER_UK_GALLON,
  L_PER_US_GALLON,
  M_PER_FOOT,
  MM_PER_INCH,
  NM_PER_LBFT,
} from './units/constants.js';
export {
  cToF,
  cToK,
  feetToMm,
  fToC,
  hpToKw,
  kgToLb,
  kmhToMph,
  kmhToMs,
  kmToMiles,
  kwhPer100KmToMilesPerKwh,
  kwhPer100KmToMpge,
  kwhPer100KmToWhPerKm,
  kwhPer100KmToWhPerMile,
  kwToHp,
  kwToPs,
  lbFtToNm,
  lbToKg,
  milesPerKwhToKwhPer100Km,
  milesToKm,
  mmToFeet,
  mmToInches,
  mpgeToKwhPer100Km,
  mphToKmh,
  msToKmh,
  nmToLbFt,
  psToKw,
  whPerKmToKwhPer100Km,
  whPerMileToKwhPer100Km,
} from './units/convert.js';
export {
  CANONICAL_UNITS,
  type Dimension,
  findQuantities,
  type ParsedPrice,
  type ParsedQuantity,
  parsePrice,
  parseQuantity,
} from './units/parse.js';
export {
  type AccuracyReport,
  type AccuracyRow,
  accuracyReport,
} from './validation/accuracy.js';
export {
  MEASURE_UNITS,
  VALIDATION_CASES,
  type ValidationCalc,
  type ValidationCase,
  type ValidationMeasure,
} from './validation/cases.js';
