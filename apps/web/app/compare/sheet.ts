import {
  type AnswerRow,
  answerDependsOnMarket,
  COMPARE_SECTIONS,
  compareAnswers,
  type UnitSystem,
} from '@mini-ev/core';
import type { SheetRow } from '../../lib/sheet';
import type { InBoth } from '../../lib/systems';

/** A computed answer as a page ships it: its label comes from {@link AnswerLabels}, once for every car. */
export type AnswerCell = Omit<AnswerRow, 'label'>;

/**
 * One car's computed answers, made by core at build time: every answer in both unit systems with no market,
 * and the answers that change with the market (running cost, prices) once per market.
 */
export interface CarAnswers {
  base: InBoth<AnswerCell[]>;
  byMarket: Record<string, AnswerCell[]>;
}

/** The answers' labels (core's answerLabels) by market id ('' for none) and unit system. */
export type AnswerLabels = Record<string, InBoth<Record<string, string>>>;

/** One car's spec sheet and answers for compare, formatted by core at build time in both unit systems. */
export interface CompareSheet {
  id: string;
  name: string;
  rows: SheetRow[];
  answers: CarAnswers;
}

/**
 * The chosen cars' answers lined up in a system (core's compareAnswers): those that do not depend on the
 * market, then the market's (running cost, price), each with its label for that system and market. The
 * page and its early answer both call this.
 */
export function lineUpAnswers(
  cars: readonly { answers: CarAnswers }[],
  labels: AnswerLabels,
  marketId: string | undefined,
  system: UnitSystem,
) {
  const words = labels[marketId ?? '']![system];
  return compareAnswers(
    cars.map((v) =>
      [
        ...v.answers.base[system].filter((r) => !answerDependsOnMarket(r.key)),
        ...(marketId
          ? v.answers.byMarket[marketId]!
          : v.answers.base[system].filter((r) => answerDependsOnMarket(r.key))),
      ].map((r) => ({ ...r, label: words[r.key] ?? r.key })),
    ),
  );
}

/** What compare's early answer reads from the page (a JSON island): every car's answers, made at build time. */
export interface CompareEarlyData {
  cars: { id: string; name: string; answers: CarAnswers }[];
  markets: string[];
  labels: AnswerLabels;
  conditions: InBoth<string>;
}

/** The id of the page's JSON island for the early answer. */
export const COMPARE_EARLY_ID = 'compare-early-data';

/** The pair compare shows when the address names no cars. */
export const COMPARE_DEFAULT = ['cooper-se-f56', 'cooper-se-j01'];

/**
 * The cars and market a compare address asks for (`models=a,b&market=de`), read one way for the page and
 * its early answer: the known cars (two to four, each once), the ids not known, whether more than four were
 * given, and the market if the data set knows it.
 */
export function readCompare(
  models: string | null,
  marketRaw: string | null,
  knownIds: readonly string[],
  marketIds: readonly string[],
) {
  const asked =
    models === null
      ? COMPARE_DEFAULT
      : models
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const known = [...new Set(asked.filter((x) => knownIds.includes(x)))];
  const market = marketIds.find((m) => m === marketRaw?.trim().toLowerCase());
  return {
    ids: known.slice(0, 4),
    unknown: asked.filter((x) => !knownIds.includes(x)),
    tooMany: known.length > 4,
    market,
    marketUnknown: marketRaw !== null && market === undefined,
  };
}

/** What the Answers table's note says first, on the page and in its early answer: core's words. */
export const ANSWERS_INTRO = COMPARE_SECTIONS.answersIntro;
