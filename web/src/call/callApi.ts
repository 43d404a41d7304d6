import { api, toApiError } from '../api/client';
import type { CallStateAnswer, IdentityCheckRecorded, IdentityResultInput, JoinGrant, JoinInfo, JoinLink, ParticipantsList, TakenOverLink, VideoStatus } from './types';

// The join link's token is the credential of these calls: no session and no
// CSRF token (the API exempts /join/ and /calls/), so they skip api.post, which
// would first fetch a session for its CSRF token.

const V1 = '/api/v1';

export interface Timed<T> {
  body: T;
  /** The server's clock when it answered (HTTP Date header), for countdowns. */
  serverDate: string | null;
}

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown, signal?: AbortSignal): Promise<Timed<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw toApiError(0, null);
  }
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const parsed: unknown = isJson ? await res.json().catch(() => null) : null;
  if (!res.ok) throw toApiError(res.status, parsed);
  if (!isJson) throw toApiError(503, null);
  return { body: parsed as T, serverDate: res.headers.get('date') };
}

const join = (token: string) => `${V1}/join/${encodeURIComponent(token)}`;
const calls = (token: string, what: string) => `${V1}/calls/${encodeURIComponent(token)}/${what}`;

export const callApi = {
  info: (token: string, signal?: AbortSignal) => call<JoinInfo>('GET', join(token), undefined, signal),
  join: async (token: string) => (await call<JoinGrant>('POST', join(token), {})).body,
  /** The call's state as this link's holder may know it: how the identity check ended, for those who take part in it. */
  state: async (token: string, signal?: AbortSignal) => (await call<CallStateAnswer>('GET', calls(token, 'state'), undefined, signal)).body,
  participants: async (token: string, signal?: AbortSignal) => (await call<ParticipantsList>('GET', calls(token, 'participants'), undefined, signal)).body,
  admit: async (token: string, identity: string) => (await call<unknown>('POST', calls(token, 'admit'), { identity })).body,
  remove: async (token: string, identity: string) => (await call<unknown>('POST', calls(token, 'remove'), { identity })).body,
  startIdentityCheck: async (token: string) => (await call<CallStateAnswer>('POST', calls(token, 'identity-check/start'), {})).body,
  recordIdentityCheck: async (token: string, input: IdentityResultInput) =>
    (await call<IdentityCheckRecorded>('POST', calls(token, 'identity-check/result'), input)).body,
  audioOnly: async (token: string, audioOnly: boolean) => (await call<CallStateAnswer>('POST', calls(token, 'audio-only'), { audioOnly })).body,
  /** Whether the service's video server works now (asked while the call's connection is down). */
  videoStatus: async (signal?: AbortSignal) => (await call<VideoStatus>('GET', `${V1}/video/status`, undefined, signal)).body,
  /** The signed-in person's own link (session: citizen owner or municipal staff). */
  joinLink: (appointmentId: string) => api.get<JoinLink>(`${V1}/appointments/${encodeURIComponent(appointmentId)}/join-link`),
  /** A colleague takes the call over (after confirming): their own employee link from now on. */
  takeOverCall: (appointmentId: string) => api.post<TakenOverLink>(`${V1}/appointments/${encodeURIComponent(appointmentId)}/take-over-call`, {}),
};
