// Requests of the municipal admin pages: everything under /api/v1/admin/municipality,
// always the signed-in admin's active municipality.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fetchSession, query } from '../../api/client';
import type { paths } from '../../api/schema.gen';
import type { Absence, AbsenceCreated, AdminEmployee, AdminTopic, AffectedOutcome, ClosureCreated, HolidaysYear, Interpreter, Office, Settings } from './types';

const BASE = '/api/v1/admin/municipality';

// What the admin routes accept: the request bodies of the OpenAPI document (the
// routes' own zod schemas), generated like the answers.
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type SettingsInput = JsonBody<paths['/api/v1/admin/municipality']['put']['requestBody']>;
export type ClosureInput = JsonBody<paths['/api/v1/admin/municipality/closures']['post']['requestBody']>;
export type OfficeInput = JsonBody<paths['/api/v1/admin/municipality/offices']['post']['requestBody']>;
export type TopicInput = JsonBody<paths['/api/v1/admin/municipality/topics']['post']['requestBody']>;
/** The tax id is sent when creating only: it never changes. */
export type EmployeeInput = Omit<JsonBody<paths['/api/v1/admin/municipality/employees']['post']['requestBody']>, 'taxId'> & { taxId?: string };
export type InterpreterInput = JsonBody<paths['/api/v1/admin/municipality/interpreters']['post']['requestBody']>;
export type AbsenceInput = JsonBody<paths['/api/v1/admin/municipality/employees/{id}/absences']['post']['requestBody']>;

export function useAdminSettings() {
  return useQuery({ queryKey: ['admin', 'settings'], queryFn: () => api.get<Settings>(BASE), staleTime: 0 });
}

export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsInput) => api.put<Settings & { affectedAppointments: AffectedOutcome[] }>(BASE, patch),
    onSuccess: (s) => {
      qc.setQueryData(['admin', 'settings'], s);
      // Opening hours and modes change what citizens see.
      return Promise.all([qc.invalidateQueries({ queryKey: ['admin', 'holidays'] }), qc.invalidateQueries({ queryKey: ['municipalities'] })]);
    },
  });
}

export function useHolidays(year: number) {
  return useQuery({ queryKey: ['admin', 'holidays', year], queryFn: () => api.get<HolidaysYear>(`${BASE}/holidays${query({ year })}`) });
}

export function useAddClosure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: ClosureInput) => api.post<ClosureCreated>(`${BASE}/closures`, c),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'holidays'] }),
  });
}

export function useRemoveClosure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${BASE}/closures/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'holidays'] }),
  });
}

/**
 * List, save (create when there is no id) and delete for one kind of record
 * (offices, topics, employees, interpreters): the same REST shape for each.
 */
function collection<T extends { id: string }, Input>(path: string) {
  const key = ['admin', path];
  return {
    useList: () => useQuery({ queryKey: key, queryFn: () => api.get<T[]>(`${BASE}/${path}`), staleTime: 0 }),
    useSave: () => {
      const qc = useQueryClient();
      return useMutation({
        mutationFn: ({ id, input }: { id: string | null; input: Input }) =>
          id ? api.put<T>(`${BASE}/${path}/${id}`, input) : api.post<T>(`${BASE}/${path}`, input),
        // Topics and employees point at each other: refresh every admin list.
        onSuccess: () => qc.invalidateQueries({ queryKey: ['admin'] }),
      });
    },
    useDelete: () => {
      const qc = useQueryClient();
      return useMutation({
        mutationFn: (id: string) => api.delete<void>(`${BASE}/${path}/${id}`),
        // Not awaited: the caller navigates away first, or its page would unmount under it.
        onSuccess: () => void qc.invalidateQueries({ queryKey: ['admin'] }),
      });
    },
  };
}

export const offices = collection<Office, OfficeInput>('offices');
export const topics = collection<AdminTopic, TopicInput>('topics');
export const employees = collection<AdminEmployee, EmployeeInput>('employees');
export const interpreters = collection<Interpreter, InterpreterInput>('interpreters');

export function useAbsences(employeeId: string) {
  return useQuery({
    queryKey: ['admin', 'absences', employeeId],
    queryFn: () => api.get<Absence[]>(`${BASE}/employees/${employeeId}/absences`),
  });
}

export function useAddAbsence(employeeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: AbsenceInput) => api.post<AbsenceCreated>(`${BASE}/employees/${employeeId}/absences`, a),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'absences', employeeId] }),
  });
}

export function useRemoveAbsence(employeeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (absenceId: string) => api.delete<void>(`${BASE}/employees/${employeeId}/absences/${absenceId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'absences', employeeId] }),
  });
}

/** Acts for another municipality the employee belongs to (for admins of several). */
export function usePickMunicipality() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (municipalityId: string) => api.post('/api/v1/session/municipality', { municipalityId }),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: ['admin'] });
      // The session query caches its promise: ask the API afresh.
      qc.setQueryData(['session'], await fetchSession(true));
    },
  });
}
