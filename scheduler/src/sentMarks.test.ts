import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupedSentMarks, type SentMark, writeSentMarks } from './sentMarks';
import { type FixtureIds, insertAppointment, insertNotification, loadFixtureIds } from './testing';

const db = useTestDatabase();
const HOUR = 3_600_000;
let ids: FixtureIds;
let slot = 0;

beforeAll(async () => {
  await seedDemoData(db.knex);
  ids = await loadFixtureIds(db.knex);
});

async function claimedReminders(count: number, status: 'pending' | 'skipped' = 'pending'): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: new Date(Date.now() + 48 * HOUR + slot++ * HOUR) });
    out.push(await insertNotification(db.knex, { appointmentId, kind: 'reminder', status }));
  }
  await db.knex('notifications').whereIn('id', out).update({ claimed_by: 'worker-a', claimed_at: db.knex.fn.now() });
  return out;
}

const mark = (id: string, k = 0): SentMark => ({ id, attempts: 1 + k, sentAt: new Date(Date.UTC(2026, 2, 2, 9, 0, k)) });

describe('writeSentMarks', () => {
  it('marks each accepted row sent with its own attempts and time and hands the claim back, in one statement', async () => {
    const rows = await claimedReminders(3);
    const statements: string[] = [];
    const count = (q: { sql: string }) => statements.push(q.sql);
    db.knex.on('query', count);
    try {
      await writeSentMarks(db.knex, rows.map(mark));
    } finally {
      db.knex.off('query', count);
    }
    expect(statements).toHaveLength(1);
    const after = await db.knex('notifications').whereIn('id', rows).orderBy('attempts').select('id', 'status', 'attempts', 'sent_at', 'claimed_by', 'claimed_at', 'last_error');
    expect(after.map((r) => [r.id, r.status, r.attempts, r.sent_at.toISOString(), r.claimed_by, r.claimed_at, r.last_error])).toEqual(
      rows.map((id, k) => [id, 'sent', 1 + k, mark(id, k).sentAt.toISOString(), null, null, null]),
    );
  });

  it('leaves a row that is no longer pending as it is', async () => {
    const [skipped] = await claimedReminders(1, 'skipped');
    await writeSentMarks(db.knex, [mark(skipped!)]);
    expect(await db.knex('notifications').where({ id: skipped }).first('status', 'sent_at')).toEqual({ status: 'skipped', sent_at: null });
  });
});

describe('groupedSentMarks', () => {
  it('writes marks that arrive while a statement is under way together, and each lane hears of its own', async () => {
    const rows = await claimedReminders(12);
    const statements: number[] = [];
    const markSent = groupedSentMarks(async (marks) => {
      statements.push(marks.length);
      await writeSentMarks(db.knex, marks);
    });
    await Promise.all(rows.map((id, k) => markSent(mark(id, k))));
    // The first mark goes at once; the eleven arriving meanwhile share the next statement.
    expect(statements).toEqual([1, 11]);
    expect(await db.knex('notifications').whereIn('id', rows).where({ status: 'sent' }).count('* as n').first()).toEqual({ n: 12 });
  });

  it('a failed statement fails only the marks it carried; later ones are written', async () => {
    let calls = 0;
    const written: string[] = [];
    const markSent = groupedSentMarks(async (marks) => {
      calls += 1;
      if (calls === 2) throw new Error('connection lost');
      written.push(...marks.map((m) => m.id));
    });
    const first = markSent(mark('a'));
    const inFailed = [markSent(mark('b')), markSent(mark('c'))];
    const results = await Promise.allSettled([first, ...inFailed]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    await markSent(mark('d'));
    expect(written).toEqual(['a', 'd']);
  });
});
