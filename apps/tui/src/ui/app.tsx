import { Box, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import { wrapText } from '../wrap.js';
import { type Row, wrapRows } from './rows.js';
import { accuracyRows } from './screens/accuracy.js';
import { calcRows } from './screens/calculator.js';
import { compareScreenRows } from './screens/compare.js';
import { detailRows } from './screens/detail.js';
import { HELP_ROWS } from './screens/help.js';
import { historyRows } from './screens/history.js';
import { lineupRows } from './screens/lineup.js';
import { sourceRows } from './screens/sources.js';
import { commandOf, initialState, type Key, reduce, type State, screenOf } from './state.js';

interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  backspace?: boolean;
  delete?: boolean;
  tab?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/**
 * Maps a key press to app keys, one per key: a write of several characters ("jjjjj", a paste) is every one
 * of them. With `typing` (as the app reads keys) characters stay text and the reducer decides whether each is
 * a command or part of a filter or a typed value; without it they are the commands they stand for.
 */
export function toKeys(input: string, key: KeyFlags, typing = false): Key[] {
  if (key.ctrl && input === 'c') return ['interrupt'];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageUp) return ['pageUp'];
  if (key.pageDown) return ['pageDown'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.tab) return ['tab'];
  // Ink 6 marks every Esc as meta, one press or two bytes in one read alike: it is one key.
  if (key.escape) return ['escape'];
  if (key.backspace || key.delete) return ['back'];
  if (key.ctrl) return [];
  return [...input].flatMap((ch): Key[] => {
    if (ch === '\r' || ch === '\n') return ['enter'];
    if (ch === '\t') return ['tab'];
    if (typing) return ch === ' ' ? ['space'] : [{ char: ch }];
    const k = commandOf(ch);
    return k ? [k] : [];
  });
}

/** An arrow key's tail (`[A`, `OB` …) when its escape byte arrived on its own. */
const ARROW_TAIL: Record<string, Key> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  '[5~': 'pageUp',
  '[6~': 'pageDown',
  '[H': 'home',
  '[F': 'end',
};

function useSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  });
  return size;
}

/** Each screen's rows, as the screens lay them out for this width (before wrapping). */
export function rowsFor(state: State, width: number): Row[] {
  const fmt = { system: state.units };
  if (state.help) return HELP_ROWS;
  const screen = screenOf(state);
  switch (screen.name) {
    case 'lineup':
      return lineupRows(state, fmt, width);
    case 'detail':
      return detailRows(screen.id, fmt);
    case 'compare':
      return compareScreenRows(screen.ids, fmt, width, state.page);
    case 'calc':
      return calcRows(screen.kind, screen.id, state, fmt, width);
    case 'history':
      return historyRows();
    case 'sources':
      return sourceRows(state.filter);
    case 'accuracy':
      return accuracyRows();
  }
}

const TITLES = {
  lineup: 'Line-up',
  detail: 'Car',
  compare: 'Compare',
  calc: 'Calculator',
  history: 'History',
  sources: 'Sources',
  accuracy: 'Accuracy',
} as const;

/** The keys of the screen in view, most useful first. */
function hintsFor(state: State): string[] {
  if (state.help) return ['Esc close', '↑↓ scroll'];
  if (state.filtering) return ['type to filter', 'Enter keep', 'Esc clear'];
  if (state.editing !== undefined) return ['type a number', 'Enter set', 'Esc cancel', 'Backspace erase'];
  const screen = screenOf(state);
  const end = ['? keys', 'q quit'];
  switch (screen.name) {
    case 'lineup':
      return [
        '↑↓ move',
        'Enter open',
        '1-4 calculators',
        'Space mark',
        'c compare',
        '/ filter',
        ...(state.filter ? ['Esc clear filter'] : []),
        'h history',
        's sources',
        'a accuracy',
        'u units',
        ...end,
      ];
    case 'calc':
      return state.focus === 'form'
        ? [
            '↑↓ input',
            '←→ change',
            'Enter type',
            'Tab results',
            '[ ] car',
            ...(screen.kind === 'cost' ? ['m market'] : []),
            'u units',
            'Esc back',
            ...end,
          ]
        : ['↑↓ PgUp PgDn scroll', 'Tab inputs', '[ ] car', 'Esc back', ...end];
    case 'compare':
      return ['←→ more cars', '↑↓ scroll', 'Esc back', ...end];
    case 'detail':
      return ['↑↓ PgUp PgDn scroll', '1-4 calculators', '[ ] car', 'Esc back', ...end];
    case 'sources':
      return ['↑↓ PgUp PgDn scroll', '/ filter', 'h history', 'Esc back', ...end];
    default:
      return ['↑↓ PgUp PgDn scroll', 'Esc back', ...end];
  }
}

/** As many hints as fit the width, whole, most useful first; the last two (help, quit) always show. */
function hintLine(hints: string[], width: number): string {
  const tail = hints.slice(-2).join(' · ');
  let line = '';
  for (const h of hints.slice(0, -2)) {
    const next = line ? `${line} · ${h}` : h;
    if (next.length + 3 + tail.length > width) break;
    line = next;
  }
  return line ? `${line} · ${tail}` : tail;
}

/** Input handling lives in its own component so it is never mounted without raw-mode support. */
function Keys({ onKey }: { onKey: (k: Key) => void }) {
  // An escape byte may arrive on its own, its arrow key's tail a moment later: wait briefly before
  // reading it as Esc.
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = () => {
    if (pending.current === undefined) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    onKey('escape');
  };
  useEffect(() => () => clearTimeout(pending.current), []);
  useInput((input, key) => {
    if (pending.current !== undefined) {
      const tail = ARROW_TAIL[input];
      if (tail && !key.escape) {
        clearTimeout(pending.current);
        pending.current = undefined;
        onKey(tail);
        return;
      }
      flush();
    }
    // Characters go to the reducer as typed; it reads them as commands unless a filter or a value is
    // being typed. Deciding here would use the state of the last render, and lose keys typed right after
    // the one that opened the box.
    const keys = toKeys(input, key, true);
    // A trailing Esc may be the start of a split arrow key: hold it briefly.
    const last = keys.at(-1);
    for (const k of last === 'escape' ? keys.slice(0, -1) : keys) onKey(k);
    if (last === 'escape') pending.current = setTimeout(flush, 40);
  });
  return null;
}

export interface AppProps {
  initial?: State;
  /** Called once with the exit code when the person quits (130 after Ctrl+C). */
  onExit?: (code: number) => void;
}

/** A message never takes more of the screen than this; a longer one is cut with an ellipsis. */
const MAX_STATUS_LINES = 3;

/** A message wrapped to the window, at most MAX_STATUS_LINES lines, the last ending in "…" when cut. */
export function statusOf(message: string, columns: number): string[] {
  const lines = wrapText(message, columns);
  if (lines.length <= MAX_STATUS_LINES) return lines;
  const last = lines[MAX_STATUS_LINES - 1]!;
  return [...lines.slice(0, MAX_STATUS_LINES - 1), `${last.slice(0, Math.max(0, columns - 1))}…`];
}

/** Colour unless NO_COLOR is set or the terminal is dumb; selection stays visible as inverse text. */
const colour = !(('NO_COLOR' in process.env && process.env.NO_COLOR !== '') || process.env.TERM === 'dumb');

/** The interactive app: props only, state from the pure reducer. */
export function App({ initial, onExit }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows: height } = useSize();
  // The body's height is set once the status line's length is known (below); the reducer reads the last one.
  const size = useRef({ columns, bodyHeight: Math.max(3, height - 3) });
  const [state, dispatch] = useReducer(
    (s: State, k: Key) =>
      reduce(s, k, {
        rows: wrapRows(rowsFor(s, size.current.columns), size.current.columns).length,
        height: size.current.bodyHeight,
      }),
    initial ?? initialState(),
  );
  useEffect(() => {
    if (state.quit) {
      onExit?.(state.exitCode);
      exit();
    }
  }, [state.quit, state.exitCode, exit, onExit]);

  const screen = screenOf(state);
  const filter =
    state.filtering || state.filter ? `filter: ${state.filter}${state.filtering ? '▏' : ''}` : '';
  // A message (why another car is shown, a refused value) is read whole: it wraps over up to three lines,
  // taken from the body; the position (↑ above · ↓ more) shows when there is no message.
  const statusLines = state.message ? statusOf(state.message, columns) : undefined;
  // Title, status and hint lines around the body.
  const bodyHeight = Math.max(3, height - 2 - (statusLines?.length ?? 1));
  size.current = { columns, bodyHeight };
  const all = wrapRows(rowsFor(state, columns), columns);
  const start = Math.max(0, Math.min(state.scroll, all.length - bodyHeight));
  const visible = all.slice(start, start + bodyHeight);
  const below = all.length - start - visible.length;
  const position = [start > 0 ? `↑ ${start} above` : '', below > 0 ? `↓ ${below} more` : '']
    .filter(Boolean)
    .join(' · ');
  const status = statusLines ?? [[filter, position].filter(Boolean).join('   ') || ' '];
  const title = `mini-ev · ${state.help ? 'Help' : TITLES[screen.name]}`;
  const units = state.units;

  return (
    <Box flexDirection="column" width={columns}>
      {isRawModeSupported ? <Keys onKey={dispatch} /> : null}
      <Box justifyContent="space-between">
        <Text bold {...(colour ? { color: 'magenta' } : {})} wrap="truncate-end">
          {title}
        </Text>
        {columns > title.length + units.length + 1 ? (
          <Text {...(colour ? { color: 'gray' } : {})}>{units}</Text>
        ) : null}
      </Box>
      <Box flexDirection="column" height={bodyHeight}>
        {visible.map((r, i) => (
          <Text
            key={`${start + i}`}
            wrap="truncate-end"
            bold={r.bold}
            inverse={r.inverse}
            {...(r.color && colour ? { color: r.color } : {})}
          >
            {r.text || ' '}
          </Text>
        ))}
      </Box>
      {status.map((line, i) => (
        <Text key={`status-${i}`} {...(colour ? { color: 'yellow' } : {})} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text {...(colour ? { color: 'gray' } : {})} wrap="truncate-end">
        {hintLine(hintsFor(state), columns)}
      </Text>
    </Box>
  );
}
