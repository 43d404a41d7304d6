import { PARTICIPANT_ROLES } from '@muni/domain';
import { z } from 'zod';
import { instant, interpretation, localizedText, mode } from './responses';

// Answers of the video API (routes/video/video.ts), as the call commands of
// @muni/appointments build them (call/join.ts, moderation.ts, identityCheck.ts,
// audioOnly.ts, callDeps.ts presentState). The web's call types are generated
// from these (web/src/call/types.ts names them); answers.test.ts checks real answers.

export const callRole = z.enum(PARTICIPANT_ROLES).meta({ id: 'CallRole' });

export const videoDownReason = z
  .enum(['not_configured', 'restarting', 'unreachable'])
  .meta({ id: 'VideoDownReason', description: 'not_configured: no LiveKit here; restarting: the local LiveKit stopped and is being started again; unreachable: LiveKit does not answer.' });

export const videoStatus = z
  .discriminatedUnion('status', [z.object({ status: z.literal('up') }), z.object({ status: z.literal('down'), reason: videoDownReason })])
  .meta({ id: 'VideoStatus', description: 'Whether the service\'s video server works right now (checked at most every few seconds).' });

export const identityCheckStatus = z.enum(['not_started', 'running', 'verified', 'failed', 'aborted', 'ended']).meta({
  id: 'IdentityCheckStatus',
  description:
    'The identity check as the caller may know it. Its result (verified, failed, aborted) is told only to those who take part in the check: the employee, the citizen, and the interpreter of an interpreted citizen; everyone else reads ended.',
});

export const callState = z
  .object({
    admitted: z.boolean().meta({ description: 'Whether the caller is let in (the employee always is; a guest once admitted).' }),
    audioOnly: z.boolean(),
    identityCheck: identityCheckStatus,
    keepVideoRoles: z.array(callRole).meta({ description: 'Roles whose camera stays on while audioOnly is true.' }),
  })
  .meta({ id: 'CallState', description: 'The call\'s state as the caller sees it. The room metadata carries the same for everyone, with the identity check\'s phase only (not_started, running, ended).' });

export const joinWindow = z
  .object({ status: z.enum(['early', 'open', 'ended']), opensAt: instant, closesAt: instant })
  .meta({ id: 'JoinWindow', description: 'The link works from opensAt (before the start) until closesAt (the end plus a grace period).' });

export const callAppointment = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    start: instant,
    end: instant,
    mode,
    municipality: localizedText,
    topic: localizedText,
    timeZone: z.string(),
    interpretation: interpretation.nullable(),
  })
  .meta({ id: 'CallAppointment', description: 'What a join page shows about the appointment (always a video one): no personal data beyond the caller\'s own name.' });

export const joinInfo = z
  .object({
    role: callRole,
    participantName: z.string(),
    language: z.enum(['el', 'en']).meta({ description: "The language of this person's e-mails (the appointment's for the person served and their guest, Greek for staff and interpreters): the page opens in it unless the browser chose one." }),
    appointment: callAppointment,
    window: joinWindow,
    state: callState,
    videoAvailable: z.boolean().meta({ description: 'False while video does not work here (POST then answers 503 video_unavailable): the page waits and tries again by itself.' }),
    videoUnavailableReason: videoDownReason.nullable().meta({ description: 'Why video does not work now; null while it does.' }),
    employeeBusy: z.boolean().meta({
      description: "A guest's link while the call is open: the employee who runs it is still in the video call of another appointment (their previous one). Always false on the employee's own link.",
    }),
  })
  .meta({ id: 'JoinInfo' });

export const joinGrant = z
  .object({
    serverUrl: z.string().meta({ description: 'LiveKit\'s URL for browsers.' }),
    roomName: z.string(),
    participantName: z.string(),
    participantIdentity: z.string(),
    participantToken: z.string().meta({ description: 'A short-lived LiveKit token with the least grants of the role.' }),
    role: callRole,
    appointment: callAppointment,
    window: joinWindow,
    state: callState,
  })
  .meta({ id: 'JoinGrant' });

export const callParticipant = z
  .object({
    identity: z.string(),
    role: callRole,
    displayName: z.string(),
    connected: z.boolean(),
    admitted: z.boolean(),
    waiting: z.boolean().meta({ description: 'Connected but not admitted: in the waiting room.' }),
    joinedAt: instant.nullable(),
  })
  .meta({ id: 'CallParticipant' });

export const callAttendance = z
  .object({
    identity: z.string(),
    role: callRole.nullable().meta({ description: 'Null when LiveKit reported someone without a known role.' }),
    displayName: z.string().nullable(),
    joinedAt: instant,
    leftAt: instant.nullable(),
  })
  .meta({ id: 'CallAttendance', description: 'One connection, from LiveKit\'s webhooks.' });

export const callParticipants = z
  .object({ participants: z.array(callParticipant), attendance: z.array(callAttendance), state: callState })
  .meta({ id: 'CallParticipants' });

// The employee cannot be admitted or removed: only guests are.
const guestRole = z.enum(PARTICIPANT_ROLES).exclude(['employee']);

export const participantAdmitted = z
  .object({ identity: z.string(), role: guestRole, admitted: z.literal(true), connected: z.boolean().meta({ description: 'False: admitted before connecting, they will join admitted.' }) })
  .meta({ id: 'ParticipantAdmitted' });

export const participantRemoved = z
  .object({ identity: z.string(), role: guestRole, admitted: z.literal(false), connected: z.literal(false) })
  .meta({ id: 'ParticipantRemoved' });

export const callStateAnswer = z.object({ state: callState }).meta({ id: 'CallStateAnswer' });

export const identityCheckStarted = z
  .object({
    state: callState,
    representationToProve: z.boolean().meta({ description: 'Booked on behalf of a business (link declared): the checklist includes the proof of representation.' }),
  })
  .meta({ id: 'IdentityCheckStarted' });

export const identityCheckRecorded = z
  .object({ id: z.uuid(), outcome: z.enum(['verified', 'failed', 'aborted_poor_quality', 'representation_not_proven']), recordedAt: instant, state: callState })
  .meta({ id: 'IdentityCheckRecorded' });

export const webhookReceipt = z.object({ ok: z.literal(true), outcome: z.enum(['recorded', 'ignored']) }).meta({ id: 'WebhookReceipt' });
