import type { NextConfig } from 'next';

const config: NextConfig = {
  // Every page is prerendered: the site is plain files in out/, servable from any static host or CDN.
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  transpilePackages: [],
};

export default config;
