import type Router from '@koa/router';
import type { OfficeRow } from '@muni/db';
import type { AppDeps } from '../../deps';
import { audit } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentOffice } from './present';
import { adminIdParams, officeSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality, adminNotFound } from './scope';
import { requester } from '../../lib/requester';

const notFound = () => adminNotFound('το γραφείο', 'The office');

export function officeRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/offices`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const rows = await deps.knex<OfficeRow>('offices').where({ municipality_id: municipalityId }).orderBy('name');
    ctx.body = rows.map(presentOffice);
  });

  router.post(`${ADMIN_BASE}/offices`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, officeSchema);
    const row = await deps.knex.transaction(async (trx) => {
      const [row] = await trx<OfficeRow>('offices').insert({ municipality_id: municipalityId, ...input }).returning('*');
      await audit(trx, requester(ctx), 'admin_create_office', {}, { kind: 'office', id: row!.id, municipalityId });
      return row!;
    });
    ctx.status = 201;
    ctx.body = presentOffice(row);
  });

  router.put(`${ADMIN_BASE}/offices/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, officeSchema.partial());
    const row = await deps.knex.transaction(async (trx) => {
      const q = trx<OfficeRow>('offices').where({ id, municipality_id: municipalityId });
      const [row] = Object.keys(input).length ? await q.update(input).returning('*') : [await q.first()];
      if (!row) throw notFound();
      await audit(trx, requester(ctx), 'admin_update_office', { fields: Object.keys(input) }, { kind: 'office', id, municipalityId });
      return row;
    });
    ctx.body = presentOffice(row);
  });

  /** Employees of a deleted office keep working, with no office (the foreign key sets it to null). */
  router.delete(`${ADMIN_BASE}/offices/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deps.knex.transaction(async (trx) => {
      const n = await trx('offices').where({ id, municipality_id: municipalityId }).delete();
      if (!n) throw notFound();
      await audit(trx, requester(ctx), 'admin_delete_office', {}, { kind: 'office', id, municipalityId });
    });
    ctx.status = 204;
  });
}
