export { createApp, type AppDeps } from './app';
export { loadConfig, REPO_ROOT, type Config } from './config';
export { createLogger } from './logger';
export { HttpError } from './lib/httpError';
