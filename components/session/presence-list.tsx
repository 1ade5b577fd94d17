'use client';
/**
 * Who is in the session now and where each is reading: the section (the heading above the block at the top of
 * their screen). The leader comes first, marked 领学; the list changes as people come, go and scroll.
 */
import type { PresenceMember } from '@/lib/realtime/events';
import { useT } from '@/components/i18n/locale-provider';
import { AVATAR_COLORS, Initial } from '@/components/reader/mention-input';
import { assignAvatarColors } from '@/lib/domain/avatar';

interface Props {
  members: readonly PresenceMember[];
  /** the section title of a block, when it is on this page */
  sectionOf: (blockId: string) => string | null;
  viewerId: string;
  testId?: string;
}

export function PresenceList({ members, sectionOf, viewerId, testId = 'presence-list' }: Props) {
  const { t } = useT();
  const colors = assignAvatarColors(members.map((m) => m.userId), AVATAR_COLORS.length);
  return (
    <section data-testid={testId} aria-label={t('live.present')}>
      <h2 className="mb-2 text-sm font-semibold tracking-wide text-stone-500">
        {t('live.present')} <span className="tabular-nums">{members.length}</span>
      </h2>
      {members.length === 0 ? (
        <p className="text-sm text-stone-500">{t('live.nobodyYet')}</p>
      ) : (
        <ul className="max-h-56 space-y-1.5 overflow-y-auto overscroll-contain pr-1">
          {members.map((member) => {
            const section = member.blockId ? sectionOf(member.blockId) : null;
            return (
              <li key={member.userId} data-testid="presence-member" data-user-id={member.userId} data-reading-block-id={member.blockId ?? undefined} className="flex items-center gap-2">
                <Initial name={member.name} className="h-7 w-7 text-[11px]" isLeader={member.isLeader} colorSlot={colors.get(member.userId)} />
                <div className="min-w-0 flex-1 text-sm leading-tight">
                  <div className="flex items-center gap-1.5">
                    <span className="truncate font-medium text-stone-800">{member.name}</span>
                    {member.userId === viewerId && <span className="shrink-0 text-xs text-stone-500">{t('live.me')}</span>}
                    {member.isLeader && <span className="shrink-0 rounded bg-red-50 px-1 text-[11px] text-red-800">{t('sessions.leader')}</span>}
                  </div>
                  <div className="truncate text-xs text-stone-500" data-testid="presence-section">
                    {section ? t('live.readingAt', { section }) : t('live.readingUnknown')}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Overlapping initials, the leader's in red: the session bar's glance at who is here. */
export function PresenceAvatars({ members, max = 5 }: { members: readonly PresenceMember[]; max?: number }) {
  const shown = members.slice(0, max);
  const more = members.length - shown.length;
  const colors = assignAvatarColors(members.map((m) => m.userId), AVATAR_COLORS.length);
  return (
    <span className="flex items-center -space-x-1.5">
      {shown.map((member) => (
        <span key={member.userId} title={member.name} data-testid="presence-avatar" className="rounded-full ring-2 ring-white">
          <Initial name={member.name} isLeader={member.isLeader} colorSlot={colors.get(member.userId)} />
        </span>
      ))}
      {more > 0 && <span className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-stone-100 px-1 text-[11px] text-stone-600 ring-2 ring-white">+{more}</span>}
    </span>
  );
}
