/**
 * The 'sent' marks of one dispatch, written together. A lane whose message
 * the SMTP server accepted hands its mark here (dispatch.ts bounds how many
 * accepted messages may wait for their mark). Marks that arrive while a
 * statement is under way go into the next one, so under load one UPDATE marks
 * several rows (one round trip and one commit instead of one each), and a
 * lone mark is written at once.
 */
import type { Knex } from 'knex';

export interface SentMark {
  id: string;
  attempts: number;
  sentAt: Date;
}

export type MarkSent = (mark: SentMark) => Promise<void>;

/**
 * Marks the rows sent, whoever holds their claim by now (the message went
 * out). Rows are locked in id order, so two such statements, or one and a
 * claim, never wait on each other in a cycle.
 */
export async function writeSentMarks(knex: Knex, marks: readonly SentMark[]): Promise<void> {
  if (marks.length === 0) return;
  await knex.raw(
    `UPDATE notifications n
        SET status = 'sent', attempts = x.attempts, sent_at = x.sent_at, last_error = NULL,
            claimed_by = NULL, claimed_at = NULL, updated_at = now()
       FROM (SELECT c.id, d.attempts, d.sent_at
               FROM notifications c
               JOIN unnest(?::uuid[], ?::int[], ?::timestamptz[]) AS d(id, attempts, sent_at) ON d.id = c.id
              WHERE c.status = 'pending'
              ORDER BY c.id
                FOR UPDATE OF c) x
      WHERE n.id = x.id`,
    [marks.map((m) => m.id), marks.map((m) => m.attempts), marks.map((m) => m.sentAt)],
  );
}

/** A MarkSent that groups the marks arriving while a write is under way; `write` is retried by the caller's policy. */
export function groupedSentMarks(write: (marks: readonly SentMark[]) => Promise<void>): MarkSent {
  let waiting: { mark: SentMark; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting;
        waiting = [];
        try {
          await write(batch.map((w) => w.mark));
          for (const w of batch) w.resolve();
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      writing = false;
    }
  };
  return (mark) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ mark, resolve, reject });
      if (!writing) void drain();
    });
}
