import { describe, expect, it } from 'vitest';
import { createOnce } from './create-once';
import { ServiceError } from './errors';

type Row = { id: string; authorId: string; visible: boolean };

/** A table with a unique id, as the database has: the second insert of an id fails like Prisma's P2002. */
function table(initial: Row[] = []) {
  const rows = new Map(initial.map((r) => [r.id, r]));
  let inserts = 0;
  return {
    get inserts() {
      return inserts;
    },
    spec: (authorId: string, id?: string) => ({
      id,
      what: 'thing',
      find: async (x: string) => rows.get(x) ?? null,
      mayView: (r: Row) => r.visible,
      isSameCreate: (r: Row) => r.authorId === authorId,
      present: async (r: Row) => r.id,
      create: async (x: string) => {
        await new Promise((r) => setTimeout(r, 5)); // both copies pass the first look before either writes
        if (rows.has(x)) throw Object.assign(new Error('unique'), { code: 'P2002' });
        rows.set(x, { id: x, authorId, visible: true });
        inserts++;
        return x;
      },
    }),
  };
}

const statusOf = (p: Promise<unknown>) => p.then(() => 0, (e: ServiceError) => e.status);

describe('createOnce', () => {
  it('stores one row for copies that race, and answers the stored one to the others', async () => {
    const t = table();
    const results = await Promise.all([0, 1, 2].map(() => createOnce(t.spec('alice', 'id-1'))));
    expect(t.inserts).toBe(1);
    expect(results.map((r) => r.created).sort()).toEqual([false, false, true]);
    expect(results.every((r) => r.value === 'id-1')).toBe(true);
  });

  it('answers a clash for a visible id of someone else and "not found" for an id the caller may not see', async () => {
    const t = table([
      { id: 'seen', authorId: 'bob', visible: true },
      { id: 'secret', authorId: 'bob', visible: false },
    ]);
    expect(await statusOf(createOnce(t.spec('alice', 'seen')))).toBe(409);
    expect(await statusOf(createOnce(t.spec('alice', 'secret')))).toBe(404);
    expect(t.inserts).toBe(0);
  });

  it('makes a fresh id when none is given', async () => {
    const t = table();
    const [a, b] = await Promise.all([createOnce(t.spec('alice')), createOnce(t.spec('alice'))]);
    expect(a.value).not.toBe(b.value);
    expect(t.inserts).toBe(2);
  });
});
