import type { Tx } from '../db';
import { db } from '../db';
import type { Role } from '../domain/permissions';
import { notFound } from './errors';

/** The caller's role in a group. Not a member → the group is "not found", so outsiders learn nothing about it. */
export async function requireMembership(userId: string, groupId: string, client: Tx = db): Promise<Role> {
  const membership = await client.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  if (!membership) throw notFound('group');
  return membership.role as Role;
}
