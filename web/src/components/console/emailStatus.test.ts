import { describe, expect, it } from 'vitest';
import { shownEmailStatus } from './emailStatus';

describe("an e-mail's state as the clerk sees it", () => {
  it('a reminder still waiting when the appointment is cancelled will not be sent', () => {
    expect(shownEmailStatus({ kind: 'reminder', status: 'pending' }, 'cancelled')).toBe('wont_send');
    expect(shownEmailStatus({ kind: 'documents', status: 'pending' }, 'cancelled')).toBe('wont_send');
  });

  it('the cancellation notice itself still goes, and what already went or failed stays as it was', () => {
    expect(shownEmailStatus({ kind: 'cancelled', status: 'pending' }, 'cancelled')).toBe('pending');
    expect(shownEmailStatus({ kind: 'reminder', status: 'sent' }, 'cancelled')).toBe('sent');
    expect(shownEmailStatus({ kind: 'confirmation', status: 'failed' }, 'cancelled')).toBe('failed');
  });

  it('a booked appointment\'s reminders are simply waiting', () => {
    expect(shownEmailStatus({ kind: 'reminder', status: 'pending' }, 'booked')).toBe('pending');
  });
});
