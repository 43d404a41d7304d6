import type { Context } from 'koa';
import type { Actor } from '@muni/appointments';
import { requireMunicipalAdmin, requireStaff, signInRequired } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';

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

// TODO(policies): belongs in auth/policies.ts beside the others; kept here because that file is not ours.
export function requirePlatformAdmin(actor: Actor): asserts actor is Extract<Actor, { kind: 'platform_admin' }> {
  if (actor.kind === 'anonymous') throw signInRequired();
  if (actor.kind !== 'platform_admin') {
    throw new HttpError(403, 'forbidden', 'Μόνο ο διαχειριστής της πλατφόρμας μπορεί να το κάνει.', 'Only the platform administrator may do this.');
  }
}

export const adminNotFound = (el: string, en: string) =>
  new HttpError(404, 'not_found', `Δεν βρέθηκε ${el} στον δήμο σας.`, `${en} was not found in your municipality.`);

export const invalidField = (field: string, code: string, el: string, en: string, extra: Record<string, unknown> = {}) =>
  new HttpError(422, code, `Πεδίο «${field}»: ${el}`, `Field "${field}": ${en}`, { field, ...extra });
