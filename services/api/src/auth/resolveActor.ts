import type { Knex } from 'knex';
import type { Context, Next } from 'koa';
import type { Actor } from '@muni/appointments';
import type { SessionRow } from './sessions';

/** Reads who the session belongs to into ctx.state.actor. */
export function resolveActor(knex: Knex) {
  return async (ctx: Context, next: Next) => {
    ctx.state.actor = await actorFor(knex, ctx.state.session as SessionRow | null);
    await next();
  };
}

async function actorFor(knex: Knex, session: SessionRow | null): Promise<Actor> {
  if (!session) return { kind: 'anonymous' };
  if (session.kind === 'citizen' && session.user_id) {
    const user = await knex('users').where({ id: session.user_id }).first('id', 'tax_id', 'kind', 'platform_admin');
    if (!user) return { kind: 'anonymous' };
    if (user.platform_admin && session.data.asPlatformAdmin) return { kind: 'platform_admin', userId: user.id, taxId: user.tax_id };
    return { kind: 'citizen', userId: user.id, taxId: user.tax_id, isCompany: user.kind === 'company' };
  }
  if (session.kind === 'employee' && session.employee_tax_id) {
    const employee = session.active_municipality_id
      ? await knex('employees').where({ tax_id: session.employee_tax_id, municipality_id: session.active_municipality_id, active: true }).first('id', 'is_admin')
      : null;
    return {
      kind: 'employee',
      taxId: session.employee_tax_id,
      employeeId: employee?.id ?? null,
      municipalityId: employee ? session.active_municipality_id : null,
      isAdmin: Boolean(employee?.is_admin),
    };
  }
  return { kind: 'anonymous' };
}
