import { keepUnits } from '@mini-ev/core';

/** A piece of a text: to be kept on one line (a number with its unit) or free to wrap. */
export interface Run {
  text: string;
  nowrap: boolean;
}

/**
 * Core's text cut into runs: each number with its unit (where core's keepUnits joins them) is a run kept on
 * one line, the rest wraps freely. The runs put together are the text itself, spaces and all, so what a
 * reader copies or a screen reader reads is core's text unchanged.
 */
export function keptRuns(text: string): Run[] {
  const kept = keepUnits(text);
  if (kept === text) return [{ text, nowrap: false }];
  const runs: Run[] = [];
  const push = (piece: string, nowrap: boolean) => {
    const last = runs.at(-1);
    if (last && !last.nowrap && !nowrap) last.text += piece;
    else runs.push({ text: piece, nowrap });
  };
  // Words are cut at the spaces keepUnits left alone; a word holding a space it joined stays whole.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !(text[i] === ' ' && kept[i] === ' ')) continue;
    const word = text.slice(start, i);
    push(word, word.includes(' '));
    if (i < text.length) push(' ', false);
    start = i + 1;
  }
  return runs.filter((r) => r.text !== '');
}
