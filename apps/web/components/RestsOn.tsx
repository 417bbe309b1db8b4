import type { AssumptionNotes } from '@mini-ev/core';
import { Kept } from './Kept';

/**
 * What a calculator's answer rests on, from core's result: the car model's flags as a note under the answer
 * (an official figure the model cannot reach points at wrong data), the rest folded in a disclosure that
 * opens without JavaScript.
 */
export function RestsOn({ notes }: { notes: AssumptionNotes }) {
  return (
    <>
      <ModelFlags flags={notes.flags} />
      {notes.others.length ? (
        <details className="rests-on" data-testid="rests-on">
          <summary>{notes.heading}</summary>
          <ul>
            {notes.others.map((a) => (
              <li key={a}>
                <Kept text={a} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** The car model's flags, each a note that stays in view: on a calculator's answer and on the car's page. */
export function ModelFlags({ flags }: { flags: readonly string[] }) {
  return flags.map((f) => (
    <p className="note flag" key={f} data-testid="model-flag">
      <Kept text={f} />
    </p>
  ));
}
