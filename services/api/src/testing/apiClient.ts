import { signInAtStandIn } from '@muni/identity/testing';

/**
 * A tiny browser stand-in for API tests: keeps cookies, follows no redirects
 * by itself, and sends the session's CSRF token on writes like the web app.
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }

  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const headers = new Headers(init.headers);
    if (this.cookies.size && url.startsWith(this.baseUrl)) headers.set('cookie', this.cookieHeader());
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    if (url.startsWith(this.baseUrl)) this.store(res);
    return res;
  }

  async csrfToken(): Promise<string> {
    if (!this.csrf) {
      const res = await this.raw('/api/v1/session');
      this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    }
    return this.csrf;
  }

  /** Forget the cached CSRF token (after sign-in the session rotates). */
  resetCsrf() {
    this.csrf = null;
  }

  async get<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
    const res = await this.raw(path);
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, headers: res.headers };
  }

  async send<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
    const token = headers['X-CSRF-Token'] === undefined ? await this.csrfToken() : headers['X-CSRF-Token'];
    const h: Record<string, string> = { ...headers, 'content-type': 'application/json' };
    if (token) h['X-CSRF-Token'] = token;
    else delete h['X-CSRF-Token'];
    const res = await this.raw(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, headers: res.headers };
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.send<T>('POST', path, body ?? {}, headers);
  }

  /** Signs in through the local GSIS stand-in as the demo person with this tax id, like a browser would. */
  async signIn(provider: 'gsis' | 'gsis-gov', taxId: string): Promise<this> {
    const login = await this.raw(`/auth/${provider}/login?returnTo=/`);
    const callback = await signInAtStandIn(login.headers.get('location')!, { taxId });
    const done = await this.raw(callback.toString());
    if (done.status !== 302) throw new Error(`sign-in failed: ${done.status} ${await done.text()}`);
    this.resetCsrf(); // the session rotated
    return this;
  }
}
