import { hashToken, joinPath, joinToken, managePath, manageToken, SHORT_CODE } from '@muni/domain';
import type { ShortLinkRow } from '@muni/db';
import type { CommandDeps } from '../deps';
import { notFound } from '../errors';

/** One answer for an unknown, mistyped, expired or replaced link: a short link tells nothing about which it was. */
export const shortLinkUnknown = () =>
  notFound(
    'short_link_unknown',
    'Ο σύνδεσμος δεν ισχύει: έληξε, το ραντεβού άλλαξε ή δεν γράφτηκε σωστά. Χρησιμοποιήστε τον σύνδεσμο του πιο πρόσφατου SMS ή e-mail.',
    'This link is not valid: it has expired, the appointment has changed, or it was mistyped. Use the link in the latest text or e-mail.',
  );

/**
 * Where a short link from a text leads (see the scheduler's sms/deliverSms.ts):
 * the path of its recipient's own join or manage link, for the appointment
 * version it was made for, while that version is current and the link has
 * not expired; a manage link also once the appointment is over (an outcome's
 * text leads there). Anything else is unknown (404), with nothing said about why.
 */
export async function resolveShortLink(deps: Pick<CommandDeps, 'knex' | 'now' | 'linkSecret'>, code: string): Promise<string> {
  if (!SHORT_CODE.test(code)) throw shortLinkUnknown();
  const link: (ShortLinkRow & { version: number; status: string }) | undefined = await deps.knex('short_links as s')
    .join('appointments as a', 'a.id', 's.appointment_id')
    .where('s.code_hash', hashToken(code))
    .first('s.*', 'a.version', 'a.status');
  const open = link && (link.status === 'booked' || (link.target === 'manage' && (link.status === 'completed' || link.status === 'no_show')));
  const current = open && link.appointment_version === link.version && link.expires_at > deps.now();
  if (!link || !current) throw shortLinkUnknown();
  return link.target === 'join'
    ? joinPath(joinToken(deps.linkSecret, link.appointment_id, link.role, link.appointment_version))
    : managePath(manageToken(deps.linkSecret, link.appointment_id, link.appointment_version));
}
