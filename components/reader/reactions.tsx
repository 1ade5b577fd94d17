'use client';
import { useT } from '@/components/i18n/locale-provider';
import type { ReactionKind } from './live-writes';
import type { ClientAnnotation } from './reader-model';

const REACTION_LABEL = { agree: 'live.agree', 'same-question': 'live.sameQuestion' } as const;

/** 赞同 / 同问 with their counts; pressed when the viewer has reacted. Sets (not toggles) on the server. */
export function Reactions({
  reactions,
  kinds,
  viewerId,
  onSet,
}: {
  reactions: ClientAnnotation['reactions'];
  kinds: ReactionKind[];
  viewerId: string;
  onSet: (kind: ReactionKind, active: boolean, next: ClientAnnotation['reactions']) => void;
}) {
  const { t } = useT();
  return (
    <span className="flex items-center gap-1.5">
      {kinds.map((kind) => {
        const userIds = reactions.find((r) => r.kind === kind)?.userIds ?? [];
        const isMine = userIds.includes(viewerId);
        const toggle = () => {
          const nextIds = isMine ? userIds.filter((id) => id !== viewerId) : [...userIds, viewerId];
          const others = reactions.filter((r) => r.kind !== kind);
          onSet(kind, !isMine, nextIds.length > 0 ? [...others, { kind, userIds: nextIds }] : others);
        };
        return (
          <button
            key={kind}
            type="button"
            data-testid={`reaction-${kind}`}
            data-count={userIds.length}
            aria-pressed={isMine}
            onClick={toggle}
            className={`rounded-full border px-2 py-0.5 tabular-nums transition-colors ${
              isMine ? 'border-red-300 bg-red-50 text-red-800' : 'border-stone-200 text-stone-600 hover:border-stone-400'
            }`}
          >
            {t(REACTION_LABEL[kind])}
            {userIds.length > 0 && <span className="ml-1">{userIds.length}</span>}
          </button>
        );
      })}
    </span>
  );
}
