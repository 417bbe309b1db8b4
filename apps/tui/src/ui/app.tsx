import { Box, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useReducer, useState } from 'react';
import type { Row } from './rows.js';
import { calcRows } from './screens/calculator.js';
import { compareScreenRows } from './screens/compare.js';
import { detailRows } from './screens/detail.js';
import { HELP_ROWS } from './screens/help.js';
import { historyRows } from './screens/history.js';
import { lineupRows } from './screens/lineup.js';
import { sourceRows } from './screens/sources.js';
import { initialState, type Key, reduce, type State, screenOf } from './state.js';

/** Maps a key press to an app key; undefined for keys the app ignores. */
export function toKey(
  input: string,
  key: {
    upArrow?: boolean;
    downArrow?: boolean;
    leftArrow?: boolean;
    rightArrow?: boolean;
    return?: boolean;
    escape?: boolean;
    backspace?: boolean;
    delete?: boolean;
    ctrl?: boolean;
  },
): Key | undefined {
  if (key.upArrow || input === 'k') return 'up';
  if (key.downArrow || input === 'j') return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.return) return 'enter';
  if (key.escape || input === 'q' || (key.ctrl && input === 'c')) return 'quit';
  if (key.backspace || key.delete || input === 'b') return 'back';
  const map: Record<string, Key> = {
    ' ': 'space',
    '?': 'help',
    u: 'units',
    c: 'compare',
    h: 'history',
    s: 'sources',
    '1': 'range',
    '2': 'charge',
    '3': 'cost',
    '4': 'trip',
    ']': 'nextCar',
    '[': 'prevCar',
  };
  return map[input];
}

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

function rowsFor(state: State, width: number): Row[] {
  const fmt = { system: state.units };
  if (state.help) return HELP_ROWS;
  const screen = screenOf(state);
  switch (screen.name) {
    case 'lineup':
      return lineupRows(state, fmt);
    case 'detail':
      return detailRows(screen.id, fmt);
    case 'compare':
      return compareScreenRows(screen.ids, fmt);
    case 'calc':
      return calcRows(screen.kind, screen.id, state, fmt, width);
    case 'history':
      return historyRows();
    case 'sources':
      return sourceRows();
  }
}

const TITLES = {
  lineup: 'Line-up',
  detail: 'Car',
  compare: 'Compare',
  calc: 'Calculator',
  history: 'History',
  sources: 'Sources',
} as const;

/** Input handling lives in its own component so it is never mounted without raw-mode support. */
function Keys({ onKey }: { onKey: (k: Key) => void }) {
  useInput((input, key) => {
    const k = toKey(input, key);
    if (k) onKey(k);
  });
  return null;
}

export interface AppProps {
  initial?: State;
}

/** The interactive app: props only, state from the pure reducer. */
export function App({ initial }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows: height } = useSize();
  const [state, dispatch] = useReducer(
    (s: State, k: Key) => reduce(s, k, rowsFor(s, columns).length),
    initial ?? initialState(),
  );
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const screen = screenOf(state);
  const all = rowsFor(state, columns);
  const bodyHeight = Math.max(3, height - 4);
  // Keep the cursor in view on the line-up; other screens scroll with ↑ ↓.
  const start =
    screen.name === 'lineup' && !state.help
      ? Math.max(0, Math.min(state.cursor - bodyHeight + 1, all.length - bodyHeight))
      : screen.name === 'calc'
        ? 0
        : Math.min(state.scroll, Math.max(0, all.length - bodyHeight));
  const visible = all.slice(start, start + bodyHeight);
  const more = all.length - start - visible.length;
  const units = state.units === 'metric' ? 'metric' : 'imperial';
  const hint =
    columns < 70
      ? '? keys · q quit'
      : '? keys · 1-4 calculators · h history · s sources · u units · b back · q quit';

  return (
    <Box flexDirection="column" width={columns}>
      {isRawModeSupported ? <Keys onKey={dispatch} /> : null}
      <Box justifyContent="space-between">
        <Text bold color="magenta">
          mini-ev · {state.help ? 'Help' : TITLES[screen.name]}
        </Text>
        <Text color="gray">{units}</Text>
      </Box>
      <Box flexDirection="column" height={bodyHeight}>
        {visible.map((r, i) => (
          <Text
            key={`${start + i}`}
            wrap="truncate-end"
            bold={r.bold}
            inverse={r.inverse}
            {...(r.color ? { color: r.color } : {})}
          >
            {r.text || ' '}
          </Text>
        ))}
      </Box>
      <Text color="yellow" wrap="truncate-end">
        {state.message ?? (more > 0 ? `↓ ${more} more` : ' ')}
      </Text>
      <Text color="gray" wrap="truncate-end">
        {hint}
      </Text>
    </Box>
  );
}
