import { vehicleIds } from '@mini-ev/core';
import type { MetadataRoute } from 'next';
import { SITE_URL } from '../lib/meta';

export const dynamic = 'force-static';

/** The pages worth a search engine's visit: every section and every car's page, at the site's address. */
export const SITEMAP_PATHS = [
  '/',
  '/models',
  '/compare',
  '/range',
  '/charging',
  '/cost',
  '/trip',
  '/history',
  '/factory',
  '/sources',
  '/accuracy',
  '/data',
  ...vehicleIds.map((id) => `/models/${id}`),
];

export default function sitemap(): MetadataRoute.Sitemap {
  return SITEMAP_PATHS.map((path) => ({ url: new URL(path, SITE_URL).href }));
}
