export { createApp, type AppDeps } from './app';
export { loadConfig, REPO_ROOT, type Config } from './config';
export { createLogger } from './logger';
export { HttpError } from './lib/httpError';
export { markNoShows, recordAttendance } from './video/attendance';
export { closeEndedRooms, closeRoomFor } from './video/closeRoom';
export { purgePersonalData } from './commands/purgePersonalData';
