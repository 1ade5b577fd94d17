'use client';
/**
 * Which group's annotations the page shows and new ones go to. The choice lives in the URL (`?group=`), so a link
 * shared in a group chat opens the same group, and the server renders the page for it.
 */
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useT } from '@/components/i18n/locale-provider';

export function GroupPicker({ textId, groups, groupId }: { textId: string; groups: { id: string; name: string }[]; groupId: string }) {
  const { t } = useT();
  const router = useRouter();
  const [isSwitching, startTransition] = useTransition();
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm text-stone-600">
      <span className="shrink-0">{t('reader.group')}</span>
      <select
        data-testid="group-picker"
        className="min-w-0 max-w-56 truncate rounded border border-stone-300 bg-white px-2 py-1 text-stone-900 disabled:opacity-60"
        value={groupId}
        disabled={isSwitching}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(() => router.push(`/read/${encodeURIComponent(textId)}?group=${encodeURIComponent(next)}${window.location.hash}`, { scroll: false }));
        }}
      >
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </label>
  );
}
