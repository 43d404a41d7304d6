import { loadConfig } from '@muni/appointments';
import { type DeliverDeps, deliverNotification } from '@muni/scheduler';
import { simpleParser } from 'mailparser';
import type { Transporter } from 'nodemailer';
import type { ApiHarness } from './harness';

/** One e-mail as its recipient reads it (delivered through the real scheduler code into memory). */
export interface ReadMail {
  kind: string;
  role: string;
  to: string;
  text: string;
  html: string;
  ics?: string;
}

// What the harness's API runs with (loadConfig's defaults outside production): the scheduler must use the same.
const defaults = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv);
export const TEST_LINK_SECRET = defaults.LINK_SECRET;

/**
 * Delivers the pending e-mails of an appointment (those due now) as the
 * scheduler would, and returns them parsed. Rows are sent at most once.
 */
export async function deliverMails(h: ApiHarness, appointmentId: string): Promise<ReadMail[]> {
  const raw: string[] = [];
  const transport = { sendMail: async (m: { raw: Buffer | string }) => raw.push(m.raw.toString()) } as unknown as Transporter;
  const deps: DeliverDeps = { knex: h.knex, transport, publicUrl: h.url, linkSecret: TEST_LINK_SECRET, from: defaults.MAIL_FROM, now: () => h.clock.now };
  const rows = await h.knex('notifications').where({ appointment_id: appointmentId, status: 'pending' }).where('send_after', '<=', h.clock.now).orderBy('send_after').select('id', 'kind', 'recipient_role');
  const mails: ReadMail[] = [];
  for (const r of rows) {
    const before = raw.length;
    if ((await deliverNotification(deps, r.id)) !== 'sent' || raw.length === before) continue;
    const m = await simpleParser(raw.at(-1)!);
    const ics = m.attachments.find((a) => a.filename?.endsWith('.ics'))?.content.toString('utf8');
    mails.push({ kind: r.kind, role: r.recipient_role, to: m.to && !Array.isArray(m.to) ? m.to.text : '', text: m.text ?? '', html: m.html || '', ics });
  }
  return mails;
}

/** The manage-link token in an e-mail, or undefined. */
export const manageTokenIn = (mail: Pick<ReadMail, 'text'>): string | undefined => /\/manage\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
