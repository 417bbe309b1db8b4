'use client';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { type ReactNode, Suspense } from 'react';

/**
 * The URL state of a calculator or of compare. Only these pages read the address, so only they load nuqs.
 * Reading the address forces client rendering in a static export. So that the page still arrives with
 * content (and paints before any script runs), the fallback renders the same view with no query: the
 * default inputs, computed at build time. In the browser the live view then takes over.
 */
export function UrlState({ children }: { children: ReactNode }) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<NuqsTestingAdapter>{children}</NuqsTestingAdapter>}>{children}</Suspense>
    </NuqsAdapter>
  );
}
