/**
 * Idempotent creates. Clients choose the ids of what they write (annotations, replies, reflections) so that a
 * write queued offline or retried after a dropped connection is stored once: the same create again — during or
 * after the first one — answers with what is stored (`created: false`, no second event).
 *
 * Whether the caller may see the stored row is the caller's rule, passed in (`mayView`): an id taken by something
 * the caller may not see answers exactly as the id of something unknown to them, so a create cannot be used to
 * probe for other groups' or private items.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError, conflict, isUniqueViolation, notFound } from './errors';

export interface CreateOnce<Row, Value> {
  /** the client-chosen id; without one a fresh id is made and no retry can collide */
  id?: string;
  /** what the item is called in a "not found" answer */
  what: string;
  /** the stored row with that id (read only when the create could not be stored) */
  find: (id: string) => Promise<Row | null>;
  /** whether the caller may see the stored row at all */
  mayView: (row: Row) => boolean | Promise<boolean>;
  /** whether the stored row is this very create (same author, same place): else the id is already in use */
  isSameCreate: (row: Row) => boolean;
  /** the answer for a stored row */
  present: (row: Row) => Promise<Value>;
  /** writes the new row (with its events) in one transaction and returns the answer */
  create: (id: string) => Promise<Value>;
}

export async function createOnce<Row, Value>(spec: CreateOnce<Row, Value>): Promise<{ value: Value; created: boolean }> {
  const answerStored = async (row: Row) => {
    if (!(await spec.mayView(row))) throw notFound(spec.what);
    if (!spec.isSameCreate(row)) throw conflict('this id is already in use');
    return { value: await spec.present(row), created: false };
  };
  // No read before the write (a create is a hot path): a taken id fails on the key, and the row holding it answers.
  try {
    return { value: await spec.create(spec.id ?? randomUUID()), created: true };
  } catch (error) {
    // A unique violation: another copy of this create was stored first, and this write was rolled back whole (its
    // transaction, or its savepoint in a group commit: write-with-events.ts answers only after the batch committed,
    // so the copy that was stored first is committed by the time it is looked up here).
    // A refusal (e.g. the session has ended since): a retry of a create that was stored still gets what is stored.
    if (!spec.id || !(isUniqueViolation(error) || error instanceof ServiceError)) throw error;
    const stored = await spec.find(spec.id);
    if (!stored) throw error;
    return answerStored(stored);
  }
}
