/** Study groups: create, join by code, leave, list, and the owner's management of members. */
import { randomInt } from 'node:crypto';
import { db } from '../db';
import { makeJoinCode } from '../domain/join-code';
import { canLead, canManageMembers, type Role } from '../domain/permissions';
import type { TCreateGroup } from '../validations/groups';
import { ServiceError, conflict, forbidden, notFound } from './errors';
import { requireMembership } from './require-membership';
import { forgetMembership } from './cached-lookups';
import { writeWithEvents } from './write-with-events';

export interface GroupDTO {
  id: string;
  name: string;
  description: string;
  role: Role;
  memberCount: number;
  /** only for leaders and the owner: members invite through them */
  joinCode?: string;
  createdAt: string;
}

export interface MemberDTO {
  userId: string;
  name: string;
  role: Role;
  joinedAt: string;
}

const newJoinCode = () => makeJoinCode((n) => randomInt(n));

function toGroupDTO(group: { id: string; name: string; description: string; joinCode: string; createdAt: Date; _count: { memberships: number } }, role: Role): GroupDTO {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    role,
    memberCount: group._count.memberships,
    ...(canLead(role) ? { joinCode: group.joinCode } : {}),
    createdAt: group.createdAt.toISOString(),
  };
}

export async function createGroup(userId: string, input: TCreateGroup): Promise<GroupDTO> {
  const group = await db.group.create({
    data: { name: input.name, description: input.description, joinCode: newJoinCode(), memberships: { create: { userId, role: 'owner' } } },
    include: { _count: { select: { memberships: true } } },
  });
  return toGroupDTO(group, 'owner');
}

export async function listGroups(userId: string): Promise<GroupDTO[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { joinedAt: 'asc' },
    include: { group: { include: { _count: { select: { memberships: true } } } } },
  });
  return memberships.map((m) => toGroupDTO(m.group, m.role as Role));
}

export async function getGroup(userId: string, groupId: string): Promise<GroupDTO> {
  const role = await requireMembership(userId, groupId);
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, include: { _count: { select: { memberships: true } } } });
  return toGroupDTO(group, role);
}

/** Joining twice is harmless: the existing membership is returned. */
export async function joinGroup(userId: string, code: string): Promise<GroupDTO> {
  const group = await db.group.findUnique({ where: { joinCode: code } });
  if (!group) throw new ServiceError(404, 'not_found', 'groups.badCode', 'code');
  await db.membership.upsert({
    where: { groupId_userId: { groupId: group.id, userId } },
    create: { groupId: group.id, userId, role: 'member' },
    update: {},
  });
  return getGroup(userId, group.id);
}

export async function leaveGroup(userId: string, groupId: string): Promise<void> {
  const role = await requireMembership(userId, groupId);
  if (role === 'owner') throw conflict('the owner cannot leave the group');
  await endMembership(userId, groupId, userId);
}

export async function listMembers(userId: string, groupId: string): Promise<MemberDTO[]> {
  await requireMembership(userId, groupId);
  const rows = await db.membership.findMany({ where: { groupId }, include: { user: true }, orderBy: { joinedAt: 'asc' } });
  return rows.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role as Role, joinedAt: m.joinedAt.toISOString() }));
}

/** The owner promotes a member to leader or takes the role back. */
export async function updateMemberRole(actorId: string, groupId: string, memberId: string, role: 'leader' | 'member'): Promise<MemberDTO> {
  const actorRole = await requireMembership(actorId, groupId);
  if (!canManageMembers(actorRole)) throw forbidden('only the owner can change roles');
  const target = await db.membership.findUnique({ where: { groupId_userId: { groupId, userId: memberId } }, include: { user: true } });
  if (!target) throw notFound('member');
  if (target.role === 'owner') throw conflict('the owner’s role cannot be changed');
  const updated = await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.membership.update({ where: { id: target.id }, data: { role }, include: { user: true } });
    await ctx.emit({ groupId, type: 'membership:changed', actorId, payload: { userId: memberId, role } });
    return row;
  });
  forgetMembership(groupId, updated.userId);
  return { userId: updated.userId, name: updated.user.name, role: updated.role as Role, joinedAt: updated.joinedAt.toISOString() };
}

/** The owner removes a member. What they wrote stays in the group's history (../shared/DESIGN.md, rule 6). */
export async function removeMember(actorId: string, groupId: string, memberId: string): Promise<void> {
  const actorRole = await requireMembership(actorId, groupId);
  if (!canManageMembers(actorRole)) throw forbidden('only the owner can remove members');
  const target = await db.membership.findUnique({ where: { groupId_userId: { groupId, userId: memberId } } });
  if (!target) throw notFound('member');
  if (target.role === 'owner') throw conflict('the owner cannot be removed');
  await endMembership(memberId, groupId, actorId);
}

/**
 * Ends a membership and logs it: the committed `membership:changed` takes the user's open sockets out of the
 * group's rooms and sessions at once (lib/realtime/membership.ts), before anything else is delivered.
 */
async function endMembership(userId: string, groupId: string, actorId: string): Promise<void> {
  await writeWithEvents(async (ctx) => {
    // Checked again in the write: the membership may have ended since the caller's check (the same leave sent twice at
    // once, or a removal on another process whose role cache has not heard of it yet: the fuzz test's 500 on
    // PostgreSQL with two processes); the owner's is never ended here.
    const { count } = await ctx.tx.membership.deleteMany({ where: { groupId, userId, role: { not: 'owner' } } });
    if (count === 0) throw notFound('member');
    await ctx.emit({ groupId, type: 'membership:changed', actorId, payload: { userId, role: null } });
  });
  forgetMembership(groupId, userId);
}

/** A leader issues a new join code; the old one stops working. */
export async function rotateJoinCode(actorId: string, groupId: string): Promise<GroupDTO> {
  const role = await requireMembership(actorId, groupId);
  if (!canLead(role)) throw forbidden('only leaders can change the join code');
  await db.group.update({ where: { id: groupId }, data: { joinCode: newJoinCode() } });
  return getGroup(actorId, groupId);
}
