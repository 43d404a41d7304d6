import type Router from '@koa/router';
import type { TopicRow } from '@muni/db';
import type { AppDeps } from '../../deps';
import { saveTopic, topicEmployeeIds } from '@muni/appointments';
import { audit } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { body, parse } from '../../middlewares/validate';
import { presentTopic } from './present';
import { adminIdParams, topicSchema, topicUpdateSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality, adminNotFound } from './scope';
import { requester } from '../../lib/requester';

const notFound = () => adminNotFound('η υπηρεσία', 'The topic');

export function topicRoutes(router: Router, deps: AppDeps) {
  /** All topics, inactive ones included, each with the employees who handle it. */
  router.get(`${ADMIN_BASE}/topics`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const rows = await deps.knex<TopicRow>('topics').where({ municipality_id: municipalityId }).orderBy('name_el');
    const links = await deps.knex('employee_topics').whereIn('topic_id', rows.map((t) => t.id)).select('topic_id', 'employee_id');
    ctx.body = rows.map((t) => presentTopic(t, links.filter((l) => l.topic_id === t.id).map((l) => l.employee_id)));
  });

  router.get(`${ADMIN_BASE}/topics/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const row = await deps.knex<TopicRow>('topics').where({ id, municipality_id: municipalityId }).first();
    if (!row) throw notFound();
    ctx.body = presentTopic(row, await topicEmployeeIds(deps.knex, id));
  });

  router.post(`${ADMIN_BASE}/topics`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, topicSchema);
    const { topic, employeeIds } = await saveTopic(deps, requester(ctx), municipalityId, null, input);
    ctx.status = 201;
    ctx.body = presentTopic(topic, employeeIds);
  });

  /** Send any subset; `employeeIds`, when sent, replaces the list of employees who handle the topic. */
  router.put(`${ADMIN_BASE}/topics/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, topicUpdateSchema);
    const { topic, employeeIds } = await saveTopic(deps, requester(ctx), municipalityId, id, input);
    ctx.body = presentTopic(topic, employeeIds);
  });

  /** Only a topic never booked can be deleted; otherwise it is deactivated (history keeps pointing at it). */
  router.delete(`${ADMIN_BASE}/topics/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deps.knex.transaction(async (trx) => {
      const topic = await trx('topics').where({ id, municipality_id: municipalityId }).forUpdate().first('id');
      if (!topic) throw notFound();
      const used = Number((await trx('appointments').where({ topic_id: id }).count<{ n: string }[]>('* as n').first())?.n ?? 0);
      if (used > 0) {
        throw new HttpError(409, 'topic_in_use', `Η υπηρεσία έχει ${used} ραντεβού στο ιστορικό. Απενεργοποιήστε την αντί να τη διαγράψετε.`, `The topic has ${used} appointments on record. Deactivate it instead of deleting it.`, { count: used });
      }
      await trx('topics').where({ id }).delete();
      await audit(trx, requester(ctx), 'admin_delete_topic', {}, { kind: 'topic', id, municipalityId });
    });
    ctx.status = 204;
  });
}
