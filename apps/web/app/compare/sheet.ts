import type { AnswerRow } from '@mini-ev/core';
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
