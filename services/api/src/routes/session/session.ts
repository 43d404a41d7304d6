import Router from '@koa/router';
import type { AppDeps } from '../../deps';
import type { Actor } from '@muni/appointments';
import { requireEmployee, requireSignedIn } from '@muni/appointments';
import type { SessionRow, Sessions } from '../../auth/sessions';
import { audit } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { body } from '../../middlewares/validate';
import { pickMunicipality } from './schema';
import { requester } from '../../lib/requester';


/** The caller's session: who they are and the CSRF token for writes. Anyone may call it. */
export function sessionRoutes(deps: AppDeps, sessions: Sessions) {
  const router = new Router({ prefix: '/api/v1/session' });

  router.get('/', async (ctx) => {
    let session = ctx.state.session as SessionRow | null;
    if (!session) session = await sessions.create(ctx, { kind: 'anonymous' });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { csrfToken: session.csrf_token, user: await describeUser(deps, session, ctx.state.actor as Actor) };
  });

  router.post('/municipality', async (ctx) => {
    requireEmployee(ctx.state.actor);
    const session = ctx.state.session as SessionRow;
    const { municipalityId } = body(ctx, pickMunicipality);
    const member = await deps.knex('employees').where({ tax_id: session.employee_tax_id, municipality_id: municipalityId, active: true }).first('id', 'is_admin');
    if (!member) {
      throw new HttpError(403, 'not_a_member', 'Δεν είστε υπάλληλος αυτού του δήμου.', 'You are not an employee of this municipality.');
    }
    await sessions.update(session, { active_municipality_id: municipalityId });
    // The actor was resolved before the pick: the answer and the audit row must show the new one.
    ctx.state.actor = { kind: 'employee', taxId: ctx.state.actor.taxId, employeeId: member.id, municipalityId, isAdmin: Boolean(member.is_admin) } satisfies Actor;
    await audit(deps.knex, requester(ctx), 'pick_municipality', {}, { kind: 'municipality', id: municipalityId, municipalityId });
    ctx.body = { user: await describeUser(deps, session, ctx.state.actor as Actor) };
  });

  router.post('/logout-everywhere', async (ctx) => {
    requireSignedIn(ctx.state.actor);
    const session = ctx.state.session as SessionRow;
    await audit(deps.knex, requester(ctx), 'sign_out_everywhere', {});
    const count = await sessions.destroyAllOf(session);
    await sessions.destroy(ctx, session);
    ctx.body = { sessionsEnded: count };
  });

  return router;
}

async function describeUser(deps: AppDeps, session: SessionRow, actor: Actor) {
  if (session.kind === 'citizen' && session.user_id) {
    const u = await deps.knex('users').where({ id: session.user_id }).first();
    if (!u) return null;
    return { kind: 'citizen', id: u.id, firstName: u.first_name, lastName: u.last_name, taxId: u.tax_id, isCompany: u.kind === 'company', email: u.email, phone: u.phone, platformAdmin: u.platform_admin };
  }
  if (session.kind === 'employee' && session.employee_tax_id) {
    const rows = await deps.knex('employees as e')
      .join('municipalities as m', 'm.id', 'e.municipality_id')
      .where({ 'e.tax_id': session.employee_tax_id, 'e.active': true })
      .select('e.id', 'e.full_name', 'e.is_admin', 'm.id as municipality_id', 'm.name_el', 'm.name_en')
      .orderBy('m.name_el');
    return {
      kind: 'employee',
      taxId: session.employee_tax_id,
      fullName: rows[0]?.full_name ?? '',
      memberships: rows.map((r) => ({ employeeId: r.id, municipalityId: r.municipality_id, municipalityName: { el: r.name_el, en: r.name_en }, isAdmin: r.is_admin })),
      activeMunicipalityId: actor.kind === 'employee' ? actor.municipalityId : null,
    };
  }
  return null;
}
