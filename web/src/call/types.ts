// Shapes of the video call API (services/api/src/routes/video/README.md).
import type { LocalizedText } from '../api/types';

export type CallRole = 'citizen' | 'employee' | 'interpreter' | 'third_person';
export type IdentityCheckStatus = 'not_started' | 'running' | 'verified' | 'failed' | 'aborted';
export type IdentityOutcome = 'verified' | 'failed' | 'aborted_poor_quality';
export type DocumentType = 'id_card' | 'passport' | 'residence_permit' | 'driving_licence';

export interface CallState {
  admitted: boolean;
  audioOnly: boolean;
  identityCheck: IdentityCheckStatus;
  keepVideoRoles: CallRole[];
}

export interface JoinWindow {
  status: 'early' | 'open' | 'ended';
  opensAt: string;
  closesAt: string;
}

export interface CallAppointment {
  id: string;
  reference: string;
  start: string;
  end: string;
  mode: string;
  municipality: LocalizedText;
  topic: LocalizedText;
  timeZone: string;
  interpretation: string | null;
}

/** GET /api/v1/join/:token */
export interface JoinInfo {
  role: CallRole;
  participantName: string;
  appointment: CallAppointment;
  window: JoinWindow;
  state: CallState;
  videoAvailable: boolean;
}

/** POST /api/v1/join/:token */
export interface JoinGrant {
  serverUrl: string;
  roomName: string;
  participantName: string;
  participantIdentity: string;
  participantToken: string;
  role: CallRole;
  appointment: CallAppointment;
  window: JoinWindow;
  state: CallState;
}

export interface CallParticipant {
  identity: string;
  role: CallRole;
  displayName: string;
  connected: boolean;
  admitted: boolean;
  waiting: boolean;
  joinedAt: string | null;
}

export interface ParticipantsList {
  participants: CallParticipant[];
  attendance: { identity: string; role: string | null; displayName: string | null; joinedAt: string; leftAt: string | null }[];
  state: CallState;
}

export interface IdentityResultInput {
  documentType: DocumentType;
  checklist: { front: boolean; back: boolean; securityFeatures: boolean; faceMatch: boolean };
  outcome: IdentityOutcome;
  reason?: string;
}

/** GET /api/v1/appointments/:id/join-link */
export interface JoinLink {
  role: 'citizen' | 'employee';
  path: string;
  url: string;
}

/** What the person chose in the device check. */
export interface DeviceChoices {
  cameraId: string | null;
  microphoneId: string | null;
  /** false: join with sound only (no camera, camera refused, or weak network) */
  camera: boolean;
  microphone: boolean;
}
