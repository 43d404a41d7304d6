export { isValidAfm } from '@muni/domain';
export { createGsisClient, type GsisClient, type GsisClientConfig, type GsisLoginStart } from './gsisClient';
export { GsisError, type GsisErrorCode } from './gsisError';
export { type GsisAudience, GSIS_PATHS, type GsisPathSet } from './gsisPaths';
export type { StandInClient } from './standIn/authorizeRequest';
export { DEMO_CITIZENS, DEMO_EMPLOYEES, type DemoPerson } from './standIn/demoPeople';
export { createGsisStandIn, createGsisStandInMiddleware, type GsisStandInOptions } from './standIn/gsisStandIn';
export type { GsisUser } from './userinfoXml';
