import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import type { Context, Next } from 'koa';

export const SESSION_COOKIE = 'muni_sid';

export interface SessionRow {
  id_hash: string;
  kind: 'anonymous' | 'citizen' | 'employee';
  user_id: string | null;
  employee_tax_id: string | null;
  active_municipality_id: string | null;
  csrf_token: string;
  data: Record<string, unknown>;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

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
    const row = await this.knex<SessionRow>('sessions').where({ id_hash: hash(id) }).first();
    if (!row) {
      this.clearCookie(ctx);
      return null;
    }
    const now = this.opts.now();
    const idleLimit = new Date(row.last_seen_at.getTime() + this.opts.idleMinutes * 60_000);
    if (row.expires_at <= now || idleLimit <= now) {
      await this.knex('sessions').where({ id_hash: row.id_hash }).delete();
      this.clearCookie(ctx);
      return null;
    }
    // Touch at most once a minute to keep writes down.
    if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
      await this.knex('sessions').where({ id_hash: row.id_hash }).update({ last_seen_at: now });
    }
    return row;
  }

  /** A new session (and cookie). Replaces the caller's current one: rotation on sign-in. */
  async create(ctx: Context, fields: Partial<SessionRow> & Pick<SessionRow, 'kind'>, previous?: SessionRow | null): Promise<SessionRow> {
    if (previous) await this.destroy(ctx, previous);
    const id = random();
    const now = this.opts.now();
    const [row] = await this.knex<SessionRow>('sessions')
      .insert({
        data: {},
        ...fields,
        id_hash: hash(id),
        csrf_token: random(),
        created_at: now,
        last_seen_at: now,
        expires_at: new Date(now.getTime() + this.opts.absoluteHours * 3_600_000),
      })
      .returning('*');
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
    return row!;
  }

  async update(row: SessionRow, fields: Partial<SessionRow>): Promise<void> {
    await this.knex('sessions').where({ id_hash: row.id_hash }).update(fields);
    Object.assign(row, fields);
  }

  async destroy(ctx: Context, row: SessionRow): Promise<void> {
    await this.knex('sessions').where({ id_hash: row.id_hash }).delete();
    this.clearCookie(ctx);
  }

  private clearCookie(ctx: Context) {
    ctx.cookies.set(SESSION_COOKIE, null, { path: '/', httpOnly: true, sameSite: 'lax' });
  }

  /** Sign out everywhere: every session of this person. */
  async destroyAllOf(row: SessionRow): Promise<number> {
    if (row.user_id) return this.knex('sessions').where({ user_id: row.user_id }).delete();
    if (row.employee_tax_id) return this.knex('sessions').where({ employee_tax_id: row.employee_tax_id }).delete();
    return this.knex('sessions').where({ id_hash: row.id_hash }).delete();
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
