// Compare's early answer (lib/early.ts): the answers for the cars and market in the address, as the page's
// Answers table shows them, before the framework arrives. It lines up the answers core made at build time
// (the page's JSON island, see page.tsx) with the page's own function, so it carries no data set and no
// model. Bundled by scripts/early.mjs.
import { earlyBox, earlySystem } from '../../lib/early';
import { ANSWERS_INTRO, COMPARE_EARLY_ID, type CompareEarlyData, lineUpAnswers, readCompare } from './sheet';

const el = (tag: string, text?: string, className?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};

earlyBox(() => {
  const island = document.getElementById(COMPARE_EARLY_ID)?.textContent;
  if (!island) return undefined;
  const data = JSON.parse(island) as CompareEarlyData;
  const q = new URLSearchParams(window.location.search);
  const read = readCompare(
    q.get('models'),
    q.get('market'),
    data.cars.map((c) => c.id),
    data.markets,
  );
  // Anything the page will have to explain (an unknown car or market, too few or too many): wait for it.
  if (read.unknown.length || read.tooMany || read.marketUnknown || read.ids.length < 2) return undefined;
  const system = earlySystem();
  const cars = read.ids.map((id) => data.cars.find((c) => c.id === id)!);
  const rows = lineUpAnswers(cars, data.labels, read.market, system);
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
    `${ANSWERS_INTRO} ${data.conditions[system]} How close the model comes is on Accuracy.`,
  );
  note.className = 'small muted';
  return [el('h2', 'Answers'), note, scroll];
});
