'use client';
/** Members of a group; the owner can promote a leader, take the role back, or remove a member. */
import { useRouter } from 'next/navigation';
import { useT } from '@/components/i18n/locale-provider';
import { api } from '@/lib/client/api';
import type { MemberDTO } from '@/lib/services/groups';

export function MemberList({ groupId, members, viewerId, isOwner }: { groupId: string; members: MemberDTO[]; viewerId: string; isOwner: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      router.refresh();
    } catch {
      alert(t('common.error'));
    }
  };
  return (
    <ul className="divide-y divide-stone-100" data-testid="member-list">
      {members.map((m) => (
        <li key={m.userId} className="flex items-center gap-2 py-2 text-sm" data-testid="member">
          <span className="flex-1 truncate">{m.name}</span>
          <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{t(`role.${m.role}`)}</span>
          {isOwner && m.userId !== viewerId && m.role !== 'owner' && (
            <>
              <button
                className="text-xs text-red-800 underline"
                onClick={() => act(() => api(`/api/groups/${groupId}/members/${m.userId}`, { method: 'PATCH', body: { role: m.role === 'leader' ? 'member' : 'leader' } }))}
              >
                {m.role === 'leader' ? t('groups.demote') : t('groups.promote')}
              </button>
              <button className="text-xs text-stone-500 underline" onClick={() => act(() => api(`/api/groups/${groupId}/members/${m.userId}`, { method: 'DELETE' }))}>
                {t('groups.remove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function GroupActions({ groupId, canRotate, canLeave }: { groupId: string; canRotate: boolean; canLeave: boolean }) {
  const { t } = useT();
  const router = useRouter();
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      {canRotate && (
        <button className="rounded border border-stone-300 px-3 py-1" onClick={async () => { await api(`/api/groups/${groupId}/join-code`, { method: 'POST' }); router.refresh(); }}>
          {t('groups.rotate')}
        </button>
      )}
      {canLeave && (
        <button className="rounded border border-stone-300 px-3 py-1 text-stone-600" onClick={async () => { await api(`/api/groups/${groupId}/members/me`, { method: 'DELETE' }); router.push('/groups'); router.refresh(); }}>
          {t('groups.leave')}
        </button>
      )}
    </div>
  );
}
