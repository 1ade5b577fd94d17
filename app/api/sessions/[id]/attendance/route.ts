import { json, route } from '@/lib/http/respond';
import { listAttendance } from '@/lib/services/sessions';

/** Attendance intervals (签到): who was present when. */
export const GET = route<{ id: string }>(async ({ user, params }) => json({ attendance: await listAttendance(user.id, params.id) }));
