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
import { inBoth } from '../../lib/systems';
import { Compare } from './Compare';
import type { AnswerCell, AnswerLabels, CarAnswers, CompareSheet } from './sheet';

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

export default function ComparePage() {
  return (
    <>
      <h1>Compare</h1>
      <Pending what="the cars in this link" />
      <div className="calc-live">
        <UrlState>
          <Compare
            sheets={sheets()}
            labels={labels()}
            conditions={inBoth((system) => scenarioWords(system).note)}
            markets={dataSet.markets.map(({ id, name, currency }) => ({ id, name, currency }))}
            sources={sourcesById}
          />
        </UrlState>
      </div>
    </>
  );
}
