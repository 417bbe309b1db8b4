import {
  describeLimited,
  type FormatOptions,
  type LimitedInput,
  MiniEvError,
  UnknownVehicleError,
} from '@mini-ev/core';

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
  ) {
    super(message);
  }
}

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

/**
 * A plain aligned table. Hand-written (a dozen lines) so that the --json path loads no table library and
 * starts fast.
 */
export function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    bold(line(head)),
    dim(widths.map((w) => '─'.repeat(w)).join('  ')),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** Key–value lines, keys aligned. */
export function pairs(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${dim(k.padEnd(w))}  ${v}`).join('\n');
}

/** Turns any error into a message and exit code for the terminal. */
export function describeError(err: unknown): { message: string; exitCode: number; flag?: string } {
  if (err instanceof CliError) {
    const flag = err.message.match(/^(--[a-z][\w-]*)/)?.[1];
    return { message: err.message, exitCode: err.exitCode, ...(flag ? { flag } : {}) };
  }
  if (err instanceof UnknownVehicleError) {
    const hint = err.suggestions.length ? ` Did you mean: ${err.suggestions.join(', ')}?` : '';
    return {
      message: `Unknown vehicle id "${err.id}".${hint} Run \`mini-ev models\` for the list.`,
      exitCode: 2,
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
