'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Link } from './Link';

const LINKS = [
  ['/models', 'Models'],
  ['/compare', 'Compare'],
  ['/range', 'Range'],
  ['/charging', 'Charging'],
  ['/cost', 'Cost'],
  ['/trip', 'Trip'],
  ['/history', 'History'],
  ['/factory', 'Factory'],
  ['/sources', 'Sources'],
  ['/accuracy', 'Accuracy'],
] as const;

export function Nav() {
  const path = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On a phone the row scrolls sideways: bring the current section into view.
  useEffect(() => {
    const el = nav.current;
    const current = [...(el?.querySelectorAll<HTMLElement>('a') ?? [])].find((a) => {
      const href = a.getAttribute('href') ?? '';
      return path === href || path.startsWith(`${href}/`);
    });
    if (el && current && el.scrollWidth > el.clientWidth)
      el.scrollLeft +=
        current.getBoundingClientRect().left -
        el.getBoundingClientRect().left -
        (el.clientWidth - current.offsetWidth) / 2;
  }, [path]);
  return (
    <nav className="main" aria-label="Main" ref={nav}>
      <ul>
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={path === href || path.startsWith(`${href}/`) ? 'page' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
