import { heading, type Row } from '../rows.js';

export const HELP_ROWS: Row[] = [
  heading('Keys'),
  { text: '  ↑ ↓  j k     move, choose an input, or scroll', hang: 15 },
  { text: '  ← →          change the chosen input (compare: the other cars)', hang: 15 },
  { text: '  Tab          on a calculator: from the inputs to the results and back', hang: 15 },
  { text: '  PgUp PgDn    a page up or down', hang: 15 },
  { text: '  Home End g G the top or the end', hang: 15 },
  {
    text: '  Enter        open the car; on a calculator, type a value (Enter sets it, Esc cancels)',
    hang: 15,
  },
  { text: '  Space        mark a car to compare (2–4), then c', hang: 15 },
  { text: '  /            filter the line-up or the sources', hang: 15 },
  { text: '  1 2 3 4      range · charging · cost · trip calculators', hang: 15 },
  { text: '  [ ]          previous / next car', hang: 15 },
  { text: '  h  s  a      history · sources · the model’s accuracy', hang: 15 },
  { text: '  u            metric / imperial', hang: 15 },
  { text: '  m            on the cost calculator: the market (its currency and sourced prices)', hang: 15 },
  { text: '  Esc  b  ⌫    back, or close this help (never quits)', hang: 15 },
  { text: '  ?            this help', hang: 15 },
  { text: '  q            quit (Ctrl+C too)', hang: 15 },
];
