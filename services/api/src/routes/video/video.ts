import Router from '@koa/router';
import type { Context } from 'koa';
import type { AppDeps } from '../../deps';
import { rateLimit } from '../../middlewares/rateLimit';
import { body, parse } from '../../middlewares/validate';
import { guardJoin, recordAttendance } from '@muni/appointments';
import { switchAudioOnly } from '@muni/appointments';
import { callDepsFrom, type CallDeps } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { videoUnavailable } from '@muni/appointments';
import { recordIdentityCheck, startIdentityCheck } from '@muni/appointments';
import { defaultVideoCheck, describeJoin, joinCall, publicHealth, watchVideoHealth } from '@muni/appointments';
import { assertWindowOpen, resolveJoinLink } from '@muni/appointments';
import { admitParticipant, callStateView, listCallParticipants, removeCallParticipant } from '@muni/appointments';
import { readRawBody, VIDEO_WEBHOOK_PATH } from './rawBody';
import { audioOnlyBody, identityBody, identityCheckResultBody, tokenParams } from './schema';

/**
 * Video calls. No session is needed: the join link's token is the credential,
 * in the path of both /join/:token (everyone) and /calls/:token/* (the
 * employee's own link for moderation; the citizen's too for audio-only).
 * Hence no CSRF token either (app.ts exempts these paths).
 */
export function videoRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1' });
  const per = (points: number) => Math.ceil(points * deps.config.RATE_LIMIT_MULTIPLIER);
  const joinLimit = rateLimit(deps.knex, { name: 'join', points: per(30), durationSeconds: 60 });
  const callLimit = rateLimit(deps.knex, { name: 'call', points: per(240), durationSeconds: 60 });
  const call = callDepsFrom(deps);
  const settings = { opensMinutesBefore: deps.config.JOIN_OPENS_MINUTES_BEFORE, graceMinutes: deps.config.JOIN_GRACE_MINUTES };

  // createApp gives the one /readyz shares; a router built on its own watches for itself.
  const health = deps.videoHealth ?? watchVideoHealth(defaultVideoCheck(deps), deps.logger);

  const linkedCall = (ctx: Context) => resolveJoinLink(deps.knex, parse(tokenParams, ctx.params).token, deps.now(), settings);
  /** LiveKit, when it answers: while it is down, a 503 for the person without asking it (the monitor logs the why once). */
  const requireVideo = async (): Promise<CallDeps> => {
    const now = await health.current();
    if (!call) throw videoUnavailable('not_configured');
    if (now.status === 'down') throw videoUnavailable(now.reason);
    return call;
  };
  const noStore = (ctx: Context) => ctx.set('Cache-Control', 'no-store');

  router.get('/join/:token', joinLimit, async (ctx) => {
    noStore(ctx);
    const linked = await linkedCall(ctx);
    ctx.body = await describeJoin(deps.knex, linked, publicHealth(await health.current()), deps.now());
  });

  router.post('/join/:token', joinLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    assertWindowOpen(linked); // "too early" and "ended" answer even while video is down
    noStore(ctx);
    ctx.body = await joinCall(await requireVideo(), linked);
  });

  router.get('/calls/:token/participants', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    noStore(ctx);
    ctx.body = await listCallParticipants(await requireVideo(), linked);
  });

  // Any role's own link: the identity check's result only for those who take part in it.
  router.get('/calls/:token/state', callLimit, async (ctx) => {
    noStore(ctx);
    ctx.body = callStateView(await linkedCall(ctx));
  });

  router.post('/calls/:token/admit', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    ctx.body = await admitParticipant(await requireVideo(), linked, body(ctx, identityBody).identity, ctx.ip);
  });

  router.post('/calls/:token/remove', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    ctx.body = await removeCallParticipant(await requireVideo(), linked, body(ctx, identityBody).identity, ctx.ip);
  });

  router.post('/calls/:token/identity-check/start', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    ctx.body = await startIdentityCheck(await requireVideo(), linked, ctx.ip);
  });

  router.post('/calls/:token/identity-check/result', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    const input = body(ctx, identityCheckResultBody);
    ctx.status = 201;
    ctx.body = await recordIdentityCheck(await requireVideo(), linked, input, ctx.ip);
  });

  router.post('/calls/:token/audio-only', callLimit, async (ctx) => {
    const linked = await linkedCall(ctx);
    ctx.body = await switchAudioOnly(await requireVideo(), linked, body(ctx, audioOnlyBody).audioOnly, ctx.ip);
  });

  // Whether video works now: the call page asks while its connection is down, to tell
  // "the service's video server is unreachable" from "your connection is poor".
  router.get('/video/status', async (ctx) => {
    noStore(ctx);
    ctx.body = publicHealth(await health.current());
  });

  // LiveKit's webhooks: the signature (JWT over the body's sha256) is the credential.
  router.post(VIDEO_WEBHOOK_PATH.replace('/api/v1', ''), async (ctx) => {
    // Not gated on the health check: a server that has just come back sends these before the next probe.
    if (!call) throw videoUnavailable('not_configured');
    const video = call.video;
    const raw = await readRawBody(ctx.req, 256 * 1024);
    let event: Awaited<ReturnType<typeof video.receiveWebhook>>;
    try {
      event = await video.receiveWebhook(raw, ctx.get('Authorization') || undefined);
    } catch {
      throw new HttpError(401, 'bad_signature', 'Μη έγκυρη υπογραφή webhook.', 'Invalid webhook signature.');
    }
    const outcome = await recordAttendance(deps.knex, event, deps.now());
    // Whoever connects is held to the call as it is now (a revoked link, a deactivated employee, the identity step).
    await guardJoin(call, event);
    ctx.body = { ok: true, outcome };
  });

  return router;
}
