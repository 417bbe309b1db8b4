'use client';
import type { ChoiceField } from '@mini-ev/core';
import { useEffect, useId, useState } from 'react';
import { useCars } from '../lib/cars';
import {
  type Calculator,
  displayValue,
  type FieldSpec,
  metricValue,
  type Parsed,
  unitLabel,
} from '../lib/fields';
import { useUnits } from '../lib/units';
import { Both } from './Both';

/**
 * A number input shown in the chosen units. The URL keeps metric text; what the person types is kept as
 * typed until it is a number, so a half-typed value is never lost.
 */
export function NumberField({
  name,
  spec,
  raw,
  parsed,
  onChange,
}: {
  name: string;
  spec: FieldSpec;
  raw: string | null;
  parsed: Parsed;
  onChange: (metricText: string | null) => void;
}) {
  const { system } = useUnits();
  const id = useId();
  const shownFromUrl =
    parsed.value !== undefined
      ? String(displayValue(spec.quantity, parsed.value, system, spec.gallon))
      : (raw ?? '');
  const [text, setText] = useState(shownFromUrl);
  // Follow the URL and the unit system when they change from outside this input.
  useEffect(() => setText(shownFromUrl), [shownFromUrl]);
  const unit = unitLabel(spec.quantity, system, spec.gallon);
  return (
    <div className="field">
      <label htmlFor={id}>
        {spec.label} {unit ? <span className="unit">({unit})</span> : null}
      </label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        value={text}
        aria-invalid={parsed.error ? true : undefined}
        aria-describedby={parsed.error ? `${id}-err` : spec.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const n = Number(t);
          if (t.trim() === '') onChange(null);
          else if (Number.isFinite(n))
            onChange(String(Math.round(metricValue(spec.quantity, n, system, spec.gallon) * 1000) / 1000));
          else onChange(t);
        }}
      />
      {parsed.error ? (
        <p className="err" id={`${id}-err`} role="alert">
          {parsed.error}
        </p>
      ) : spec.hint ? (
        <p className="hint" id={`${id}-hint`}>
          <Both metric={spec.hint.metric} imperial={spec.hint.imperial} />
        </p>
      ) : null}
    </div>
  );
}

export function CarSelect({
  value,
  error,
  onChange,
  label = 'Car',
}: {
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
  label?: string;
}) {
  const id = useId();
  const cars = useCars();
  return (
    <div className="field car">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name="model"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
      >
        {cars.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {error ? (
        <p className="err" id={`${id}-err`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The car and the number fields of a calculator, bound to its URL state. */
export function CalcFields<K extends string>({
  calc,
  only,
  failed,
}: {
  calc: Calculator<K>;
  only?: (k: K) => boolean;
  /** A problem core found when computing (a limit that depends on other inputs), with the fields it names. */
  failed?: { fields?: readonly string[] | undefined; problem: string } | undefined;
}) {
  return (
    <>
      <CarSelect
        value={calc.car.id}
        error={calc.car.error}
        onChange={(id) => calc.setQ({ model: id } as never, { history: 'push' })}
      />
      {calc.keys
        .filter((k) => !only || only(k))
        .map((k) => (
          <NumberField
            key={k}
            name={k}
            spec={calc.specs[k]}
            raw={calc.q[k]}
            parsed={
              !calc.parsed[k].error && failed?.fields?.includes(calc.specs[k].key)
                ? { ...calc.parsed[k], error: failed.problem }
                : calc.parsed[k]
            }
            onChange={(t) => calc.setQ({ [k]: t } as never)}
          />
        ))}
    </>
  );
}

/** A yes/no input of a calculator, large enough to tap. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div className="field">
      <span className="check">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id} style={{ margin: 0 }}>
          {label}
        </label>
      </span>
    </div>
  );
}

/**
 * A select for one of a contract's choice fields: its label, options and default are core's. Choosing the
 * default clears the address key, so a shared link holds only what differs.
 */
export function ChoiceSelect({
  id,
  field,
  value,
  onChange,
}: {
  id: string;
  field: ChoiceField;
  value: string;
  onChange: (value: string | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value === field.default ? null : e.target.value)}
      >
        {field.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
