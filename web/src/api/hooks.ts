import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError, fetchSession, query } from './client';
import { isSlotConflict } from './slotTaken';
import type {
  Appointment,
  AppointmentDetail,
  BookingRequest,
  EmployeeOption,
  Hold,
  HoldRequest,
  Interpretation,
  Mode,
  Municipality,
  MyAppointments,
  RescheduleRequest,
  Session,
  SlotsResponse,
  Topic,
} from './types';

const V1 = '/api/v1';

export function useSession() {
  return useQuery({ queryKey: ['session'], queryFn: () => fetchSession(), staleTime: 5 * 60_000 });
}

export function useMunicipalities() {
  return useQuery({ queryKey: ['municipalities'], queryFn: () => api.get<Municipality[]>(`${V1}/municipalities`) });
}

/** One municipality out of the (cached) catalogue. */
export function useMunicipality(id: string | null | undefined) {
  const q = useMunicipalities();
  return { ...q, municipality: q.data?.find((m) => m.id === id) ?? null };
}

export function useTopics(municipalityId: string | null, mode: Mode | null) {
  return useQuery({
    queryKey: ['topics', municipalityId, mode],
    queryFn: () => api.get<Topic[]>(`${V1}/municipalities/${municipalityId}/topics${query({ mode })}`),
    enabled: Boolean(municipalityId),
  });
}

export function useEmployees(municipalityId: string | null, topicId: string | null, mode: Mode | null) {
  return useQuery({
    queryKey: ['employees', municipalityId, topicId, mode],
    queryFn: () => api.get<EmployeeOption[]>(`${V1}/municipalities/${municipalityId}/employees${query({ topicId, mode })}`),
    enabled: Boolean(municipalityId && topicId && mode),
  });
}

export interface SlotsParams {
  municipalityId: string;
  mode: Mode;
  topicId: string;
  from: string;
  to: string;
  employeeId?: string | null;
  interpretation?: Interpretation | null;
}

export function useSlots(p: SlotsParams | null) {
  return useQuery({
    queryKey: ['slots', p],
    queryFn: () =>
      api.get<SlotsResponse>(
        `${V1}/municipalities/${p?.municipalityId}/slots${query({
          mode: p?.mode,
          topicId: p?.topicId,
          from: p?.from,
          to: p?.to,
          employeeId: p?.employeeId,
          interpretation: p?.interpretation,
        })}`,
      ),
    enabled: p !== null,
    staleTime: 15_000, // free times change as others book
  });
}

/** After a 409 about a lost time the free times on screen are stale: every slot grid fetches them again. */
export function useRefreshSlotsOnConflict() {
  const qc = useQueryClient();
  return (e: ApiError) => {
    if (isSlotConflict(e)) void qc.invalidateQueries({ queryKey: ['slots'] });
  };
}

export function useCreateHold() {
  const onError = useRefreshSlotsOnConflict();
  return useMutation({ mutationFn: (body: HoldRequest) => api.post<Hold>(`${V1}/holds`, body), onError });
}

export function useBookAppointment() {
  const qc = useQueryClient();
  const onError = useRefreshSlotsOnConflict();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BookingRequest; idempotencyKey: string }) =>
      api.post<Appointment>(`${V1}/appointments`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['my-appointments'] }),
    onError,
  });
}

export function useMyAppointments(enabled = true) {
  return useQuery({
    queryKey: ['my-appointments'],
    queryFn: () => api.get<MyAppointments>(`${V1}/me/appointments`),
    enabled,
  });
}

export function useAppointment(id: string | undefined) {
  return useQuery({
    queryKey: ['appointment', id],
    queryFn: () => api.get<AppointmentDetail>(`${V1}/appointments/${id}`),
    enabled: Boolean(id),
  });
}

function useAppointmentChange<V>(path: (v: V) => string, body: (v: V) => unknown) {
  const qc = useQueryClient();
  const onError = useRefreshSlotsOnConflict();
  return useMutation({
    mutationFn: (v: V) => api.post<Appointment>(path(v), body(v)),
    onSuccess: (a) => {
      qc.setQueryData(['appointment', a.id], a);
      return qc.invalidateQueries({ queryKey: ['my-appointments'] });
    },
    onError,
  });
}

/** Moves an appointment; `anyEmployee` only once the citizen agreed that another employee may take it. */
export function useReschedule() {
  return useAppointmentChange(
    (v: { id: string } & RescheduleRequest) => `${V1}/appointments/${v.id}/reschedule`,
    (v): RescheduleRequest => ({ start: v.start, anyEmployee: v.anyEmployee }),
  );
}

export function useCancelAppointment() {
  return useAppointmentChange(
    (v: { id: string; reason?: string }) => `${V1}/appointments/${v.id}/cancel`,
    (v) => (v.reason ? { reason: v.reason } : {}),
  );
}

/** All the service holds about the signed-in citizen, as a JSON file (GET /api/v1/me/export). */
export function myDataExportUrl(): string {
  return `${V1}/me/export`;
}

export function calendarUrl(appointmentId: string): string {
  return `${V1}/appointments/${appointmentId}/calendar.ics`;
}

/** Ends the session here, then sends the browser to the identity provider's logout page. */
export function useLogout() {
  return useMutation({
    mutationFn: () => api.post<{ logoutUrl?: string }>('/auth/logout'),
    onSuccess: (r) => {
      window.location.assign(r?.logoutUrl || '/');
    },
  });
}

export type { HoldRequest, Session };
