'use client';
import { type ReactNode, useState } from 'react';

export interface SortColumn {
  label: string;
  numeric?: boolean;
}
export interface SortRow {
  key: string;
  /** What each column sorts by (undefined: not published, always last). */
  values: (number | string | undefined)[];
  /** What each cell shows, rendered on the server (figures in both unit systems, links). */
  cells: ReactNode[];
}

/**
 * A table the reader can sort by any column (click a heading; again to reverse). Cells arrive rendered,
 * so sorting moves rows and ships no formatting code. Without JavaScript it is the table in its own order.
 */
export function SortableTable({
  columns,
  rows,
  caption,
}: {
  columns: SortColumn[];
  rows: SortRow[];
  caption: string;
}) {
  const [sort, setSort] = useState<{ col: number; dir: 1 | -1 } | undefined>(undefined);
  const sorted = sort
    ? [...rows].sort((a, b) => {
        const x = a.values[sort.col];
        const y = b.values[sort.col];
        if (x === undefined) return y === undefined ? 0 : 1;
        if (y === undefined) return -1;
        return (
          (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) *
          sort.dir
        );
      })
    : rows;
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => {
            const active = sort?.col === i;
            return (
              <th
                key={c.label}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort"
                  onClick={() =>
                    setSort(
                      active ? { col: i, dir: sort.dir === 1 ? -1 : 1 } : { col: i, dir: c.numeric ? -1 : 1 },
                    )
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) =>
              i === 0 ? (
                <th key={columns[i]!.label} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={columns[i]!.label} className={columns[i]!.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
