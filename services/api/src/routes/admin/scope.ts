import type { Context } from 'koa';
import type { Actor } from '@muni/appointments';
import { requireMunicipalAdmin, requireStaff } from '@muni/appointments';

/** Every admin path lives under this base and acts on the caller's own municipality. */
export const ADMIN_BASE = '/api/v1/admin/municipality';
export const PLATFORM_BASE = '/api/v1/platform';

/**
 * The municipality the caller administers: always the one they act for, never
 * an id from the URL, so another tenant cannot even be named.
 */
export function adminMunicipality(ctx: Context): string {
  const actor = ctx.state.actor as Actor;
  requireStaff(actor);
  requireMunicipalAdmin(actor, actor.municipalityId);
  return actor.municipalityId;
}
