'use client';
import { usePathname } from 'next/navigation';
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
  return (
    <nav className="main" aria-label="Main">
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
