import type { MetadataRoute } from 'next';
import { SITE_URL } from '../lib/meta';

export const dynamic = 'force-static';

/** Every page may be crawled; the sitemap is at the site's address (SITE_URL when it was built). */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('/sitemap.xml', SITE_URL).href };
}
