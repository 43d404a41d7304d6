// Requests of the employee console (see the "Employee console" part of the API contract).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fetchSession, query } from '../../api/client';
import { useRefreshSlotsOnConflict } from '../../api/hooks';
import type { components } from '../../api/schema.gen';
import type { Appointment, AppointmentDetail, AppointmentStatus, Mode, Session } from '../../api/types';
import type { ConsoleBookingRequest } from './bookingForm';

const V1 = '/api/v1';

/**
 * An appointment as staff get it: with the booking notes, and (GET of one
 * appointment only) the history and the e-mails. Lists and action answers are
 * AppointmentDetail without those two.
 */
export type ConsoleAppointment = AppointmentDetail;

/** The list's request (dayQuery.ts listRequest): a day or range, or a search over every date (date null). */
export interface ConsoleListParams {
  date: string | null;
  to: string | null;
  mode: Mode | null;
  status: AppointmentStatus | null;
  employeeId: string | null;
  topicId: string | null;
  q: string | null;
}

const listQuery = (p: ConsoleListParams) =>
  query({ date: p.date, to: p.to, mode: p.mode, status: p.status, employeeId: p.employeeId, topicId: p.topicId, q: p.q });

export function useConsoleAppointments(p: ConsoleListParams) {
  return useQuery({
    queryKey: ['console', 'list', p],
    queryFn: () => api.get<ConsoleAppointment[]>(`${V1}/console/appointments${listQuery(p)}`),
    refetchInterval: 60_000, // a desk screen left open should see new bookings
  });
}

/** The same list as a CSV file for Excel (a plain link: the session cookie authenticates a GET). */
export function consoleCsvUrl(p: ConsoleListParams, lang: 'el' | 'en'): string {
  const q = listQuery(p);
  return `${V1}/console/appointments.csv${q}${q ? '&' : '?'}lang=${lang}`;
}

export type ConsoleFilters = components['schemas']['ConsoleFilters'];

/** Topics and colleagues to narrow the list by; they rarely change. */
export function useConsoleFilters() {
  return useQuery({ queryKey: ['console', 'filters'], queryFn: () => api.get<ConsoleFilters>(`${V1}/console/filters`), staleTime: 10 * 60_000 });
}

export function useConsoleAppointment(id: string) {
  return useQuery({
    queryKey: ['appointment', id],
    queryFn: () => api.get<ConsoleAppointment>(`${V1}/appointments/${id}`),
  });
}

/** After any change: refresh this appointment (the answer may lack staff-only fields) and every list. */
function useAfterChange() {
  const qc = useQueryClient();
  return (a: Appointment) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['appointment', a.id] }),
      qc.invalidateQueries({ queryKey: ['console'] }),
    ]);
}

export type ConsoleAction =
  | { kind: 'complete' }
  | { kind: 'no-show' }
  | { kind: 'reassign'; employeeId: string }
  | { kind: 'reschedule'; start: string; anyEmployee: boolean }
  | { kind: 'cancel'; reason?: string };

function actionRequest(id: string, a: ConsoleAction): [string, unknown] {
  switch (a.kind) {
    case 'complete':
    case 'no-show':
      return [`${V1}/console/appointments/${id}/${a.kind}`, {}];
    case 'reassign':
      return [`${V1}/console/appointments/${id}/reassign`, { employeeId: a.employeeId }];
    case 'reschedule':
      return [`${V1}/appointments/${id}/reschedule`, { start: a.start, anyEmployee: a.anyEmployee }];
    case 'cancel':
      return [`${V1}/appointments/${id}/cancel`, a.reason ? { reason: a.reason } : {}];
  }
}

export function useConsoleAction(id: string) {
  const after = useAfterChange();
  const onError = useRefreshSlotsOnConflict();
  return useMutation({
    mutationFn: (a: ConsoleAction) => {
      const [url, body] = actionRequest(id, a);
      return api.post<ConsoleAppointment>(url, body);
    },
    onSuccess: after,
    onError,
  });
}

export function useDocumentsEmail(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.post<{ notificationId: string }>(`${V1}/console/appointments/${id}/documents-email`, text.trim() ? { text: text.trim() } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['appointment', id] }), // the e-mail list shows it now
  });
}

/** The third person's invitation; sending again for the same version only reports it was queued already. */
export function useThirdPersonInvite(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ notificationId: string; alreadyQueued: boolean }>(`${V1}/console/appointments/${id}/third-person-invite`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['appointment', id] }), // the e-mail list shows it now
  });
}

export function useConsoleBook() {
  const qc = useQueryClient();
  const onError = useRefreshSlotsOnConflict();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ConsoleBookingRequest; idempotencyKey: string }) =>
      api.post<ConsoleAppointment>(`${V1}/console/appointments`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['console'] }),
    onError,
  });
}

/** Acting for another municipality: the session changes, and nothing cached from the old one may show. */
export function usePickMunicipality() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (municipalityId: string) => api.post<{ user: Session['user'] }>(`${V1}/session/municipality`, { municipalityId }),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: ['console'] });
      qc.removeQueries({ queryKey: ['appointment'] });
      // Refresh the client's cached session too, or a later refetch would bring back the old pick.
      qc.setQueryData<Session>(['session'], await fetchSession(true));
    },
  });
}
