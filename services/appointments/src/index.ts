/**
 * @muni/appointments: the application. One command per use case; each does
 * all of its effects (writes, outbox, audit, room closing). Knows no HTTP:
 * refusals are typed `AppError`s that the API maps to status codes.
 */
export * from './actor';
export * from './audit';
export * from './config';
export * from './productionChecks';
export * from './deps';
export * from './errors';
export * from './policies';
export * from './pgErrors';
export * from './jobs';
export * from './booking/freeSlots';
export * from './booking/outbox';
export * from './commands/adminAbsences';
export * from './commands/adminClosures';
export * from './commands/adminEmployees';
export * from './commands/adminInterpreters';
export * from './commands/adminOffices';
export * from './commands/adminPlatform';
export * from './commands/adminSettings';
export * from './commands/adminTopics';
export * from './commands/bookAppointment';
export * from './commands/changeAppointment';
export * from './commands/holdSlot';
export * from './commands/hoursWithin';
export * from './commands/purgePersonalData';
export * from './call/attendance';
export * from './call/audioOnly';
export * from './call/callDeps';
export * from './call/closeRoom';
export * from './call/disconnect';
export * from './call/grants';
export * from './call/holder';
export * from './call/identityCheck';
export * from './call/join';
export * from './call/links';
export * from './call/moderation';
export * from './call/takeOver';
export * from './call/videoHealth';
export * from './commands/staffEmails';
export * from './queries/admin';
export * from './queries/appointmentGraph';
export * from './queries/appointments';
export * from './queries/catalogue';
export * from './queries/consoleOptions';
export * from './booking/context';
export * from './booking/joinLinks';
export { employeeDeactivated, employeeOnly, linkTakenOver, notAVideoCall, notInCall, notYourCall, unknownLink, videoUnavailable } from './call/errors';
export * from './video';
export * from './commands/createPlatformAdmin';
export * from './commands/pickMunicipality';
export * from './commands/signIn';
export * from './commands/signOut';
export * from './queries/session';
export * from './logger';
