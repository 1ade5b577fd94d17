/**
 * /groups/[id]/search?q=&sessionId=&authorId=&kind=&type=&from=&to=&page=: search the group's highlights and
 * comments. The address holds the query (so results are linkable); the server runs the search and renders the hits
 * in context with the matches marked, a page at a time. Dates are whole days in the group's time zone.
 *
 * Test hooks: search-results, original-author, search-total, search-hit (data-type, data-id), search-mark, hit-passage-link,
 * hit-history-link, search-pager, search-prev, search-next, search-empty, search-error; and search-form.tsx's.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { getGroup, listMembers } from '@/lib/services/groups';
import { searchGroup, type SearchHit } from '@/lib/services/search';
import { listSessions } from '@/lib/services/sessions';
import { ZSearch } from '@/lib/validations/search';
import type { Translate } from '@/lib/i18n/messages';
import { OriginalAuthor } from '@/components/annotations/original-author';
import { Crumbs, KindBadge, Notice, Snippet } from '@/components/history/bits';
import { passageHistoryHref, passageHref } from '@/components/history/format';
import type { Locale } from '@/lib/i18n/messages';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { loadOrRefuse } from '@/components/history/load';
import { SearchForm, type SearchValues } from '@/components/history/search-form';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('search.title') };
}

const FIELDS = ['q', 'sessionId', 'authorId', 'kind', 'type', 'from', 'to'] as const;
const PAGE_SIZE = 20;
export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const [{ id }, raw, user, { t, locale, timeZone }] = await Promise.all([params, searchParams, currentUser(), serverT()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/search`)}`);
  const group = await loadOrRefuse(getGroup(user.id, id));
  if (!group.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{t('history.notMember')}</Notice></main>;
  const first = (key: string) => {
    const value = raw[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const values = Object.fromEntries(FIELDS.map((f) => [f, first(f)])) as unknown as SearchValues;
  const page = Math.max(1, Number(first('page')) || 1);

  const [sessions, members] = await Promise.all([listSessions(user.id, id), listMembers(user.id, id)]);
  const sessionList = [...sessions.live, ...sessions.past].map((s) => ({ id: s.id, title: s.title, date: formatDate(s.startedAt ?? s.scheduledAt, locale, timeZone) }));
  const sessionTitles = new Map([...sessions.live, ...sessions.past, ...sessions.upcoming].map((s) => [s.id, s.title]));

  let outcome: { kind: 'none' } | { kind: 'error'; detail: string } | { kind: 'ok'; result: Awaited<ReturnType<typeof searchGroup>> } = { kind: 'none' };
  if (values.q) {
    const input = Object.fromEntries(Object.entries({ ...values, timeZone, page: String(page), pageSize: String(PAGE_SIZE) }).filter(([, v]) => v !== ''));
    const parsed = ZSearch.safeParse(input);
    if (!parsed.success) outcome = { kind: 'error', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    else {
      const result = await loadOrRefuse(searchGroup(user.id, id, parsed.data));
      outcome = result.ok ? { kind: 'ok', result: result.value } : { kind: 'error', detail: result.message };
    }
  }

  const pageHref = (n: number) => {
    const q = new URLSearchParams();
    for (const f of FIELDS) if (values[f]) q.set(f, values[f]);
    if (n > 1) q.set('page', String(n));
    return `?${q}`;
  };

  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-6 sm:py-8">
      <div>
        <Crumbs links={[{ href: `/groups/${id}`, label: group.value.name }]} />
        <h1 className="text-xl font-semibold">{t('search.title')}</h1>
      </div>
      <SearchForm key={FIELDS.map((f) => values[f]).join('\u0000')} initial={values} sessions={sessionList} members={members.map((m) => ({ id: m.userId, name: m.name }))} />

      {outcome.kind === 'none' && <p className="text-sm text-stone-500">{t('search.hint')}</p>}
      {outcome.kind === 'error' && (
        <Notice tone="error" testId="search-error">
          {t('search.badQuery', { detail: outcome.detail })}
        </Notice>
      )}
      {outcome.kind === 'ok' && (
        <section className="space-y-3" data-testid="search-results">
          <p className="text-sm text-stone-600" data-testid="search-total">
            {outcome.result.totalCapped ? t('search.totalCapped', { n: outcome.result.total }) : t('search.total', { n: outcome.result.total })}
          </p>
          {outcome.result.hits.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-500" data-testid="search-empty">
              {t('search.none')}
            </p>
          ) : (
            <ol className="space-y-3">
              {outcome.result.hits.map((hit) => (
                <HitView key={`${hit.type}:${hit.id}`} hit={hit} groupId={id} t={t} locale={locale} timeZone={timeZone} sessionTitles={sessionTitles} />
              ))}
            </ol>
          )}
          <Pager page={outcome.result.page} pages={Math.max(1, Math.ceil(outcome.result.total / outcome.result.pageSize))} href={pageHref} t={t} />
        </section>
      )}
    </main>
  );
}

const hasText = (parts: { text: string }[]) => parts.some((p) => p.text.trim() !== '');

function HitView({ hit, groupId, t, locale, timeZone, sessionTitles }: { hit: SearchHit; groupId: string; t: Translate; locale: Locale; timeZone: string; sessionTitles: ReadonlyMap<string, string> }) {
  const label = hit.type === 'annotation' ? t('search.hitAnnotation') : hit.annotationId ? t('search.hitComment') : t('search.hitReflection');
  const session = hit.sessionId ? sessionTitles.get(hit.sessionId) : undefined;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 text-sm sm:p-4" data-testid="search-hit" data-type={hit.type} data-id={hit.id}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="rounded bg-stone-100 px-1.5 text-xs text-stone-600">{label}</span>
        <KindBadge kind={hit.kind} locale={locale} />
        <span className="font-medium text-stone-900">{hit.author.name}</span>
        <OriginalAuthor name={hit.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />
        <time className="text-xs text-stone-500" dateTime={hit.createdAt}>{formatDateTime(hit.createdAt, locale, timeZone)}</time>
        {hit.isPrivate && <span className="rounded bg-stone-700 px-1.5 text-xs text-white">{t('history.private')}</span>}
        {hit.isHidden && <span className="rounded bg-stone-200 px-1.5 text-xs text-stone-600">{t('history.hidden')}</span>}
      </div>
      {hasText(hit.quote) && (
        <blockquote className="mt-2 border-l-2 border-red-800/40 pl-3 font-serif leading-relaxed text-stone-700">
          <Snippet parts={hit.quote} />
        </blockquote>
      )}
      {hasText(hit.body) && (
        <p className="mt-2 whitespace-pre-wrap text-stone-800">
          <Snippet parts={hit.body} />
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {hit.textId && hit.annotationId && (
          <Link href={passageHref(groupId, hit.textId, { annotationId: hit.annotationId })} className="text-red-800 underline" data-testid="hit-passage-link">
            {t('history.readInText')}
          </Link>
        )}
        {hit.blockId && (
          <Link href={passageHistoryHref(groupId, hit.blockId)} className="text-stone-600 underline" data-testid="hit-history-link">
            {t('history.passageThreads')}
          </Link>
        )}
        {hit.sessionId && session && (
          <Link href={`/sessions/${hit.sessionId}/history`} className="text-stone-600 underline">
            {t('history.inSession', { title: session })}
          </Link>
        )}
      </div>
    </li>
  );
}

function Pager({ page, pages, href, t }: { page: number; pages: number; href: (n: number) => string; t: Translate }) {
  if (pages <= 1) return null;
  const link = 'rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:border-red-300';
  return (
    <nav className="flex items-center justify-between gap-2 pt-2 text-sm" aria-label={t('search.page', { n: page, total: pages })} data-testid="search-pager">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev" data-testid="search-prev">
          ‹ {t('search.prev')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">{t('search.page', { n: page, total: pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next" data-testid="search-next">
          {t('search.next')} ›
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
