// What the clerk is told of an e-mail's state: the outbox's own, except that an
// e-mail still waiting for a cancelled appointment will never go (the outbox
// skips it when it falls due), so it is shown as "will not be sent" rather than
// "waiting". The cancellation notice itself is the one that still goes.
import type { EmailEntry, EmailStatus } from './appointmentLog';

export type ShownEmailStatus = EmailStatus | 'wont_send';

export function shownEmailStatus(m: Pick<EmailEntry, 'kind' | 'status'>, appointmentStatus: string): ShownEmailStatus {
  return appointmentStatus === 'cancelled' && m.status === 'pending' && m.kind !== 'cancelled' ? 'wont_send' : m.status;
}
