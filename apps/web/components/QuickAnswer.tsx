'use client';
import { useId, useState } from 'react';
import { answerKey, type QuickAnswers } from '../lib/quick';
import { useUnits } from '../lib/units';
import { Both } from './Both';
import { Link } from './Link';

/** The two questions people ask first, answered for a chosen car. */
export function QuickAnswer({ answers }: { answers: QuickAnswers }) {
  const { system } = useUnits();
  const [id, setId] = useState(answers.defaultId);
  const [speed, setSpeed] = useState(110);
  const [temp, setTemp] = useState(0);
  const sel = useId();
  const car = answers.cars.find((c) => c.id === id) ?? answers.cars[0]!;
  return (
    <section className="card" aria-labelledby="qa-h">
      <h2 id="qa-h" style={{ marginTop: 0 }}>
        Quick answer
      </h2>
      <form className="calc" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={sel}>Car</label>
          <select id={sel} value={id} onChange={(e) => setId(e.target.value)}>
            {answers.cars.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${sel}s`}>Speed</label>
          <select id={`${sel}s`} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {answers.speeds.map((s) => (
              <option key={s.kmh} value={s.kmh}>
                {s.label[system]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${sel}t`}>Weather</label>
          <select id={`${sel}t`} value={temp} onChange={(e) => setTemp(Number(e.target.value))}>
            {answers.temps.map((t) => (
              <option key={t.c} value={t.c}>
                {t.label[system]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div className="kpis" aria-live="polite">
        <div className="kpi">
          <b data-testid="qa-range">
            <Both {...car.range[answerKey(speed, temp)]!} />
          </b>
          <span>from 100 % to 10 %</span>
        </div>
        <div className="kpi">
          <b data-testid="qa-charge">{car.charge}</b>
          <span>10–80 % on a fast charger</span>
        </div>
      </div>
      <p className="small">
        <Link href={`/range?model=${id}&speed=${speed}&temp=${temp}`}>Range in detail</Link> ·{' '}
        <Link href={`/charging?model=${id}`}>Charging in detail</Link>
      </p>
    </section>
  );
}
