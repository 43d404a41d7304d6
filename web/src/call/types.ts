// The web's names for the video call API's answers (services/api/src/routes/video).
// Each is taken from schema.gen.ts, generated from the server's OpenAPI
// document (`npm run api:types`), so a change on the server that the call
// pages do not follow fails the type check.
import type { components, paths } from '../api/schema.gen';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type CallRole = Schemas['CallRole'];
export type IdentityCheckStatus = Schemas['IdentityCheckStatus'];
export type CallState = Schemas['CallState'];
export type JoinWindow = Schemas['JoinWindow'];
export type CallAppointment = Schemas['CallAppointment'];

/** GET /api/v1/join/:token */
export type JoinInfo = Schemas['JoinInfo'];
/** POST /api/v1/join/:token */
export type JoinGrant = Schemas['JoinGrant'];
/** GET /api/v1/video/status */
export type VideoStatus = Schemas['VideoStatus'];

export type CallParticipant = Schemas['CallParticipant'];
/** GET /api/v1/calls/:token/participants */
export type ParticipantsList = Schemas['CallParticipants'];
/** POST /api/v1/calls/:token/admit */
export type ParticipantAdmitted = Schemas['ParticipantAdmitted'];
/** POST /api/v1/calls/:token/remove */
export type ParticipantRemoved = Schemas['ParticipantRemoved'];
/** POST /api/v1/calls/:token/identity-check/start and /audio-only */
export type CallStateAnswer = Schemas['CallStateAnswer'];
/** POST /api/v1/calls/:token/identity-check/result */
export type IdentityCheckRecorded = Schemas['IdentityCheckRecorded'];

/** What POST /api/v1/calls/:token/identity-check/result accepts. */
export type IdentityResultInput = JsonBody<paths['/api/v1/calls/{token}/identity-check/result']['post']['requestBody']>;
export type DocumentType = IdentityResultInput['documentType'];
export type IdentityOutcome = IdentityResultInput['outcome'];

/** GET /api/v1/appointments/:id/join-link */
export type JoinLink = Schemas['JoinLink'];
/** POST /api/v1/appointments/:id/take-over-call */
export type TakenOverLink = Schemas['TakenOverLink'];

/**
 * What the person chose in the device check. A client-side notion (the
 * browser's devices), not a shape the API sends, so it is written here.
 */
export interface DeviceChoices {
  cameraId: string | null;
  microphoneId: string | null;
  /** false: join with sound only (no camera, camera refused, or weak network) */
  camera: boolean;
  microphone: boolean;
}
