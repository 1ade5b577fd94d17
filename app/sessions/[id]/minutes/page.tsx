/**
 * /sessions/[id]/minutes: the minutes (学习记录) of a session, laid out as a study-meeting record — the header table
 * (group, topic, date and time, leader, text and range), attendance with time present and the absent, the most
 * highlighted passages, the discussion passage by passage, and the leader's summary (editable by leaders).
 * Everything is drawn from the minutes model (lib/domain/minutes), as are the Markdown and .docx downloads, so the
 * three agree. Prints on A4 with the stylesheet below: no site header, no buttons, serif body, ruled tables.
 *
 * Test hooks: minutes (data-status), minutes-title, minutes-meta, attendance-table, attendance-row, absent-list,
 * top-passages, top-passage, discussion, discussion-passage, discussion-entry, discussion-reply, minutes-summary,
 * minutes-live-notice, minutes-unavailable; and those of minutes-actions.tsx and minutes-summary.tsx.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { getMinutes } from '@/lib/services/minutes';
import { getSession } from '@/lib/services/sessions';
import { Crumbs, Notice } from '@/components/history/bits';
import { passageHistoryHref, passageHref } from '@/components/history/format';
import { loadOrRefuse } from '@/components/history/load';
import { MinutesActions } from '@/components/history/minutes-actions';
import { MinutesSummary } from '@/components/history/minutes-summary';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('history.minutes') };
}

/*
 * The record's form on screen, and its print layout: A4 with 20 mm margins, the site header and every control
 * hidden (.no-print here; header/nav/aside by globals.css), the summary's text instead of its text box
 * (.print-only), serif CJK body in black, ruled tables whose rows and quotes do not split across pages.
 * Kept free of < > & and quotes: it is emitted as the style element's text.
 */
const MINUTES_CSS = `
.print-only { display: none; }
.minutes-doc table { border-collapse: collapse; width: 100%; }
.minutes-doc th, .minutes-doc td { border: 1px solid rgb(168 162 158); padding: 0.45rem 0.65rem; text-align: start; vertical-align: top; }
.minutes-doc th { font-weight: 600; }
@page { size: A4; margin: 20mm; }
@media print {
  html, body { background: #fff !important; }
  body { min-height: 0 !important; }
  .no-print { display: none !important; }
  .print-only { display: block !important; }
  .minutes-page { max-width: none !important; margin: 0 !important; padding: 0 !important; }
  .minutes-doc { border: 0 !important; border-radius: 0 !important; box-shadow: none !important; padding: 0 !important; font-family: var(--font-serif); font-size: 10.5pt; line-height: 1.75; }
  .minutes-doc, .minutes-doc * { color: #000 !important; }
  .minutes-doc h1 { font-size: 18pt; }
  .minutes-doc h2 { font-size: 13pt; border-color: #000 !important; break-after: avoid; page-break-after: avoid; }
  .minutes-doc h3 { font-size: 11pt; break-after: avoid; page-break-after: avoid; }
  .minutes-doc th, .minutes-doc td { border: 0.75pt solid #000 !important; padding: 3pt 6pt; }
  .minutes-doc th { background: none !important; }
  .minutes-doc thead { display: table-header-group; }
  .minutes-doc tr, .minutes-doc blockquote, .minutes-entry { break-inside: avoid; page-break-inside: avoid; }
  .minutes-doc blockquote { border-color: #555 !important; }
  .minutes-doc a { text-decoration: none !important; }
}
`;

export default async function MinutesPage({ params }: { params: Params }) {
  const [{ id }, user, { t, locale, timeZone }] = await Promise.all([params, currentUser(), serverT()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/sessions/${id}/minutes`)}`);
  const session = await loadOrRefuse(getSession(user.id, id));
  if (!session.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{session.message}</Notice></main>;
  const s = session.value;
  const crumbs = [
    { href: `/groups/${s.groupId}`, label: t('history.backToGroup') },
    ...(s.status !== 'scheduled' ? [{ href: `/sessions/${id}/history`, label: t('minutes.review'), testId: 'link-history' }] : []),
  ];
  const minutes = await loadOrRefuse(getMinutes(user.id, id, locale, timeZone));
  if (!minutes.ok) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <Crumbs links={crumbs} />
        <Notice tone={minutes.status === 409 ? 'info' : 'error'} testId="minutes-unavailable">
          {minutes.status === 409 ? t('minutes.notStarted') : minutes.message}
        </Notice>
      </main>
    );
  }
  const { model, status, canEdit } = minutes.value;
  const L = model.labels;
  const h2 = 'mt-8 mb-3 border-l-4 border-red-800 pl-2 font-sans text-lg font-semibold leading-tight text-stone-900';

  return (
    <main className="minutes-page mx-auto max-w-4xl px-3 py-6 sm:px-4 sm:py-8">
      <style>{MINUTES_CSS}</style>
      <div className="no-print mb-4 space-y-3">
        <Crumbs links={crumbs} />
        <MinutesActions sessionId={id} />
        {status === 'live' && <Notice tone="warn" testId="minutes-live-notice">{t('minutes.liveNotice')}</Notice>}
      </div>

      <article className="minutes-doc rounded-lg border border-stone-200 bg-white px-4 py-6 shadow-sm sm:px-10 sm:py-10" data-testid="minutes" data-status={status}>
        <h1 className="text-center font-serif text-2xl font-bold tracking-[0.3em] text-stone-900" data-testid="minutes-title">
          {model.title}
        </h1>
        <p className="mt-1 text-center font-serif text-stone-600">{model.sessionTitle}</p>

        <table className="mt-6 text-sm sm:text-base" data-testid="minutes-meta">
          <tbody>
            {model.metadata.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="w-24 whitespace-nowrap bg-stone-50 sm:w-32">
                  {row.label}
                </th>
                <td className="font-serif">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <section>
          <h2 className={h2}>{L.attendance}</h2>
          <p className="mb-2 text-sm text-stone-600">{model.attendance.summaryLabel}</p>
          {model.attendance.present.length > 0 && (
            <div className="overflow-x-auto">
              <table className="text-sm sm:text-base" data-testid="attendance-table">
                <thead className="bg-stone-50">
                  <tr>
                    <th scope="col">{L.name}</th>
                    <th scope="col" className="whitespace-nowrap">{L.joined}</th>
                    <th scope="col" className="whitespace-nowrap">{L.left}</th>
                    <th scope="col">{L.duration}</th>
                  </tr>
                </thead>
                <tbody className="font-serif">
                  {model.attendance.present.map((r) => (
                    <tr key={r.userId} data-testid="attendance-row">
                      <td>
                        {r.name}
                        {r.isLeader && <span className="text-stone-500">{L.leaderMark}</span>}
                      </td>
                      <td className="tabular-nums">{r.joined}</td>
                      <td className="tabular-nums">{r.left}</td>
                      <td>
                        {r.duration}
                        {r.stretchesLabel && <span className="text-stone-500">{r.stretchesLabel}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="mt-2 font-serif" data-testid="absent-list">
            <strong className="font-sans">
              {L.absent}
              {L.colon}
            </strong>
            {model.attendance.absent.length ? model.attendance.absent.map((m) => m.name).join(L.listSeparator) : L.nobody}
          </p>
        </section>

        <section data-testid="top-passages">
          <h2 className={h2}>{L.topPassages}</h2>
          {model.topPassages.length === 0 ? (
            <p className="text-stone-500">{L.noPassages}</p>
          ) : (
            <ol className="space-y-4">
              {model.topPassages.map((p) => (
                <li key={`${p.blockId}:${p.start}`} className="minutes-entry" data-testid="top-passage">
                  <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                    <span className="font-semibold">
                      {p.rank}. <span lang="zh-CN">{p.heading}</span>
                    </span>
                    <span className="text-stone-600">
                      {p.countsLabel}
                      {L.metaSeparator}
                      {p.authors.join(L.listSeparator)}
                    </span>
                    <Link href={passageHistoryHref(s.groupId, p.blockId)} className="no-print text-xs text-red-800 underline">
                      {t('history.passageThreads')}
                    </Link>
                  </div>
                  <blockquote lang="zh-CN" className="mt-1 border-l-2 border-red-800/40 pl-3 font-serif leading-relaxed">{p.quote}</blockquote>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section data-testid="discussion">
          <h2 className={h2}>{L.discussion}</h2>
          {model.discussion.length === 0 ? (
            <p className="text-stone-500">{L.noDiscussion}</p>
          ) : (
            <div className="space-y-6">
              {model.discussion.map((passage, i) => {
                const first = passage.entries[0]?.annotationId;
                return (
                  <div key={`${passage.blockPath}:${i}`} data-testid="discussion-passage">
                    <h3 className="mb-1 flex flex-wrap items-baseline gap-x-2 font-sans font-semibold">
                      <span>
                        {i + 1}. <span lang="zh-CN">{passage.heading}</span>
                      </span>
                      {first && (
                        <Link href={passageHref(s.groupId, s.textId, { annotationId: first })} className="no-print text-xs font-normal text-red-800 underline">
                          {t('minutes.toPassage')}
                        </Link>
                      )}
                    </h3>
                    <blockquote lang="zh-CN" className="mb-2 border-l-2 border-red-800/40 pl-3 font-serif leading-relaxed text-stone-800">{passage.quote}</blockquote>
                    <ul className="space-y-2">
                      {passage.entries.map((e) => (
                        <li key={e.annotationId} className="minutes-entry" data-testid="discussion-entry">
                          {e.deleted ? (
                            <p className="text-stone-500">{L.deletedAnnotation}</p>
                          ) : (
                            <>
                              <p className="text-sm">
                                <strong>{e.authorName}</strong>
                                <span className="text-stone-600">
                                  {L.metaSeparator}
                                  {e.kindLabel}
                                  {L.metaSeparator}
                                  <span className="tabular-nums">{e.time}</span>
                                  {e.reactionsLabel && `${L.metaSeparator}${e.reactionsLabel}`}
                                </span>
                              </p>
                              {e.note.trim() && <p className="whitespace-pre-wrap font-serif leading-relaxed">{e.note}</p>}
                            </>
                          )}
                          {e.replies.length > 0 && (
                            <ul className="mt-1 space-y-1">
                              {e.replies.map((r) => (
                                <li key={r.id} style={{ marginInlineStart: `${Math.min(r.depth, 4) * 1.1}rem` }} data-testid="discussion-reply">
                                  {r.deleted ? (
                                    <span className="text-stone-500">{L.deletedReply}</span>
                                  ) : (
                                    <>
                                      <span className="text-sm">
                                        <strong>{r.authorName}</strong>
                                        <span className="text-stone-600">
                                          {L.metaSeparator}
                                          {L.reply}
                                          {L.metaSeparator}
                                          <span className="tabular-nums">{r.time}</span>
                                        </span>
                                      </span>
                                      <span className="block whitespace-pre-wrap font-serif leading-relaxed">{r.body}</span>
                                    </>
                                  )}
                                </li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          )}
        </section>

        <section data-testid="minutes-reflections">
          <h2 className={h2}>{L.reflections}</h2>
          {model.reflections.length === 0 ? (
            <p className="text-stone-500">{L.noReflections}</p>
          ) : (
            <ul className="space-y-3">
              {model.reflections.map((r) => (
                <li key={r.id} className="minutes-entry" data-testid="minutes-reflection">
                  <div className="text-sm">
                    <span className="font-semibold">{r.authorName}</span>
                    <span className="text-stone-600">
                      {L.metaSeparator}
                      {r.time}
                    </span>
                  </div>
                  <p className="font-serif whitespace-pre-wrap">{r.body}</p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section data-testid="minutes-summary">
          <h2 className={h2}>{L.summary}</h2>
          <div className="font-serif">
            <MinutesSummary sessionId={id} initial={model.summary} canEdit={canEdit} emptyLabel={L.summaryEmpty} />
          </div>
        </section>
      </article>
    </main>
  );
}
