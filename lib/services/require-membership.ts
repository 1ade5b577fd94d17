import type { Tx } from '../db';
import { db } from '../db';
import type { Role } from '../domain/permissions';
import type { Viewer } from '../domain/visibility';
import { notFound } from './errors';

/** The caller's role in a group. Not a member → the group is "not found", so outsiders learn nothing about it. */
export async function requireMembership(userId: string, groupId: string, client: Tx = db): Promise<Role> {
  const membership = await client.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  if (!membership) throw notFound('group');
  return membership.role as Role;
}

/** The viewer a user is in a group, member or not (role null): what lib/domain/visibility.ts decides on. */
export async function viewerIn(userId: string, groupId: string, client: Tx = db): Promise<Viewer> {
  const membership = await client.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  return { userId, role: (membership?.role as Role | undefined) ?? null };
}

/** A member's viewer; anyone else gets the group's "not found". */
export async function requireViewer(userId: string, groupId: string, client: Tx = db): Promise<Viewer> {
  return { userId, role: await requireMembership(userId, groupId, client) };
}
