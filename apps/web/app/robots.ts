import type { MetadataRoute } from 'next';

export const dynamic = 'force-static';

/** Every page may be crawled. (A sitemap line needs the site's public address, which a deployment sets.) */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' } };
}
