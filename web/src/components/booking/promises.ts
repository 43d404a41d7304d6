// What the booking pages promise about interpreting and the third person. The
// interpreting rule is the domain's (interpretingFor), the very one the API
// checks bookings with; the third person's invitation follows the
// municipality's setting, so the page never promises an e-mail it will not send.
import { interpretingFor, type InterpretingWay } from '@muni/domain/interpreting';
import type { Mode, Municipality } from '../../api/types';

export { interpretingFor, type InterpretingWay };

/** i18n key of the hint under the wizard's interpreting choice; null: not offered (the page explains instead). */
export function interpretingHintKey(mode: Mode): string | null {
  switch (interpretingFor(mode)) {
    case 'in_call':
      return 'wizard.requirements.interpretationHintInCall';
    case 'remote_video_link':
      return 'wizard.requirements.interpretationHintCounter';
    case 'not_offered':
      return null;
  }
}

/** i18n key of the desk form's hint under its interpreting choice (no mode yet: the general one). */
export function deskInterpretingHintKey(mode: Mode | null): string {
  const way = mode ? interpretingFor(mode) : 'in_call';
  if (way === 'remote_video_link') return 'console.book.interpretationCounter';
  if (way === 'not_offered') return 'console.book.interpretationPhone';
  return 'console.book.interpretationHint';
}

/** i18n key of how the third person gets their link: e-mailed at booking, or sent later by the employee from the console. */
export function thirdPersonInviteKey(m: Pick<Municipality, 'thirdPersonInviteOnBooking'>): string {
  return m.thirdPersonInviteOnBooking ? 'wizard.requirements.thirdPersonHintOnBooking' : 'wizard.requirements.thirdPersonHintFromStaff';
}
