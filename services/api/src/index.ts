export { createApp, watchDatabaseLogged } from './app';
export { closeServer } from './lib/closeServer';
export type { AppDeps } from './deps';
export { createLogger } from './logger';
export { HttpError } from './lib/httpError';
