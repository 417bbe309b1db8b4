import { vehicleIds } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Link } from '../components/Link';
import { NearMiss } from '../components/NearMiss';

/** The 404 has its own title, not the home page's. */
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <NearMiss ids={vehicleIds} />
      <p>There is no page at this address. Perhaps one of these:</p>
      <ul>
        <li>
          <Link href="/models">All models</Link> (a car’s page is <code>/models/</code> followed by its id,
          e.g. <Link href="/models/cooper-se-j01">cooper-se-j01</Link>)
        </li>
        <li>
          <Link href="/range">Range</Link>, <Link href="/charging">charging</Link>,{' '}
          <Link href="/cost">cost</Link> or <Link href="/trip">trip</Link> calculators
        </li>
        <li>
          <Link href="/">The home page</Link>
        </li>
      </ul>
    </>
  );
}
