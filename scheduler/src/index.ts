/** @muni/scheduler: delivers the notifications outbox by e-mail and by text (SMS); dev mail and SMS catchers. */
export { retryDelayMs } from './backoff';
export { type ClaimDeps, type ClaimedNotification, claimDue, releaseClaims, renewClaims } from './claim';
export { composeMessage, type OutgoingMail } from './compose';
export { type DeliverDeps, deliverClaimed, deliverNextDue, deliverNotification } from './deliver';
export { type DispatchCounts, type DispatchOptions, dispatchDueNotifications } from './dispatch';
export { DISPATCH_JOB } from './jobs/dispatchDueNotifications';
export { PURGE_HOLDS_JOB, purgeExpiredHolds } from './jobs/purgeExpiredHolds';
export {
  type MailCatcher,
  type MailCatcherOptions,
  mailCatcherMiddleware,
  type ParsedAttachment,
  type ParsedMessage,
  startMailCatcher,
} from './mailCatcher';
export { calendarUidOf, joinUrlOf, manageUrlOf, messageIdOf, skipReason, staleVersionReason } from './mailProps';
export type { DeliveryOutcome, NotificationKind, NotificationRow, NotificationStatus, RecipientRole } from './notificationRow';
export { NOTIFICATION_KINDS } from './notificationRow';
export { createTransport, type TransportOptions } from './transport';
export { type CaughtSms, createSmsCatcher, type SmsCatcher, smsCatcherMiddleware } from './sms/catcher';
export { type SmsDelivery, SMS_OFF } from './sms/deliverSms';
export { createHttpGateway, DEFAULT_BODY_TEMPLATES, type HttpGatewayOptions } from './sms/httpGateway';
export { type OutgoingSms, type SmsProvider, SmsSendError } from './sms/provider';
export { type Scheduler, type SchedulerOptions, startScheduler } from './worker';
export type { MaintenanceTask } from './jobs/maintenance';
export { smsDeliveryFromConfig } from './sms/fromConfig';
