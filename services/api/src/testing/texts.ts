import { type CaughtSms, createSmsCatcher, type DeliverDeps, deliverNotification, type SmsProvider } from '@muni/scheduler';
import type { Transporter } from 'nodemailer';
import type { ApiHarness } from './harness';
import { TEST_LINK_SECRET } from './mails';

const noMail = { sendMail: () => Promise.reject(new Error('texts only')) } as unknown as Transporter;

/** Delivers the pending texts of an appointment (those due now) as the scheduler would, into a catcher (or `provider`); returns those caught. */
export async function deliverTexts(h: ApiHarness, appointmentId: string, provider?: SmsProvider): Promise<CaughtSms[]> {
  const catcher = createSmsCatcher();
  const deps: DeliverDeps = {
    knex: h.knex,
    transport: noMail,
    publicUrl: h.url,
    linkSecret: TEST_LINK_SECRET,
    from: 'unused',
    now: () => h.clock.now,
    sms: { provider: provider ?? catcher, from: 'Rantevou', joinGraceMinutes: 30 },
  };
  const rows = await h.knex('notifications').where({ appointment_id: appointmentId, status: 'pending', channel: 'sms' }).where('send_after', '<=', h.clock.now).orderBy('send_after').select('id');
  for (const r of rows) await deliverNotification(deps, r.id);
  return catcher.messages().reverse();
}

/** The short-link path (/s/CODE) in a text, or undefined. */
export const shortPathIn = (text: string): string | undefined => /\/s\/[0-9A-Za-z]{10}\b/.exec(text)?.[0];
