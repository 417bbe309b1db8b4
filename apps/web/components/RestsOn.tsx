import type { AssumptionNotes } from '@mini-ev/core';

/**
 * What a calculator's answer rests on, from core's result: the car model's flags as a note under the answer
 * (an official figure the model cannot reach points at wrong data), the rest folded in a disclosure that
 * opens without JavaScript.
 */
export function RestsOn({ notes }: { notes: AssumptionNotes }) {
  return (
    <>
      {notes.flags.map((f) => (
        <p className="note flag" key={f} data-testid="model-flag">
          {f}
        </p>
      ))}
      {notes.others.length ? (
        <details className="rests-on" data-testid="rests-on">
          <summary>{notes.heading}</summary>
          <ul>
            {notes.others.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
