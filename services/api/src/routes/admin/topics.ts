import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { adminTopic, adminTopics, deleteTopic, saveTopic } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentTopic } from './present';
import { adminIdParams, topicSchema, topicUpdateSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

export function topicRoutes(router: Router, deps: AppDeps) {
  /** All topics, inactive ones included, each with the employees who handle it. */
  router.get(`${ADMIN_BASE}/topics`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = (await adminTopics(deps.knex, municipalityId)).map(({ topic, employeeIds }) => presentTopic(topic, employeeIds));
  });

  router.get(`${ADMIN_BASE}/topics/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const { topic, employeeIds } = await adminTopic(deps.knex, municipalityId, id);
    ctx.body = presentTopic(topic, employeeIds);
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

  /** Only a topic never booked can be deleted; otherwise it is deactivated (409 topic_in_use). */
  router.delete(`${ADMIN_BASE}/topics/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deleteTopic(deps, requester(ctx), municipalityId, id);
    ctx.status = 204;
  });
}
