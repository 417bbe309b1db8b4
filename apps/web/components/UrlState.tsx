'use client';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { type ReactNode, Suspense } from 'react';

/**
 * Reading the address forces client rendering in a static export. So that the page still arrives with
 * content (and paints before any script runs), the fallback renders the same view with no query: the
 * default inputs, computed at build time. In the browser the live view then takes over.
 */
export function UrlState({ children }: { children: ReactNode }) {
  return <Suspense fallback={<NuqsTestingAdapter>{children}</NuqsTestingAdapter>}>{children}</Suspense>;
}
