export { cachedProbe, httpUrlOf, probeLivekit, type ProbeResult, type VideoDownReason, type VideoHealth } from './health';
export { opaqueId } from './ids';
export {
  DEV_API_KEY,
  DEV_API_SECRET,
  findFreePorts,
  type LivekitServerOptions,
  livekitBinaryPath,
  type RunningLivekit,
  startLivekitServer,
} from './launcher';
export { isVideoRole, type ParticipantState, permissionFor, publishSourcesFor, type RolePermission, VIDEO_ROLES, type VideoRole } from './permissions';
export type { ParticipantSummary, RoomOptions } from './rooms';
export { createVideoService, type VideoService, type VideoServiceConfig } from './service';
export type { TokenRequest } from './tokens';
export { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart, type SupervisedLivekit, superviseLivekit, type SupervisorOptions, type SupervisorState } from './supervisor';
export type { WebhookEvent } from './webhooks';
