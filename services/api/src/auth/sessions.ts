import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { deleteSession, findSessionWithUser, insertSession, type SessionRow, touchSession, updateSession } from '@muni/db';
import type { Knex } from 'knex';
import type { Context, Next } from 'koa';

export const SESSION_COOKIE = 'muni_sid';
/** A signed-out browser's CSRF token: kept in this cookie, not in a session row. */
export const CSRF_COOKIE = 'muni_csrf';

export type { SessionRow };

export interface SessionOptions {
  idleMinutes: number;
  absoluteHours: number;
  secureCookies: boolean;
  now: () => Date;
}

const hash = (id: string) => createHash('sha256').update(id).digest('hex');
const random = () => randomBytes(32).toString('base64url');
/** What random() makes; a CSRF cookie of another shape is not one of ours. */
const TOKEN = /^[\w-]{43}$/;

/**
 * Server-side sessions: the cookie holds a random id, the table its hash.
 * A row is stored only once the browser has something to keep (a sign-in in
 * progress, a signed-in person): a visitor who only reads has none, so a
 * crawler fills no table. Idle and absolute expiry are checked on every
 * request; an expired session is deleted and the request continues signed
 * out (rows nobody comes back for are purged by a scheduled job).
 */
export class Sessions {
  constructor(
    private knex: Knex,
    private opts: SessionOptions,
  ) {}

  /** The request's live session; a citizen's user, read with it, goes to ctx.state.sessionUser (see resolveActor). */
  async load(ctx: Context): Promise<SessionRow | null> {
    const id = ctx.cookies.get(SESSION_COOKIE);
    if (!id) return null;
    const found = await findSessionWithUser(this.knex, hash(id));
    if (!found) {
      this.forget(ctx);
      return null;
    }
    const row = found.session;
    ctx.state.sessionUser = found.user;
    const now = this.opts.now();
    const idleLimit = new Date(row.last_seen_at.getTime() + this.opts.idleMinutes * 60_000);
    if (row.expires_at <= now || idleLimit <= now) {
      await deleteSession(this.knex, row.id_hash);
      this.forget(ctx);
      return null;
    }
    // Touch at most once a minute to keep writes down.
    if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
      await touchSession(this.knex, row.id_hash, now);
    }
    return row;
  }

  /** A new session (and cookie). Replaces the caller's current one: rotation on sign-in. */
  async create(ctx: Context, fields: Partial<SessionRow> & Pick<SessionRow, 'kind'>, previous?: SessionRow | null): Promise<SessionRow> {
    const id = random();
    const now = this.opts.now();
    const row = await insertSession(
      this.knex,
      {
        ...fields,
        id_hash: hash(id),
        csrf_token: random(),
        created_at: now,
        last_seen_at: now,
        expires_at: new Date(now.getTime() + this.opts.absoluteHours * 3_600_000),
      },
      previous?.id_hash,
    );
    this.setCookie(ctx, SESSION_COOKIE, id);
    return row;
  }

  /**
   * The CSRF token the browser sends back as X-CSRF-Token: its session's, or,
   * signed out, a random one kept in its own HttpOnly cookie (issued here on
   * first use), so that a signed-out browser can write without a stored row.
   */
  csrfToken(ctx: Context): string {
    const session = ctx.state.session as SessionRow | null;
    if (session) return session.csrf_token;
    const existing = ctx.cookies.get(CSRF_COOKIE);
    if (existing && TOKEN.test(existing)) return existing;
    const token = random();
    this.setCookie(ctx, CSRF_COOKIE, token);
    return token;
  }

  private setCookie(ctx: Context, name: string, value: string) {
    // Production runs behind TLS, which Koa cannot see from behind the proxy:
    // mark the cookie Secure anyway instead of failing the request.
    if (this.opts.secureCookies) ctx.cookies.secure = true;
    ctx.cookies.set(name, value, { httpOnly: true, sameSite: 'lax', secure: this.opts.secureCookies, path: '/', overwrite: true });
  }

  async update(row: SessionRow, fields: Partial<SessionRow>): Promise<void> {
    await updateSession(this.knex, row.id_hash, fields);
    Object.assign(row, fields);
  }

  async destroy(ctx: Context, row: SessionRow): Promise<void> {
    await deleteSession(this.knex, row.id_hash);
    this.forget(ctx);
  }

  /** Clears the cookie of a session that has already ended (a command deleted its row). */
  forget(ctx: Context) {
    ctx.cookies.set(SESSION_COOKIE, null, { path: '/', httpOnly: true, sameSite: 'lax' });
  }
}

/**
 * Whether X-CSRF-Token is this browser's token. With a session only the
 * session's token counts: a CSRF cookie someone managed to plant never
 * stands in for it. Signed out, the token must equal the browser's CSRF
 * cookie, which another site can neither read nor send as a header.
 */
export function csrfMatches(ctx: Context, header: string | undefined): boolean {
  const session = ctx.state.session as SessionRow | null;
  const cookie = ctx.cookies.get(CSRF_COOKIE);
  const expected = session ? session.csrf_token : cookie && TOKEN.test(cookie) ? cookie : null;
  if (!expected || !header) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionMiddleware(sessions: Sessions) {
  return async (ctx: Context, next: Next) => {
    ctx.state.session = await sessions.load(ctx);
    await next();
  };
}
