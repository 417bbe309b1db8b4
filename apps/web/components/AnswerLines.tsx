import type { ResultLine } from '@mini-ev/core';
import { Kept } from './Kept';

/** Core's answer lines, each under core's label; `testId` names each value by its line's key (`charge-energy`). */
export function AnswerLines({ lines, testId }: { lines: readonly ResultLine[]; testId: string }) {
  return (
    <dl className="answer-lines">
      {lines.map((l) => (
        <div key={l.key}>
          <dt>{l.label}</dt>
          <dd data-testid={`${testId}-${l.key}`}>
            <Kept text={l.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
