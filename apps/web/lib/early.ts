/**
 * A calculator's early answer: a small script the page loads at once when its address holds inputs (the
 * layout's first script adds it), which works the answer out with core before the framework has arrived
 * and shows it in the page's early-answer box. It reads the address with the same function as the
 * calculator (readCalculator) and computes with the same view function, so it cannot say anything else;
 * when the framework has the full answer on screen, the box goes (the page is no longer pending). Any doubt
 * (a bad field, an unknown car, an error) and it shows nothing: the page then waits, as it would without it.
 */
import {
  carLimits,
  getVehicle,
  isCalculable,
  notCalculableReason,
  type UnitSystem,
  type VehicleModel,
  vehicleIds,
  vehicleModel,
} from '@mini-ev/core';
import { type CalculatorOptions, type CalculatorState, readCalculator } from './calculator';
import type { CarOption, UncalculableCar } from './car-option';
import type { FieldSpec } from './field-spec';
import { keptRuns } from './kept';

// The cars only (core's cars-only module), not the whole data set with its sources.
const vehicles = () => vehicleIds.map(getVehicle);

/** The calculable cars; each one's model (and so its limits) is built only when asked for. */
function cars(): CarOption[] {
  return vehicles()
    .filter(isCalculable)
    .map((v) => {
      let m: VehicleModel | undefined;
      const model = () => (m ??= vehicleModel(v));
      return {
        id: v.id,
        name: v.name,
        get topSpeedKmh() {
          return model().topSpeedKmh;
        },
        get limits() {
          return carLimits(model());
        },
      };
    });
}

const others = (): UncalculableCar[] =>
  vehicles().flatMap((v) => {
    const reason = notCalculableReason(v);
    return reason ? [{ id: v.id, name: v.name, reason }] : [];
  });

/**
 * Shows what `make()` builds in the page's early-answer box, if the page is still waiting for its answer,
 * then lets the framework's scripts come (they wait for it: scripts/paint-first.mjs).
 */
export function earlyBox(make: () => Node[] | undefined) {
  const show = () => {
    const d = document.documentElement;
    const box = document.querySelector<HTMLElement>('.calc-live [data-early-answer]');
    if (!box || !d.hasAttribute('data-pending')) return;
    try {
      const nodes = make();
      if (!nodes?.length || !d.hasAttribute('data-pending')) return;
      box.replaceChildren(...nodes);
      box.hidden = false;
      d.setAttribute('data-early', '');
    } catch {
      // Nothing shown: the framework shows the answer, or the problem, when it arrives.
    }
  };
  const run = () => {
    try {
      show();
    } finally {
      // Done, shown or not: the framework's scripts, held back meanwhile, may come.
      document.documentElement.removeAttribute('data-early-wait');
      document.dispatchEvent(new Event('mini-ev:early'));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/** The reader's unit system, as the layout's first script set it. */
export const earlySystem = (): UnitSystem =>
  document.documentElement.getAttribute('data-units') === 'imperial' ? 'imperial' : 'metric';

/**
 * A calculator's state for an address's query string, read as the calculator reads it, with no browser
 * globals: the early answer reads `location.search`, the site's server (scripts/serve.mjs) a request's.
 * Undefined for an unknown or concept car (the page names it; an early answer does not guess).
 */
export function readAddress<K extends string, A extends string = never>(
  fields: Record<K, FieldSpec>,
  opts: CalculatorOptions<K, A>,
  search: string,
  system: UnitSystem,
): CalculatorState<K, A> | undefined {
  const all = new URLSearchParams(search);
  const keys = ['model', ...Object.keys(fields), ...(opts.also ?? [])];
  const q = Object.fromEntries(keys.map((k) => [k, all.get(k)]));
  const calc = readCalculator<K, A>(fields, q, { ...opts, system, cars: cars(), others: others(), search });
  return q.model !== null && calc.car.id !== q.model ? undefined : calc;
}

/** An early answer's lines (the headline first), the view they come from, and the key of its inputs. */
export interface Answer<V> {
  lines: string[];
  view: V;
  key: string;
}

/**
 * How a calculator answers an address without its framework: its name (as its engine and the server's
 * island know it), its fields and options (read as the calculator reads them) and its answer. The early
 * answer and the site's server both take one, so they cannot answer differently.
 */
export interface Answering<K extends string, A extends string = never> {
  name: string;
  fields: Record<K, FieldSpec>;
  opts: CalculatorOptions<K, A>;
  answer: (calc: CalculatorState<K, A>) => Answer<unknown> | undefined;
}

/** A calculator's early answer: the lines of its answer for the address, in the reader's units. */
export function earlyAnswer<K extends string, A extends string = never>(a: Answering<K, A>) {
  earlyBox(() => {
    const calc = readAddress(a.fields, a.opts, window.location.search, earlySystem());
    return (calc && a.answer(calc))?.lines.map((text, i) => {
      const el = document.createElement(i === 0 ? 'div' : 'p');
      // Each number kept to its unit, as the framework's <Kept> shows it.
      for (const r of keptRuns(text)) {
        if (!r.nowrap) {
          el.append(r.text);
          continue;
        }
        const span = document.createElement('span');
        span.className = 'nw';
        span.textContent = r.text;
        el.append(span);
      }
      if (i === 0) el.className = 'big';
      return el;
    });
  });
}

/**
 * The answer for a query string in both unit systems, for the site's server to put in the page before it
 * leaves: undefined when there is none to give (a bad field, an unknown car, an error), and the page then
 * works it out in the browser as it would on a static host.
 */
export function answerInBoth<K extends string, A extends string = never>(a: Answering<K, A>, search: string) {
  try {
    const at = (system: UnitSystem) => {
      const calc = readAddress(a.fields, a.opts, search, system);
      return calc && a.answer(calc);
    };
    const metric = at('metric');
    const imperial = at('imperial');
    if (!metric || !imperial || metric.key !== imperial.key) return undefined;
    return {
      name: a.name,
      key: metric.key,
      views: { metric: metric.view, imperial: imperial.view },
      lines: { metric: metric.lines, imperial: imperial.lines },
    };
  } catch {
    return undefined;
  }
}
