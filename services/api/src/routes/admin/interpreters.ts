import type Router from '@koa/router';
import type { InterpreterRow } from '@muni/db';
import type { AppDeps } from '../../deps';
import { audit } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { body, parse } from '../../middlewares/validate';
import { presentInterpreter } from './present';
import { adminIdParams, interpreterCreateSchema, interpreterUpdateSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality, adminNotFound } from './scope';
import { requester } from '../../lib/requester';

const notFound = () => adminNotFound('ο διερμηνέας', 'The interpreter');

function columns(input: Partial<{ fullName: string; email: string; kinds: string[]; workingHours: unknown; timeZone: string; active: boolean }>) {
  const c: Partial<Record<keyof InterpreterRow, unknown>> = {};
  if (input.fullName !== undefined) c.full_name = input.fullName;
  if (input.email !== undefined) c.email = input.email;
  if (input.kinds !== undefined) c.kinds = input.kinds;
  if (input.workingHours !== undefined) c.working_hours = JSON.stringify(input.workingHours);
  if (input.timeZone !== undefined) c.time_zone = input.timeZone;
  if (input.active !== undefined) c.active = input.active;
  return c;
}

/** The municipality's own interpreters; the shared pool (municipality_id null) is the platform's. */
export function interpreterRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/interpreters`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const rows = await deps.knex<InterpreterRow>('interpreters').where({ municipality_id: municipalityId }).orderBy('full_name');
    ctx.body = rows.map(presentInterpreter);
  });

  router.post(`${ADMIN_BASE}/interpreters`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, interpreterCreateSchema);
    const row = await deps.knex.transaction(async (trx) => {
      const m = await trx('municipalities').where({ id: municipalityId }).first('time_zone');
      const [row] = await trx<InterpreterRow>('interpreters')
        .insert({ ...columns({ ...input, timeZone: input.timeZone ?? m.time_zone }), municipality_id: municipalityId } as never)
        .returning('*');
      await audit(trx, requester(ctx), 'admin_create_interpreter', { kinds: row!.kinds }, { kind: 'interpreter', id: row!.id, municipalityId });
      return row!;
    });
    ctx.status = 201;
    ctx.body = presentInterpreter(row);
  });

  router.put(`${ADMIN_BASE}/interpreters/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, interpreterUpdateSchema);
    const row = await deps.knex.transaction(async (trx) => {
      const q = trx<InterpreterRow>('interpreters').where({ id, municipality_id: municipalityId });
      const changes = columns(input);
      const [row] = Object.keys(changes).length ? await q.update(changes as never).returning('*') : [await q.first()];
      if (!row) throw notFound();
      await audit(trx, requester(ctx), 'admin_update_interpreter', { fields: Object.keys(input) }, { kind: 'interpreter', id, municipalityId });
      return row;
    });
    ctx.body = presentInterpreter(row);
  });

  router.delete(`${ADMIN_BASE}/interpreters/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deps.knex.transaction(async (trx) => {
      const found = await trx('interpreters').where({ id, municipality_id: municipalityId }).forUpdate().first('id');
      if (!found) throw notFound();
      const used = Number((await trx('appointments').where({ interpreter_id: id }).count<{ n: string }[]>('* as n').first())?.n ?? 0);
      if (used > 0) {
        throw new HttpError(409, 'interpreter_in_use', `Ο διερμηνέας έχει ${used} ραντεβού στο ιστορικό. Απενεργοποιήστε τον αντί να τον διαγράψετε.`, `The interpreter has ${used} appointments on record. Deactivate them instead of deleting.`, { count: used });
      }
      await trx('interpreters').where({ id }).delete();
      await audit(trx, requester(ctx), 'admin_delete_interpreter', {}, { kind: 'interpreter', id, municipalityId });
    });
    ctx.status = 204;
  });
}
