import { readFileSync } from 'node:fs';
import {
  CONTRACTS,
  CYCLE_NAMES,
  closestIds,
  describeInputError,
  type FormatOptions,
  getMarket,
  type InputErrorContext,
  InvalidInputError,
  MARKET_CHOICE,
  marketIds,
  UNIT_SYSTEMS,
  type UnitSystem,
} from '@mini-ev/core';
import { Command, CommanderError, Option } from 'commander';
import { accuracyCommand } from './commands/accuracy.js';
import { chargeCommand } from './commands/charge.js';
import { compareCommand } from './commands/compare.js';
import { costCommand } from './commands/cost.js';
import { dataCommand } from './commands/data.js';
import { historyCommand } from './commands/history.js';
import { marketsCommand } from './commands/markets.js';
import { modelsCommand } from './commands/models.js';
import { rangeCommand } from './commands/range.js';
import { showCommand } from './commands/show.js';
import { sourcesCommand } from './commands/sources.js';
import { tripCommand } from './commands/trip.js';
import { addContractOptions, FLAGS, flagNamer, readContractInput } from './contract-cli.js';
import { choiceFlag, distanceListFlag } from './flags.js';
import {
  CliError,
  describeError,
  fitText,
  type Output,
  OutputError,
  setOutputWidth,
  toJson,
} from './output.js';

/** The --market flag's help, for compare and cost alike: core's words and the market ids. */
const MARKET_FLAG_HELP = `${MARKET_CHOICE.help} (${marketIds.join(', ')}; see \`mini-ev markets\`)`;

/** The package's own version, read from its package.json. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** How the running command names fields and shows values, for its error messages. */
let errorContext: InputErrorContext | undefined;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => {
    try {
      process.stdout.write(s);
    } catch (err) {
      throw new OutputError(err);
    }
  },
  stderr: (s) => process.stderr.write(s),
};

type Opts = Record<string, string | boolean | undefined>;

function formatOf(opts: Opts): FormatOptions {
  const system = choiceFlag('--units', opts.units as string | undefined, UNIT_SYSTEMS) ?? 'metric';
  return { system: system as UnitSystem };
}

function emit(io: Io, out: Output, opts: Opts) {
  io.stdout(opts.json ? `${toJson(out.json)}\n` : `${fitText(out.text)}\n`);
}

const str = (o: Opts, k: string) => o[k] as string | undefined;
/** Vehicle ids are lower-case; `COOPER-SE-J01` means the same car. */
const idOf = (id: string) => id.trim().toLowerCase();

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
    .option('--wide', 'print tables and text at full width instead of fitting the terminal (or $COLUMNS)')
    // commander's own errors ("error: unknown option") in the same style as ours.
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(text.replace(/^error: /, 'mini-ev: ')),
    })
    .showSuggestionAfterError(true)
    .helpCommand('help [command]', 'the help of a command, e.g. `mini-ev help range`')
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
  // Every command's text fits the terminal (or $COLUMNS) unless --wide.
  program.hook('preAction', () => setOutputWidth({ wide: program.opts().wide === true }));

  withJson(
    program.command('models').description('the line-up: every vehicle id with its headline figures'),
  ).action((opts: Opts) => run((o) => modelsCommand(formatOf(o)))(opts));

  withJson(
    program
      .command('show')
      .argument('<id>', 'vehicle id')
      .description('the spec sheet of one vehicle, each figure with its source'),
  ).action((id: string, opts: Opts) => run((o) => showCommand(idOf(id), formatOf(o)))(opts));

  withJson(
    program
      .command('compare')
      .argument('<ids...>', 'two to four vehicle ids')
      .description(
        'vehicles side by side: the computed answers (real range, consumption, charging, cost; best marked *), then the published figures (differing rows in bold)',
      )
      .option('--market <id>', MARKET_FLAG_HELP),
  ).action((ids: string[], opts: Opts) =>
    run((o) => {
      const market = choiceFlag('--market', str(o, 'market')?.trim().toLowerCase(), marketIds);
      return compareCommand(ids.map(idOf), formatOf(o), market === undefined ? undefined : getMarket(market));
    })(opts),
  );

  /**
   * A calculation command: its options come from the contract, its input is read against the contract, and
   * an invalid value is reported with the flag and the value as the person typed them.
   */
  const calcCommand = <N extends keyof typeof FLAGS>(
    name: N,
    description: string,
    compute: (
      id: string,
      input: Record<string, unknown>,
      fmt: FormatOptions,
      nameOf: (f: string) => string,
    ) => Output,
    extra: {
      options?: (c: Command) => Command;
      read?: (o: Opts, input: Record<string, unknown>) => void;
    } = {},
  ) => {
    const cmd = withJson(
      addContractOptions(
        program.command(name).argument('<id>', 'vehicle id (see `mini-ev models`)').description(description),
        CONTRACTS[name],
        FLAGS[name],
      ),
    );
    extra.options?.(cmd);
    cmd.action((id: string, opts: Opts) => {
      const o = { ...program.opts(), ...opts };
      const fmt = formatOf(o);
      const extraNames: Record<string, string> =
        name === 'range' ? { mode: '--cycle' } : name === 'trip' ? { chargers: '--chargers' } : {};
      const nameOf = flagNamer(FLAGS[name], extraNames);
      const { input, typed } = readContractInput(CONTRACTS[name], FLAGS[name], o);
      extra.read?.(o, input);
      errorContext = {
        system: fmt.system ?? 'metric',
        nameOf,
        typed: (f) => typed[f] ?? (f === 'mode' ? str(o, 'cycle') : undefined),
      };
      const out = compute(idOf(id), input, fmt, nameOf);
      emit(io, out, o);
      // An impossible trip is an answer, not an input error: exit 1 so scripts can tell.
      if ((out.json as { feasible?: boolean }).feasible === false) process.exitCode = 1;
    });
  };

  calcCommand(
    'range',
    'range and consumption at a steady speed (default) or over a drive cycle',
    (id, input, fmt, nameOf) => rangeCommand(id, input, fmt, nameOf),
    {
      options: (c) =>
        c.option('--cycle <name>', `drive cycle instead of a steady speed: ${CYCLE_NAMES.join(', ')}`),
      read: (o, input) => {
        const cycle = str(o, 'cycle');
        if (cycle === undefined) return;
        if (o.speed !== undefined)
          throw new CliError('range: give --speed or --cycle, not both', 2, {
            flag: '--cycle',
            value: cycle,
            allowed: 'either --speed or --cycle, not both',
          });
        input.mode = choiceFlag('--cycle', cycle.toLowerCase(), CYCLE_NAMES);
      },
    },
  );
  calcCommand(
    'charge',
    'a charging session: time, energy into the battery and from the grid',
    (id, input, fmt) => chargeCommand(id, input, fmt),
  );
  calcCommand(
    'cost',
    'running cost per 100 km and per year against a petrol or diesel car',
    (id, input, fmt) => costCommand(id, input, fmt),
    {
      options: (c) => c.option('--market <id>', MARKET_FLAG_HELP),
      read: (o, input) => {
        const id = choiceFlag('--market', str(o, 'market')?.trim().toLowerCase(), marketIds);
        if (id !== undefined) input.market = getMarket(id);
      },
    },
  );
  calcCommand(
    'trip',
    'the fastest plan of charging stops for a trip',
    (id, input, fmt, nameOf) => tripCommand(id, input, fmt, nameOf),
    {
      options: (c) =>
        c.option(
          '--chargers <list>',
          'charger positions instead of a spacing, comma separated (e.g. 120,250,400)',
        ),
      read: (o, input) => {
        const list = distanceListFlag('--chargers', str(o, 'chargers'));
        if (list === undefined) return;
        if (o.chargerSpacing !== undefined)
          throw new CliError('trip: give --charger-spacing or --chargers, not both', 2, {
            flag: '--chargers',
            value: String(str(o, 'chargers')),
            allowed: 'either --charger-spacing or --chargers, not both',
          });
        input.chargers = list.map((km) => ({ km }));
      },
    },
  );

  withJson(
    program.command('history').description('the electric MINI timeline, each event with its source'),
  ).action((opts: Opts) => run(() => historyCommand())(opts));
  withJson(
    program
      .command('markets')
      .description('the markets a cost can be priced in: currency and dated, sourced energy prices'),
  ).action((opts: Opts) => run((o) => marketsCommand(formatOf(o)))(opts));
  withJson(
    program.command('sources').description('every source and how many figures and facts it supports'),
  ).action((opts: Opts) => run(() => sourcesCommand())(opts));
  withJson(
    program
      .command('accuracy')
      .description('the model against its published validation set: real-world measurements with sources'),
  ).action((opts: Opts) => run(() => accuracyCommand())(opts));
  withJson(
    program
      .command('data')
      .description(
        'the whole data set as JSON (validated by the schema shipped in @mini-ev/core); --json is accepted and changes nothing',
      ),
  ).action(() => emit(io, dataCommand(), { json: true }));

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
  if (first !== undefined && !names.includes(first) && first !== 'help') {
    const near = closestIds(first, names, 1);
    io.stderr(
      `mini-ev: unknown command '${first}'.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} Commands: ${names.join(', ')}, help\n`,
    );
    return 2;
  }
  const json = argv.includes('--json');
  /** With --json an error is also written as one JSON object on stderr, for scripts. */
  const jsonError = (e: { flag: string | null; value: unknown; allowed: string | null; message: string }) => {
    if (json) io.stderr(`${JSON.stringify({ error: e })}\n`);
  };
  errorContext = undefined;
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
      // commander already printed the message on stderr, in our style.
      const flag = err.message.match(/'(--?[a-z][\w-]*)/)?.[1] ?? null;
      jsonError({ flag, value: null, allowed: null, message: err.message.replace(/^error: /, '') });
      return 2;
    }
    // Set by the command's action while it ran (TypeScript cannot see that assignment from here).
    const ctx = errorContext as InputErrorContext | undefined;
    if (err instanceof InvalidInputError && ctx) {
      const message = describeInputError(err, ctx);
      io.stderr(`mini-ev: ${message}\n`);
      jsonError({
        flag: ctx.nameOf(err.field),
        value: ctx.typed?.(err.field) ?? err.value ?? null,
        allowed: err.allowed,
        message,
      });
      return 2;
    }
    const { message, exitCode, flag, value, allowed } = describeError(err);
    io.stderr(`mini-ev: ${message}\n`);
    jsonError({ flag: flag ?? null, value: value ?? null, allowed: allowed ?? null, message });
    return exitCode;
  }
}

export { CliError };
