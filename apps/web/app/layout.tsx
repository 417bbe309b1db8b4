import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Link } from '../components/Link';
import { Nav } from '../components/Nav';
import { HOME_DESCRIPTION, HOME_TITLE } from '../lib/home';
import { SITE_URL } from '../lib/meta';
import { ThemeToggle, UnitsProvider, UnitToggle } from '../lib/units';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: { default: HOME_TITLE, template: '%s · mini-ev' },
  description: HOME_DESCRIPTION,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#101316' },
  ],
};

// Before first paint: applies the saved light/dark and metric/imperial choices (no flash), and marks a
// calculator or compare page whose address holds inputs as pending, so the answer prerendered for the
// default inputs is never shown for it (lib/pending.ts shows the page once the address's answer is ready);
// it also starts the page's early answer (lib/early.ts), which shows the address's answer as soon as core
// has worked it out, before the framework arrives, unless the site's server has already put the answer in
// the page (scripts/serve.mjs marks <html> data-server-answer).
const THEME_SCRIPT = `try{var d=document.documentElement;var m=/^\\/(range|charging|cost|trip|compare)(\\.html)?\\/?$/.exec(location.pathname);if(location.search.length>1&&m){d.setAttribute('data-pending','');if(!d.hasAttribute('data-server-answer')){d.setAttribute('data-early-wait','');var e=document.createElement('script');e.onerror=function(){d.removeAttribute('data-early-wait');document.dispatchEvent(new Event('mini-ev:early'))};e.src='/early/'+m[1]+'.js';e.async=true;e.fetchPriority='high';document.head.appendChild(e)}}var t=localStorage.getItem('mini-ev-theme'),u=localStorage.getItem('mini-ev-units'),a=new URLSearchParams(location.search).get('units');if(a==='imperial'||a==='metric'){u=a;localStorage.setItem('mini-ev-units',a)}if(t==='light'||t==='dark')d.setAttribute('data-theme',t);if(u==='imperial')d.setAttribute('data-units',u)}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        <UnitsProvider>
          <header className="site">
            <div className="wrap bar">
              <Link href="/" className="brand">
                mini<span>-ev</span>
              </Link>
              <div className="toggles">
                <UnitToggle />
                <ThemeToggle />
              </div>
              <Nav />
            </div>
          </header>
          <main id="content" className="wrap">
            {children}
          </main>
          <footer className="site">
            <div className="wrap">
              Every figure links to its source. Calculations by <code>@mini-ev/core</code>: a physical model
              calibrated to each car’s official figure (<Link href="/sources">sources</Link>,{' '}
              <Link href="/accuracy">accuracy</Link>, <Link href="/data">data and JSON Schema</Link>).
            </div>
          </footer>
        </UnitsProvider>
      </body>
    </html>
  );
}
