import type { Tx } from '../db';
import { db } from '../db';
import type { Role } from '../domain/permissions';
import type { Viewer } from '../domain/visibility';
import { findRole } from './cached-lookups';
import { notFound } from './errors';

/**
 * The user's role in a group, or null. Outside a transaction it comes from the per-process cache (memberships
 * change rarely; lib/services/cached-lookups.ts); inside one (check-then-act) from the database.
 */
async function roleIn(userId: string, groupId: string, client: Tx): Promise<Role | null> {
  if (client === db) return findRole(userId, groupId);
  const membership = await client.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  return (membership?.role as Role | undefined) ?? null;
}

/** The caller's role in a group. Not a member → the group is "not found", so outsiders learn nothing about it. */
export async function requireMembership(userId: string, groupId: string, client: Tx = db): Promise<Role> {
  const role = await roleIn(userId, groupId, client);
  if (!role) throw notFound('group');
  return role;
}

/** The viewer a user is in a group, member or not (role null): what lib/domain/visibility.ts decides on. */
export async function viewerIn(userId: string, groupId: string, client: Tx = db): Promise<Viewer> {
  return { userId, role: await roleIn(userId, groupId, client) };
}

/** A member's viewer; anyone else gets the group's "not found". */
export async function requireViewer(userId: string, groupId: string, client: Tx = db): Promise<Viewer> {
  return { userId, role: await requireMembership(userId, groupId, client) };
}
