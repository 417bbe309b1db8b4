'use client';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * A link that fetches its page when the reader shows intent (pointer over it, keyboard focus, a touch),
 * not when it scrolls into view. Prefetching every link in view fetched a dozen pages on each visit, costing a
 * phone's data and the main thread's time while the page was starting; on intent, navigation stays instant.
 */
export function Link({
  href,
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...rest
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const prefetch = () => {
    if (typeof href === 'string' && href.startsWith('/')) router.prefetch(href);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onPointerEnter={(e) => {
        prefetch();
        onPointerEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
      {...rest}
    />
  );
}
