import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { deleteSession, findSession, insertSession, type SessionRow, touchSession, updateSession } from '@muni/db';
import type { Knex } from 'knex';
import type { Context, Next } from 'koa';

export const SESSION_COOKIE = 'muni_sid';

export type { SessionRow };

export interface SessionOptions {
  idleMinutes: number;
  absoluteHours: number;
  secureCookies: boolean;
  now: () => Date;
}

const hash = (id: string) => createHash('sha256').update(id).digest('hex');
const random = () => randomBytes(32).toString('base64url');

/**
 * Server-side sessions: the cookie holds a random id, the table its hash.
 * Idle and absolute expiry are checked on every request; an expired session
 * is deleted and the request continues signed out.
 */
export class Sessions {
  constructor(
    private knex: Knex,
    private opts: SessionOptions,
  ) {}

  async load(ctx: Context): Promise<SessionRow | null> {
    const id = ctx.cookies.get(SESSION_COOKIE);
    if (!id) return null;
    const row = await findSession(this.knex, hash(id));
    if (!row) {
      this.forget(ctx);
      return null;
    }
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
    // Production runs behind TLS; if the proxy does not say so (X-Forwarded-Proto),
    // still mark the cookie Secure instead of failing the request.
    if (this.opts.secureCookies) ctx.cookies.secure = true;
    ctx.cookies.set(SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.opts.secureCookies,
      path: '/',
      overwrite: true,
    });
    return row;
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

export function csrfMatches(session: SessionRow | null, header: string | undefined): boolean {
  if (!session || !header) return false;
  const a = Buffer.from(session.csrf_token);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionMiddleware(sessions: Sessions) {
  return async (ctx: Context, next: Next) => {
    ctx.state.session = await sessions.load(ctx);
    await next();
  };
}
