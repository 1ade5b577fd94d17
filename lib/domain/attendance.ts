/**
 * Time in session (签到与在会时长) from presence intervals. A member is present while any of their connections is:
 * two open tabs, or a phone and a laptop, overlap and must count once, so each member's intervals are merged into
 * their union before they are summed. Only time within the session counts: an interval is clipped to
 * [sessionStart, sessionEnd], and one still open (leftAt null: the member has not left, or the server never heard
 * them leave) is closed at sessionEnd.
 */

export interface AttendanceInterval {
  userId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface MemberAttendance {
  /** milliseconds present within the session, overlaps counted once */
  presentMs: number;
  /** the earliest join among the intervals that reach into the session (may be before it started) */
  firstJoined: Date;
  /** the latest leave among them; null while any of them is still open */
  lastLeft: Date | null;
  /** separate stretches of presence within the session, after merging overlapping and touching intervals */
  intervals: number;
}

/**
 * Each member's presence in the session. Members whose intervals all fall outside it are not in the map; an
 * interval that ends before it begins (a clock skew) counts as nothing. An empty map if the session ends before
 * it starts.
 */
export function attendanceMinutes(
  intervals: readonly AttendanceInterval[],
  sessionStart: Date,
  sessionEnd: Date,
): Map<string, MemberAttendance> {
  const from = sessionStart.getTime();
  const to = sessionEnd.getTime();
  const result = new Map<string, MemberAttendance>();
  if (!(to > from)) return result;

  const byUser = new Map<string, AttendanceInterval[]>();
  for (const interval of intervals) byUser.set(interval.userId, [...(byUser.get(interval.userId) ?? []), interval]);

  for (const [userId, own] of byUser) {
    const inSession = own
      .map((i) => ({ raw: i, start: Math.max(i.joinedAt.getTime(), from), end: Math.min(i.leftAt?.getTime() ?? to, to) }))
      .filter((c) => c.end > c.start);
    if (inSession.length === 0) continue;

    inSession.sort((a, b) => a.start - b.start);
    let presentMs = 0;
    let stretches = 0;
    let runStart = inSession[0].start;
    let runEnd = inSession[0].end;
    for (const c of inSession.slice(1)) {
      // Touching intervals (left and came back in the same millisecond, e.g. a reconnect) are one stretch.
      if (c.start <= runEnd) runEnd = Math.max(runEnd, c.end);
      else {
        presentMs += runEnd - runStart;
        stretches++;
        runStart = c.start;
        runEnd = c.end;
      }
    }
    presentMs += runEnd - runStart;
    stretches++;

    const isOpen = inSession.some((c) => c.raw.leftAt === null);
    result.set(userId, {
      presentMs,
      firstJoined: new Date(Math.min(...inSession.map((c) => c.raw.joinedAt.getTime()))),
      lastLeft: isOpen ? null : new Date(Math.max(...inSession.map((c) => c.raw.leftAt!.getTime()))),
      intervals: stretches,
    });
  }
  return result;
}
