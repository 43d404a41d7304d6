import type { LocalizedText, Session } from './types';

/**
 * An error answer of the API (or a network failure, status 0), ready to show to the user.
 * Not an `Error` subclass because `message` is bilingual here, as in the API body.
 */
export class ApiError {
  readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: LocalizedText,
    readonly field?: string,
    /** The whole parsed body, for extras such as `nextSlots`. */
    readonly body?: unknown,
  ) {}
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const UNAVAILABLE: LocalizedText = {
  el: 'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
  en: 'The service is not available right now. Please try again shortly.',
};

/** Turns any non-2xx answer into an ApiError, tolerating bodies that are not our JSON. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  const msg = err?.message as Partial<LocalizedText> | string | undefined;
  const message: LocalizedText =
    typeof msg === 'string'
      ? { el: msg, en: msg }
      : msg && typeof msg.el === 'string'
        ? { el: msg.el, en: msg.en ?? msg.el }
        : status >= 500 || status === 0
          ? UNAVAILABLE
          : { el: `Σφάλμα (${status}).`, en: `Error (${status}).` };
  const code = typeof err?.code === 'string' ? err.code : status === 0 ? 'network_error' : `http_${status}`;
  const field = typeof err?.field === 'string' ? err.field : undefined;
  return new ApiError(status, code, message, field, body);
}

let csrfToken: string | null = null;
let sessionPromise: Promise<Session> | null = null;

/** Fetches the session once (it carries the CSRF token); `fresh` forces a new request. */
export function fetchSession(fresh = false): Promise<Session> {
  if (!sessionPromise || fresh) {
    sessionPromise = request<Session>('GET', '/api/v1/session').then(
      (s) => {
        csrfToken = s.csrfToken;
        return s;
      },
      (e) => {
        sessionPromise = null; // let the next call try again
        throw e;
      },
    );
  }
  return sessionPromise;
}

/** Told the municipality an employee's session acts for, from every answer that says it (X-Acting-Municipality). */
let actingListener: ((municipalityId: string) => void) | null = null;
export function onActingMunicipality(listener: (municipalityId: string) => void): void {
  actingListener = listener;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function request<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw toApiError(0, null);
  }
  const acting = res.headers.get('X-Acting-Municipality');
  if (acting) actingListener?.(acting);
  if (res.status === 204) return undefined as T;
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const parsed: unknown = isJson ? await res.json().catch(() => null) : null;
  if (!res.ok) throw toApiError(res.status, parsed);
  // A 2xx that is not JSON means we did not reach the API (e.g. an HTML fallback page).
  if (!isJson) throw toApiError(503, null);
  return parsed as T;
}

async function mutate<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const send = async () => {
    const token = csrfToken ?? (await fetchSession()).csrfToken;
    return request<T>(method, url, body, { ...opts, headers: { ...opts.headers, 'X-CSRF-Token': token } });
  };
  try {
    return await send();
  } catch (e) {
    // A stale token (e.g. after the session rotated in another tab): refresh once and retry.
    if (e instanceof ApiError && e.status === 403 && e.code.includes('csrf')) {
      await fetchSession(true);
      return send();
    }
    throw e;
  }
}

export const api = {
  get: <T>(url: string, opts?: RequestOptions) => request<T>('GET', url, undefined, opts),
  post: <T>(url: string, body?: unknown, opts?: RequestOptions) => mutate<T>('POST', url, body ?? {}, opts),
  put: <T>(url: string, body?: unknown, opts?: RequestOptions) => mutate<T>('PUT', url, body ?? {}, opts),
  delete: <T>(url: string, opts?: RequestOptions) => mutate<T>('DELETE', url, undefined, opts),
};

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
