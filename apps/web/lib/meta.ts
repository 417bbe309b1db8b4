import type { Metadata } from 'next';

/**
 * The site's public address, for canonical links, the sitemap and share images' absolute URLs. A deployment
 * sets it when it builds (`SITE_URL=https://… pnpm build`); without it, the address `pnpm start` serves.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
export const SITE_NAME = 'mini-ev';

/**
 * A page's metadata: its title and description, its canonical address, and the Open Graph and Twitter
 * tags a shared link is shown with (the share image is the route's opengraph-image, drawn at build time).
 */
export function pageMeta({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  /** The page's path, e.g. '/range'. */
  path: string;
}): Metadata {
  const full = path === '/' ? title : `${title} · ${SITE_NAME}`;
  return {
    ...(path === '/' ? { title: { absolute: title } } : { title }),
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', siteName: SITE_NAME, locale: 'en_GB', title: full, description, url: path },
    twitter: { card: 'summary_large_image', title: full, description },
  };
}
