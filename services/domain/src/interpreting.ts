import type { Mode } from './modes';
import type { ParticipantRole } from './joinLinks';

/**
 * How a Greek Sign Language or lip-reading interpreter takes part, per mode:
 * - `in_call`: a video appointment; the interpreter is a participant of the call.
 * - `remote_video_link`: in person; the interpreter joins remotely by video
 *   link, on the counter's screen that the employee opens from the console.
 * - `not_offered`: by phone (nothing to see); a video appointment offers it.
 * The API's booking check, the wizard, the desk form and the manual all follow this.
 */
export type InterpretingWay = 'in_call' | 'remote_video_link' | 'not_offered';

const WAYS: Record<Mode, InterpretingWay> = {
  video: 'in_call',
  in_person: 'remote_video_link',
  phone: 'not_offered',
};

export function interpretingFor(mode: Mode): InterpretingWay {
  return WAYS[mode];
}

export const interpretingOffered = (mode: Mode): boolean => interpretingFor(mode) !== 'not_offered';

const EVERYONE: readonly ParticipantRole[] = ['citizen', 'employee', 'interpreter', 'third_person'];
// The citizen is at the counter, beside the employee's screen: only the employee and the interpreter connect.
const AT_THE_COUNTER: readonly ParticipantRole[] = ['employee', 'interpreter'];

/**
 * Who gets a join link (and so a room): everyone of a video appointment (those
 * the appointment names); the employee and the interpreter of an in-person
 * appointment with interpreting; nobody otherwise.
 */
export function callRoles(appt: { mode: Mode; interpretation: string | null }): readonly ParticipantRole[] {
  if (appt.mode === 'video') return EVERYONE;
  if (appt.interpretation && interpretingFor(appt.mode) === 'remote_video_link') return AT_THE_COUNTER;
  return [];
}

/** Whether the appointment has a video call at all (a room, links, the console's "open the call"). */
export const hasVideoCall = (appt: { mode: Mode; interpretation: string | null }): boolean => callRoles(appt).length > 0;
