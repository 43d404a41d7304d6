export { createApp } from './app';
export type { AppDeps } from './deps';
export { createLogger } from './logger';
export { HttpError } from './lib/httpError';
