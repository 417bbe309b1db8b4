import { stripVTControlCharacters } from 'node:util';
import {
  assumptionNotes,
  describeLimited,
  type FormatOptions,
  type LimitedInput,
  MiniEvError,
  UnknownVehicleError,
  type VehicleModel,
} from '@mini-ev/core';
import stringWidth from 'string-width';
import { wrapText } from './wrap.js';

/** What a subcommand prints: JSON for `--json`, text for people. */
export interface Output {
  json: unknown;
  text: string;
}

/** An error meant for the person at the terminal: printed on stderr without a stack, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** For `--json`'s error object: the flag, the value given and what is allowed, where one flag is wrong. */
    readonly detail: { flag: string; value: string; allowed: string } | undefined = undefined,
  ) {
    super(message);
  }
}

/** Output that could not be written (a full disk, a closed terminal): reported in one line, exit 1. */
export class OutputError extends Error {
  constructor(override readonly cause: unknown) {
    const e = cause as NodeJS.ErrnoException;
    super(
      `could not write the output${e?.code ? ` (${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, write$/, '')})` : ''}`,
    );
    // The stream reports the same error again as an 'error' event; cli.ts stays quiet about a reported one.
    if (cause && typeof cause === 'object') (cause as { reported?: boolean }).reported = true;
  }
}

/**
 * A number as --json prints it: to 12 significant digits, so binary noise (20.229999999999997) never shows
 * and nothing a person could measure is lost.
 */
export const jsonNumber = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

/** The JSON a command prints: its numbers through {@link jsonNumber}. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, (_, v) => (typeof v === 'number' && Number.isFinite(v) ? jsonNumber(v) : v), 2);

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return (
    !!stream.isTTY &&
    !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') &&
    process.env.TERM !== 'dumb'
  );
}

const wrap = (open: number, close: number) => (s: string) =>
  useColor() ? `\x1b[${open}m${s}\x1b[${close}m` : s;
export const bold = wrap(1, 22);
export const dim = wrap(2, 22);
export const yellow = wrap(33, 39);

let maxWidth = Number.POSITIVE_INFINITY;

/**
 * The width text output fits: none with `--wide`; otherwise `COLUMNS` if set, else the terminal's width;
 * piped without `COLUMNS`, none (a script gets whole lines).
 */
export function setOutputWidth(
  opts: { wide?: boolean | undefined },
  stream: NodeJS.WriteStream = process.stdout,
) {
  const env = Number(process.env.COLUMNS);
  maxWidth = opts.wide
    ? Number.POSITIVE_INFINITY
    : Number.isInteger(env) && env > 0
      ? env
      : stream.isTTY && stream.columns
        ? stream.columns
        : Number.POSITIVE_INFINITY;
}

const widthOf = (s: string) => stringWidth(s);
const pad = (s: string, w: number, right: boolean) => {
  const gap = ' '.repeat(Math.max(0, w - widthOf(s)));
  return right ? gap + s : s + gap;
};

/**
 * Column widths that fit `room`. Each column first gets its floor: a column of short words (dates, counts,
 * units) stays whole, and so does the first column (the ids) if it takes at most half the room; the rest
 * of the room goes to the narrowest columns that want more, so long columns (titles, addresses) share it
 * and wrap.
 */
function fitColumns(cells: string[][], natural: number[], room: number): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const floors = natural.map((n, i) => {
    if (i === 0 && n <= room / 2) return n;
    const word = Math.max(...cells.flatMap((r) => (r[i] ?? '').split(/\s+/).map(widthOf)));
    return Math.min(n, word <= 12 ? word : 6);
  });
  const tooWide = floors.reduce((a, b) => a + b, 0) > room;
  const widths = floors.map((f) => (tooWide ? Math.min(f, 4) : f));
  let left = room - widths.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let pick = -1;
    widths.forEach((w, i) => {
      if (w < natural[i]! && (pick < 0 || w < widths[pick]!)) pick = i;
    });
    if (pick < 0) break;
    widths[pick]!++;
    left--;
  }
  return widths;
}

/** Whether a table fits the output width without wrapping any cell. */
export function tableFits(head: string[], rows: (string | number)[][]): boolean {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const natural = head.map((_, i) => Math.max(...cells.map((r) => widthOf(r[i] ?? ''))));
  return natural.reduce((a, b) => a + b, 0) + 2 * (head.length - 1) <= maxWidth;
}

/**
 * A plain aligned table that fits the output width: the widest columns narrow first, and a cell too long
 * for its column wraps within it. Hand-written so that the --json path loads no table library.
 */
export function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const natural = head.map((_, i) => Math.max(...cells.map((r) => widthOf(r[i] ?? ''))));
  const widths = fitColumns(cells, natural, maxWidth - 2 * (head.length - 1));
  const lines = (r: string[]) => {
    const parts = r.map((c, i) => wrapText(c, widths[i]!));
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) =>
      parts
        .map((p, i) => pad(p[k] ?? '', widths[i]!, align[i] === 'r'))
        .join('  ')
        .trimEnd(),
    );
  };
  return [
    ...lines(head).map(bold),
    dim(widths.map((w) => '─'.repeat(w)).join('  ')),
    ...cells.slice(1).flatMap(lines),
  ].join('\n');
}

/** Key–value lines, keys aligned; a long value wraps under itself. */
export function pairs(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows
    .map(([k, v]) =>
      wrapText(v, maxWidth - w - 2)
        .map((line, i) => `${i === 0 ? dim(k.padEnd(w)) : ' '.repeat(w)}  ${line}`)
        .join('\n'),
    )
    .join('\n');
}

/**
 * A labelled entry with a hanging indent: `prefix` (a padded label) then `text`, wrapped to the output width
 * with every continuation line starting under the text's first word.
 */
export function hanging(prefix: string, text: string): string {
  const indent = widthOf(prefix);
  if (!Number.isFinite(maxWidth)) return prefix + text;
  return wrapText(text, maxWidth - indent)
    .map((line, i) => (i === 0 ? prefix : ' '.repeat(indent)) + line)
    .join('\n');
}

/** A line that is one web address and nothing else (colour codes aside). */
const isAddressLine = (line: string) => /^\s*https?:\/\/\S+$/u.test(stripVTControlCharacters(line));

/**
 * Text that fits the output width: a longer line wraps, its continuation indented like the line (and past a
 * bullet). A line that is a web address alone stays whole, for the terminal to fold: cut by a newline it
 * could no longer be clicked or copied in one piece. Tables and pairs fit already; this catches prose.
 */
export function fitText(text: string): string {
  if (!Number.isFinite(maxWidth)) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (widthOf(line) <= maxWidth || isAddressLine(line)) return [line];
      const indent = /^(\s*(?:[•-] )?)/.exec(line)![1]!.length;
      return wrapText(line.slice(indent), maxWidth - indent).map(
        (l, i) => (i === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + l,
      );
    })
    .join('\n');
}

/** Turns any error into a message and exit code for the terminal. */
export function describeError(err: unknown): {
  message: string;
  exitCode: number;
  flag?: string;
  value?: string;
  allowed?: string;
} {
  if (err instanceof OutputError) return { message: err.message, exitCode: 1 };
  if (err instanceof CliError) {
    return { message: err.message, exitCode: err.exitCode, ...err.detail };
  }
  if (err instanceof UnknownVehicleError) {
    const hint = err.suggestions.length ? ` Did you mean: ${err.suggestions.join(', ')}?` : '';
    return {
      message: `Unknown vehicle id "${err.id}".${hint} Run \`mini-ev models\` for the list.`,
      exitCode: 2,
      value: err.id,
      allowed: 'a vehicle id from `mini-ev models`',
    };
  }
  if (err instanceof MiniEvError) return { message: err.message, exitCode: 2 };
  return { message: `Unexpected error: ${err instanceof Error ? err.message : String(err)}`, exitCode: 1 };
}

/** Lines saying which inputs physics limited, in the reader's units. */
export function limitedLines(
  limited: readonly LimitedInput[],
  fmt: FormatOptions,
  nameOf: (f: string) => string,
): [string, string][] {
  return limited.map((l) => ['note', yellow(describeLimited(l, fmt.system ?? 'metric', nameOf))]);
}

/**
 * Lines saying what the answer rests on, from the result's assumptions: the car model's flags first, in
 * yellow (an official figure the model cannot reach points at wrong data), then the rest (a figure borrowed
 * from a sister car, a generic charging curve, the calibration target), dimmed.
 */
export function assumptionLines(
  m: Pick<VehicleModel, 'flags'>,
  assumptions: readonly string[],
  fmt: FormatOptions,
): [string, string][] {
  const n = assumptionNotes(m, assumptions, fmt);
  return [
    ...n.flags.map((a): [string, string] => [n.flagLabel, yellow(a)]),
    ...n.others.map((a, i): [string, string] => [i === 0 ? n.label : '', dim(a)]),
  ];
}
