import {
  answerDependsOnMarket,
  answerLabels,
  answerRows,
  dataSet,
  scenarioWords,
  type Vehicle,
} from '@mini-ev/core';
import type { Metadata } from 'next';
import { Pending } from '../../components/Pending';
import { UrlState } from '../../components/UrlState';
import { sourcesById } from '../../lib/data';
import { pageMeta } from '../../lib/meta';
import { sheetInBoth } from '../../lib/sheet';
import { type InBoth, inBoth } from '../../lib/systems';
import { Compare } from './Compare';
import {
  type AnswerCell,
  type AnswerLabels,
  type CarAnswers,
  COMPARE_EARLY_ID,
  type CompareEarlyData,
  type CompareSheet,
} from './sheet';

export const metadata: Metadata = pageMeta({
  title: 'Compare',
  description:
    'Two to four electric MINIs side by side: real range in summer and winter, consumption, charging times, running cost and price in your market, then every published figure with its source.',
  path: '/compare',
});

const cell = ({ label: _, ...r }: { label: string } & AnswerCell): AnswerCell => r;

/** A car's answers, computed by core now (at build time): in both systems, and the market-bound ones per market. */
function answersOf(v: Vehicle): CarAnswers {
  return {
    base: inBoth((system) => answerRows(v, { system }).map(cell)),
    byMarket: Object.fromEntries(
      dataSet.markets.map((m) => [
        m.id,
        answerRows(v, { market: m })
          .filter((r) => answerDependsOnMarket(r.key))
          .map(cell),
      ]),
    ),
  };
}

/** Every car's spec sheet and answers, formatted by core now (at build time) in both unit systems. */
function sheets(): CompareSheet[] {
  return dataSet.vehicles.map((v) => ({
    id: v.id,
    name: v.name,
    rows: sheetInBoth(v),
    answers: answersOf(v),
  }));
}

function labels(): AnswerLabels {
  return Object.fromEntries(
    [undefined, ...dataSet.markets].map((m) => [
      m?.id ?? '',
      inBoth((system) => answerLabels({ system, ...(m ? { market: m } : {}) })),
    ]),
  );
}

/**
 * What the early answer needs, in the page as JSON: it lines up these answers for a link's cars without
 * core's data or model, so it is small and quick on a slow phone.
 */
function earlyData(all: CompareSheet[], answerLabels: AnswerLabels, conditions: InBoth<string>) {
  const data: CompareEarlyData = {
    cars: all.map(({ id, name, answers }) => ({ id, name, answers })),
    markets: dataSet.markets.map((m) => m.id),
    labels: answerLabels,
    conditions,
  };
  // Safe inside <script>: no "</script>" or "<!--" can end it early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export default function ComparePage() {
  const all = sheets();
  const answerLabels = labels();
  const conditions = inBoth((system) => scenarioWords(system).note);
  return (
    <>
      <script
        type="application/json"
        id={COMPARE_EARLY_ID}
        dangerouslySetInnerHTML={{ __html: earlyData(all, answerLabels, conditions) }}
      />
      <h1>Compare</h1>
      <Pending what="the cars in this link" />
      <div className="calc-live">
        <UrlState>
          <Compare
            sheets={all}
            labels={answerLabels}
            conditions={conditions}
            markets={dataSet.markets.map(({ id, name, currency }) => ({ id, name, currency }))}
            sources={sourcesById}
          />
        </UrlState>
      </div>
    </>
  );
}
