import Router from '@koa/router';
import { publicMunicipalities, publicSlots, publicTopics, requestableEmployees } from '@muni/appointments';
import type { AppDeps } from '../../deps';
import { parse, query } from '../../middlewares/validate';
import { employeesQuery, municipalityParams, slotsQuery, topicsQuery } from './schema';

/** The public catalogue: municipalities, their topics and free times. Anyone may read it. */
export function municipalityRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/municipalities' });

  router.get('/', async (ctx) => {
    const rows = await publicMunicipalities(deps.knex);
    ctx.body = rows.map((m) => ({
      id: m.id,
      slug: m.slug,
      name: { el: m.name_el, en: m.name_en },
      timeZone: m.time_zone,
      modes: m.modes,
      allowThirdPerson: m.allow_third_person,
      thirdPersonInviteOnBooking: m.third_person_invite_on_booking,
      holdMinutes: m.hold_minutes,
    }));
  });

  router.get('/:id/topics', async (ctx) => {
    const { id } = parse(municipalityParams, ctx.params);
    const { mode } = query(ctx, topicsQuery);
    const rows = await publicTopics(deps.knex, id, mode);
    ctx.body = rows.map((t) => ({
      id: t.id,
      name: { el: t.name_el, en: t.name_en },
      modes: t.modes,
      durationMinutes: t.durationByMode,
      requiredDocuments: t.required_documents,
    }));
  });

  router.get('/:id/employees', async (ctx) => {
    const { id } = parse(municipalityParams, ctx.params);
    const q = query(ctx, employeesQuery);
    const rows = await requestableEmployees(deps.knex, id, q.topicId, q.mode);
    ctx.body = rows.map((e) => ({ id: e.id, displayName: e.full_name }));
  });

  router.get('/:id/slots', async (ctx) => {
    const { id } = parse(municipalityParams, ctx.params);
    const q = query(ctx, slotsQuery);
    const { timeZone, durationMinutes, slots } = await publicSlots(deps.knex, deps.now(), id, q);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      timeZone,
      durationMinutes,
      slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    };
  });

  return router;
}
