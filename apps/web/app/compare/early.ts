// Compare's early answer (lib/early.ts): the computed answers for the cars and market in the address, as
// the page's Answers table shows them, before the framework arrives. Bundled by scripts/early.mjs.
import {
  answerRows,
  compareAnswers,
  getMarket,
  getVehicle,
  marketIds,
  scenarioWords,
  vehicleIds,
} from '@mini-ev/core';
import { earlyBox, earlySystem } from '../../lib/early';
import { ANSWERS_INTRO, readCompare } from './sheet';

const el = (tag: string, text?: string, className?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};

earlyBox(() => {
  const q = new URLSearchParams(window.location.search);
  const read = readCompare(q.get('models'), q.get('market'), vehicleIds, marketIds);
  // Anything the page will have to explain (an unknown car or market, too few or too many): wait for it.
  if (read.unknown.length || read.tooMany || read.marketUnknown || read.ids.length < 2) return undefined;
  const system = earlySystem();
  const market = read.market === undefined ? undefined : getMarket(read.market);
  const cars = read.ids.map(getVehicle);
  const rows = compareAnswers(cars.map((v) => answerRows(v, { system, ...(market ? { market } : {}) })));
  const table = el('table');
  const thead = el('thead');
  const tbody = el('tbody');
  const head = el('tr');
  head.append(el('th', 'Question'), ...cars.map((v) => el('th', v.name)));
  thead.append(head);
  table.append(thead, tbody);
  for (const r of rows) {
    const tr = el('tr');
    tr.append(el('th', r.label));
    r.values.forEach((value, i) => {
      const td = el('td', value);
      if (r.best.includes(i)) td.append(' ', el('span', 'best', 'best-mark'));
      tr.append(td);
    });
    tbody.append(tr);
  }
  const scroll = el('div', undefined, 'table-scroll');
  scroll.append(table);
  const note = el(
    'p',
    `${ANSWERS_INTRO} ${scenarioWords(system).note} How close the model comes is on Accuracy.`,
  );
  note.className = 'small muted';
  return [el('h2', 'Answers'), note, scroll];
});
