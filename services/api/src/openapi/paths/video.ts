import type { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { audioOnlyBody, identityBody, identityCheckResultBody, tokenParams } from '../../routes/video/schema';
import { anyObject, get, post } from '../common';
import { callParticipants, callStateAnswer, identityCheckRecorded, identityCheckStarted, joinGrant, joinInfo, participantAdmitted, participantRemoved, videoStatus, webhookReceipt } from '../videoResponses';

// Video calls: the join link's token in the path is the credential.

const tags = ['video'];
const l = 'join_link' as const;
const answer = (what: string, schema: z.ZodType) => ({ 200: { description: what, schema } });
const linkErrors = [404, 409, 410, 429, 503];

export const videoPaths: ZodOpenApiPathsObject = {
  '/api/v1/join/{token}': {
    get: get({ summary: 'What a join link opens: appointment, role, whether the call window is open', tags, access: l, path: tokenParams, ok: answer('The join page\'s facts.', joinInfo), errors: [404, 410, 429] }),
    post: post({ summary: 'Join the call: LiveKit server URL, room and a short-lived token for this role', tags, access: l, path: tokenParams, ok: answer('Connection details.', joinGrant), errors: linkErrors }),
  },
  '/api/v1/calls/{token}/participants': {
    get: get({ summary: 'Who is in the call and who waits in the lobby (employee link)', tags, access: l, path: tokenParams, ok: answer('Participants, attendance and the call state.', callParticipants), errors: linkErrors }),
  },
  '/api/v1/calls/{token}/state': {
    get: get({
      summary: 'The call\'s state as this link\'s holder may know it (any role\'s link)',
      description: 'The room metadata says only that the identity check ended; the employee, the citizen and the interpreter of an interpreted citizen ask here how. Everyone else reads ended.',
      tags,
      access: l,
      path: tokenParams,
      ok: answer('The call state.', callStateAnswer),
      errors: [403, 404, 410, 425, 429],
    }),
  },
  '/api/v1/calls/{token}/admit': {
    post: post({ summary: 'Admit a participant from the waiting room (employee link)', tags, access: l, path: tokenParams, body: identityBody, ok: answer('Admitted.', participantAdmitted), errors: linkErrors }),
  },
  '/api/v1/calls/{token}/remove': {
    post: post({ summary: 'Remove a participant from the call (employee link)', tags, access: l, path: tokenParams, body: identityBody, ok: answer('Removed; they wait again if they rejoin.', participantRemoved), errors: linkErrors }),
  },
  '/api/v1/calls/{token}/identity-check/start': {
    post: post({ summary: 'Start the identity-document step (employee link)', tags, access: l, path: tokenParams, ok: answer('Started: the new state, and whether the proof of representation is checked too.', identityCheckStarted), errors: linkErrors }),
  },
  '/api/v1/calls/{token}/identity-check/result': {
    post: post({ summary: 'Record the identity check\'s checklist and outcome (no images are stored)', tags, access: l, path: tokenParams, body: identityCheckResultBody, ok: { 201: { description: 'Recorded.', schema: identityCheckRecorded } }, errors: linkErrors }),
  },
  '/api/v1/calls/{token}/audio-only': {
    post: post({ summary: 'Switch to audio only (or back), enforced server-side; allowed after the identity check', tags, access: l, path: tokenParams, body: audioOnlyBody, ok: answer('The new state.', callStateAnswer), errors: linkErrors }),
  },
  '/api/v1/video/status': {
    get: get({ summary: 'Whether the service\'s video server works now', description: 'The call page asks while its own connection is down, to tell "the service\'s video server is unreachable" from "your connection is poor".', tags, access: 'anyone', ok: answer('Up, or down with why.', videoStatus) }),
  },
  '/api/v1/video/webhook': {
    // The body is LiveKit's webhook event, read raw and verified against the signature.
    post: post({ summary: 'LiveKit webhook events (attendance)', tags, access: 'webhook', body: anyObject, ok: answer('Whether the event changed the attendance record.', webhookReceipt), errors: [401, 503] }),
  },
};
