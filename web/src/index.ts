// @muni/web is an app, not a library; this entry only shares its API types
// (e.g. with browser tests).
export type * from './api/types';
