'use client';
import { closestIds } from '@mini-ev/core';
import { useEffect, useState } from 'react';
import { Link } from './Link';

/**
 * On the 404 page: for an address like /models/coper-se-j01, the car pages it was probably meant to be
 * (core's closestIds over the ids the page passes in).
 */
export function NearMiss({ ids }: { ids: readonly string[] }) {
  const [near, setNear] = useState<string[]>([]);
  useEffect(() => {
    const m = /^\/models\/([^/?#]+)/.exec(window.location.pathname);
    if (m?.[1]) setNear(closestIds(decodeURIComponent(m[1]).replace(/\.html$/, ''), ids, 3));
  }, [ids]);
  if (near.length === 0) return null;
  return (
    <p data-testid="did-you-mean">
      Did you mean{' '}
      {near.map((id, i) => (
        <span key={id}>
          {i > 0 ? (i === near.length - 1 ? ' or ' : ', ') : null}
          <Link href={`/models/${id}`}>{id}</Link>
        </span>
      ))}
      ?
    </p>
  );
}
