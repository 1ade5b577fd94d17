/**
 * A page that fails on purpose, so an e2e test can read the 500 page (app/error.tsx) in both languages
 * (e2e/polish/error-page.spec.ts): nothing else fails on purpose in a production build. It exists only when the
 * server runs with GONGDU_TEST_ROUTES=1 (playwright.config's server sets it); anywhere else it is the 404 page.
 */
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

export default function FailingPage(): never {
  if (process.env.GONGDU_TEST_ROUTES !== '1') notFound();
  throw new Error('this page fails on purpose (GONGDU_TEST_ROUTES=1)');
}
