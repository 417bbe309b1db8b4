import { heading, type Row } from '../rows.js';

export const HELP_ROWS: Row[] = [
  heading('Keys'),
  { text: '  ↑ ↓        move, scroll, or choose an input' },
  { text: '  ← →        change the chosen input' },
  { text: '  Enter      open the car' },
  { text: '  Space      mark a car to compare (2–4), then c' },
  { text: '  1 2 3 4    range · charging · cost · trip calculators' },
  { text: '  [ ]        previous / next car' },
  { text: '  h  s       history · sources' },
  { text: '  u          metric / imperial' },
  { text: '  b  ⌫       back' },
  { text: '  ?          this help' },
  { text: '  q  Esc     quit' },
];
