/** Who may do what in a group. Pure rules over roles and records; services enforce them. */

export const ROLES = ['owner', 'leader', 'member'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 3, leader: 2, member: 1 };

export function hasRoleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** Only the owner changes roles (promotes a leader, demotes one) and removes members. */
export function canManageMembers(role: Role): boolean {
  return role === 'owner';
}

/** Leaders and the owner lead sessions, moderate, and can rotate the join code. */
export function canLead(role: Role): boolean {
  return hasRoleAtLeast(role, 'leader');
}

export type Visibility = 'group' | 'private';

/** People edit and delete only what they wrote. */
export function canEditOwn(viewerId: string, record: { authorId: string }): boolean {
  return record.authorId === viewerId;
}
