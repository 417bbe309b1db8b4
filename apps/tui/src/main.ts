import {
  CONDITION_DEFAULTS,
  COST_DEFAULTS,
  CYCLE_NAMES,
  type FormatOptions,
  TRIP_DEFAULTS,
  UNIT_SYSTEMS,
  type UnitSystem,
} from '@mini-ev/core';
import { Command, CommanderError, Option } from 'commander';
import {
  chargeCommand,
  costCommand,
  DEFAULT_CHARGER_SPACING_KM,
  rangeCommand,
  tripCommand,
} from './commands/calc.js';
import {
  compareCommand,
  dataCommand,
  historyCommand,
  modelsCommand,
  type Output,
  showCommand,
  sourcesCommand,
} from './commands/catalog.js';
import { choiceFlag, distanceListFlag, numberFlag, quantityFlag } from './flags.js';
import { CliError, describeError } from './output.js';

export const VERSION = '0.1.0';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

type Opts = Record<string, string | boolean | undefined>;

function formatOf(opts: Opts): FormatOptions {
  const system = choiceFlag('--units', opts.units as string | undefined, UNIT_SYSTEMS) ?? 'metric';
  return { system: system as UnitSystem };
}

function emit(io: Io, out: Output, opts: Opts) {
  io.stdout(opts.json ? `${JSON.stringify(out.json, null, 2)}\n` : `${out.text}\n`);
}

const str = (o: Opts, k: string) => o[k] as string | undefined;

/** Builds the command-line program. Subcommands never load React or Ink. */
export function buildProgram(io: Io = defaultIo, onInteractive?: () => Promise<void>): Command {
  const program = new Command('mini-ev')
    .description(
      'Electric MINI figures with their sources, and calculators for range, charging, cost and trips.',
    )
    .version(VERSION)
    .addOption(
      new Option('--units <system>', 'units for tables: metric or imperial (JSON is always metric)').default(
        'metric',
      ),
    )
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      'after',
      `
Flag values take a bare number in the metric unit or a number with its unit: 120km/h, 70mph, -5C, 23F, 300mi.
Run with no arguments in a terminal for the interactive app.

Examples:
  mini-ev range cooper-se-j01 --speed 120 --temp -5
  mini-ev charge cooper-se-f56 --from 10 --to 80 --charger-kw 50
  mini-ev trip cooper-se-j01 --distance 600km --speed 75mph --charger-spacing 60 --json`,
    );

  const withJson = (c: Command) =>
    c.option('--json', 'print JSON (metric, unit-suffixed names) instead of a table');
  const run = (fn: (opts: Opts) => Output) => (opts: Opts) =>
    emit(io, fn({ ...program.opts(), ...opts }), { ...program.opts(), ...opts });

  withJson(
    program.command('models').description('the line-up: every vehicle id with its headline figures'),
  ).action((opts: Opts) => run((o) => modelsCommand(formatOf(o)))(opts));

  withJson(
    program
      .command('show')
      .argument('<id>', 'vehicle id')
      .description('the spec sheet of one vehicle, each figure with its source'),
  ).action((id: string, opts: Opts) => run((o) => showCommand(id, formatOf(o)))(opts));

  withJson(
    program
      .command('compare')
      .argument('<ids...>', 'two to four vehicle ids')
      .description('vehicles side by side; differing rows in bold'),
  ).action((ids: string[], opts: Opts) => run((o) => compareCommand(ids, formatOf(o)))(opts));

  withJson(
    program
      .command('range')
      .argument('<id>', 'vehicle id')
      .description('range and consumption at a steady speed or over a drive cycle')
      .option('--speed <v>', 'steady speed (km/h, or 70mph)')
      .option('--cycle <name>', `drive cycle: ${CYCLE_NAMES.join(', ')}`)
      .option('--temp <t>', `ambient temperature (°C, or 23F); default ${CONDITION_DEFAULTS.tempC} °C`)
      .option('--from <charge %>', `charge at the start; default ${CONDITION_DEFAULTS.fromPct} %`)
      .option('--to <charge %>', `charge kept in reserve; default ${CONDITION_DEFAULTS.toPct} %`)
      .option('--payload-kg <n>', 'load beyond driver and luggage (kg, or 175lb); default none')
      .option('--no-climate', 'heating and air conditioning off'),
  ).action((id: string, opts: Opts) =>
    run((o) =>
      rangeCommand(
        id,
        {
          speedKmh: quantityFlag('--speed', str(o, 'speed'), 'speed'),
          cycle: choiceFlag('--cycle', str(o, 'cycle'), CYCLE_NAMES),
          tempC: quantityFlag('--temp', str(o, 'temp'), 'temperature'),
          fromPct: quantityFlag('--from', str(o, 'from'), 'percent'),
          toPct: quantityFlag('--to', str(o, 'to'), 'percent'),
          payloadKg: quantityFlag('--payload-kg', str(o, 'payloadKg'), 'mass'),
          climate: o.climate !== false,
        },
        formatOf(o),
      ),
    )(opts),
  );

  withJson(
    program
      .command('charge')
      .argument('<id>', 'vehicle id')
      .description('a charging session: time, energy into the battery and from the grid')
      .requiredOption('--from <charge %>', 'charge at the start')
      .requiredOption('--to <charge %>', 'charge at the end')
      .option('--charger-kw <kW>', "charger (DC) or wall box (AC) power; default the car's own limit")
      .option('--ac', 'charge on AC (wall box) instead of DC')
      .option('--temp <t>', 'battery temperature (°C); a cold battery charges slower on DC'),
  ).action((id: string, opts: Opts) =>
    run((o) =>
      chargeCommand(
        id,
        {
          fromPct: quantityFlag('--from', str(o, 'from'), 'percent')!,
          toPct: quantityFlag('--to', str(o, 'to'), 'percent')!,
          chargerKW: quantityFlag('--charger-kw', str(o, 'chargerKw'), 'power'),
          ac: !!o.ac,
          batteryTempC: quantityFlag('--temp', str(o, 'temp'), 'temperature'),
        },
        formatOf(o),
      ),
    )(opts),
  );

  withJson(
    program
      .command('cost')
      .argument('<id>', 'vehicle id')
      .description('running cost per 100 km and per year, optionally against a petrol or diesel car')
      .option(
        '--yearly-distance <d>',
        `distance per year (km, or 8000mi); default ${COST_DEFAULTS.yearlyKm} km`,
      )
      .option(
        '--home-price <price>',
        `price per kWh at home, your currency; default ${COST_DEFAULTS.homePricePerKWh}`,
      )
      .option(
        '--public-price <price>',
        `price per kWh at public fast chargers; default ${COST_DEFAULTS.publicPricePerKWh}`,
      )
      .option(
        '--public-share <%>',
        `share of charging done in public; default ${COST_DEFAULTS.publicSharePct} %`,
      )
      .option('--temp <t>', `yearly average temperature; default ${COST_DEFAULTS.tempC} °C`)
      .option(
        '--consumption <c>',
        'use this consumption at the battery (kWh/100km or mi/kWh) instead of the model',
      )
      .option('--grid-co2 <g/kWh>', 'grid carbon intensity, grams CO2 per kWh')
      .option('--fuel <type>', `compare with: petrol or diesel; default ${COST_DEFAULTS.fuel}`)
      .option('--fuel-consumption <L/100km>', 'the combustion car’s consumption')
      .option('--fuel-price <price>', 'fuel price per litre, same currency')
      .option('--price-difference <amount>', 'purchase price of the EV minus the combustion car'),
  ).action((id: string, opts: Opts) =>
    run((o) =>
      costCommand(
        id,
        {
          yearlyKm: quantityFlag('--yearly-distance', str(o, 'yearlyDistance'), 'distance'),
          homePricePerKWh: numberFlag('--home-price', str(o, 'homePrice'), 'a price per kWh, e.g. 0.30'),
          publicPricePerKWh: numberFlag(
            '--public-price',
            str(o, 'publicPrice'),
            'a price per kWh, e.g. 0.55',
          ),
          publicSharePct: quantityFlag('--public-share', str(o, 'publicShare'), 'percent'),
          tempC: quantityFlag('--temp', str(o, 'temp'), 'temperature'),
          consumptionKWhPer100Km: quantityFlag('--consumption', str(o, 'consumption'), 'consumption'),
          gridGCO2PerKWh: numberFlag('--grid-co2', str(o, 'gridCo2'), 'grams of CO2 per kWh, e.g. 350'),
          fuel: choiceFlag('--fuel', str(o, 'fuel'), ['petrol', 'diesel'] as const),
          litresPer100Km: numberFlag(
            '--fuel-consumption',
            str(o, 'fuelConsumption'),
            'litres per 100 km, e.g. 6.5',
          ),
          pricePerLitre: numberFlag('--fuel-price', str(o, 'fuelPrice'), 'a price per litre, e.g. 1.80'),
          priceDifference: numberFlag(
            '--price-difference',
            str(o, 'priceDifference'),
            'an amount, e.g. 3000',
          ),
        },
        formatOf(o),
      ),
    )(opts),
  );

  withJson(
    program
      .command('trip')
      .argument('<id>', 'vehicle id')
      .description('the fastest plan of charging stops for a trip')
      .requiredOption('--distance <d>', 'trip length (km, or 300mi)')
      .option('--speed <v>', `cruising speed (km/h, or 70mph); default ${TRIP_DEFAULTS.speedKmh} km/h`)
      .option('--temp <t>', `ambient temperature; default ${TRIP_DEFAULTS.tempC} °C`)
      .option('--start-soc <%>', `charge at departure; default ${TRIP_DEFAULTS.startSocPct} %`)
      .option('--arrival-soc <%>', `least charge on arrival; default ${TRIP_DEFAULTS.arrivalSocPct} %`)
      .option(
        '--charger-soc <%>',
        `least charge on arrival at a charger; default ${TRIP_DEFAULTS.minChargerSocPct} %`,
      )
      .option(
        '--charger-kw <kW>',
        `chargers' power; default ${TRIP_DEFAULTS.chargerKW} kW (the car takes what it can)`,
      )
      .option(
        '--charger-spacing <d>',
        `a charger every this distance; default ${DEFAULT_CHARGER_SPACING_KM} km`,
      )
      .option('--chargers <list>', 'charger positions instead, comma separated (e.g. 120,250,400)')
      .option(
        '--stop-minutes <min>',
        `time lost per stop (parking, plugging in); default ${TRIP_DEFAULTS.stopOverheadMin}`,
      ),
  ).action((id: string, opts: Opts) => {
    const o = { ...program.opts(), ...opts };
    const out = tripCommand(
      id,
      {
        distanceKm: quantityFlag('--distance', str(o, 'distance'), 'distance')!,
        speedKmh: quantityFlag('--speed', str(o, 'speed'), 'speed'),
        tempC: quantityFlag('--temp', str(o, 'temp'), 'temperature'),
        startSocPct: quantityFlag('--start-soc', str(o, 'startSoc'), 'percent'),
        arrivalSocPct: quantityFlag('--arrival-soc', str(o, 'arrivalSoc'), 'percent'),
        minChargerSocPct: quantityFlag('--charger-soc', str(o, 'chargerSoc'), 'percent'),
        chargerKW: quantityFlag('--charger-kw', str(o, 'chargerKw'), 'power'),
        chargerSpacingKm: quantityFlag('--charger-spacing', str(o, 'chargerSpacing'), 'distance'),
        chargers: distanceListFlag('--chargers', str(o, 'chargers')),
        stopOverheadMin: numberFlag('--stop-minutes', str(o, 'stopMinutes'), 'minutes, e.g. 5'),
      },
      formatOf(o),
    );
    emit(io, out, o);
    // An impossible trip is an answer, not an input error: exit 1 so scripts can tell.
    if ((out.json as { feasible: boolean }).feasible === false) process.exitCode = 1;
  });

  withJson(
    program.command('history').description('the electric MINI timeline, each event with its source'),
  ).action((opts: Opts) => run(() => historyCommand())(opts));
  withJson(
    program.command('sources').description('every source and how many figures and facts it supports'),
  ).action((opts: Opts) => run(() => sourcesCommand())(opts));
  program
    .command('data')
    .description('the whole data set as JSON (validated by the schema shipped in @mini-ev/core)')
    .action(() => emit(io, dataCommand(), { json: true }));

  program.action(async () => {
    if (onInteractive && process.stdin.isTTY && process.stdout.isTTY) {
      await onInteractive();
      return;
    }
    // No terminal (piped, CI): never reach Ink's raw mode. Print help and a plain summary.
    io.stdout(`${program.helpInformation()}\n`);
    io.stdout(`${modelsCommand(formatOf(program.opts())).text}\n`);
  });
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 impossible trip or unexpected error, 2 bad input. */
export async function main(
  argv: string[],
  io: Io = defaultIo,
  onInteractive?: () => Promise<void>,
): Promise<number> {
  const program = buildProgram(io, onInteractive);
  const first = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--units');
  const names = program.commands.map((c) => c.name());
  if (first !== undefined && !names.includes(first)) {
    const near = names.filter((n) => n.startsWith(first.slice(0, 2)));
    io.stderr(
      `mini-ev: unknown command '${first}'.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} Commands: ${names.join(', ')}\n`,
    );
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0;
      return 2; // commander already printed the message on stderr
    }
    const { message, exitCode } = describeError(err);
    io.stderr(`mini-ev: ${message}\n`);
    return exitCode;
  }
}

export { CliError };
