/**
 * "原作者：王芳" beside an imported item: the name it had in the group its file came from. Plain text, not a link
 * to an account (that person may not be a member here); the item's account is the leader who imported it.
 */
export function OriginalAuthor({ name, label }: { name: string | null | undefined; label: (name: string) => string }) {
  if (!name) return null;
  return (
    <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900" data-testid="original-author">
      {label(name)}
    </span>
  );
}
