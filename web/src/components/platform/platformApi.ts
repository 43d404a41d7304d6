// Requests of the platform admin's pages (everything under /api/v1/platform)
// and of the municipal admin's joining page. Types come from schema.gen.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fetchSession, query } from '../../api/client';
import type { components, paths } from '../../api/schema.gen';

const P = '/api/v1/platform';
const JOINING = '/api/v1/admin/municipality/joining';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type MunicipalityStatus = Schemas['MunicipalityStatus'];
export type PlatformMunicipality = Schemas['PlatformMunicipality'];
export type MunicipalityReview = Schemas['MunicipalityReview'];
export type Joining = Schemas['Joining'];
export type PoolInterpreter = Schemas['PoolInterpreter'];
export type AuditPage = Schemas['AuditPage'];
export type AuditEntry = Schemas['AuditEntry'];
export type CreateMunicipalityInput = JsonBody<paths['/api/v1/platform/municipalities']['post']['requestBody']>;
export type AddAdminInput = JsonBody<paths['/api/v1/platform/municipalities/{id}/admins']['post']['requestBody']>;
export type PoolInterpreterInput = JsonBody<paths['/api/v1/platform/interpreters']['post']['requestBody']>;
export type JoiningContactInput = JsonBody<paths['/api/v1/admin/municipality/joining']['put']['requestBody']>;

export const STATUSES: MunicipalityStatus[] = ['draft', 'submitted', 'active', 'deactivated'];

/** The platform-admin user's session switches to acting as platform admin. */
export function useActAsPlatformAdmin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(`${P}/act-as-admin`, { active: true }),
    onSuccess: async () => {
      qc.setQueryData(['session'], await fetchSession(true));
    },
  });
}

export function usePlatformMunicipalities(status: MunicipalityStatus | null) {
  return useQuery({
    queryKey: ['platform', 'municipalities', status],
    queryFn: () => api.get<PlatformMunicipality[]>(`${P}/municipalities${query({ status })}`),
    staleTime: 0,
  });
}

export function useCreateMunicipality() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMunicipalityInput) => api.post<{ municipality: { id: string; name: { el: string; en: string } } }>(`${P}/municipalities`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['platform'] }),
  });
}

export function useMunicipalityReview(id: string) {
  return useQuery({ queryKey: ['platform', 'municipality', id], queryFn: () => api.get<MunicipalityReview>(`${P}/municipalities/${id}`), staleTime: 0 });
}

type Step = 'approve' | 'send-back' | 'deactivate' | 'activate';

/** A step of the municipality's life; the answer is its review as it now stands. */
export function useMunicipalityStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, comment }: { step: Step; comment?: string }) => api.post<MunicipalityReview>(`${P}/municipalities/${id}/${step}`, step === 'send-back' ? { comment } : {}),
    onSuccess: (review) => {
      qc.setQueryData(['platform', 'municipality', id], review);
      // Citizens' catalogue changes with the status.
      return Promise.all([qc.invalidateQueries({ queryKey: ['platform', 'municipalities'] }), qc.invalidateQueries({ queryKey: ['municipalities'] })]);
    },
  });
}

export function useAddAdmin(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AddAdminInput) => api.post<{ id: string; fullName: string }>(`${P}/municipalities/${id}/admins`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['platform'] }),
  });
}

export function useRemoveAdmin(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (employeeId: string) => api.delete<void>(`${P}/municipalities/${id}/admins/${employeeId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['platform'] }),
  });
}

export function usePoolInterpreters() {
  return useQuery({ queryKey: ['platform', 'interpreters'], queryFn: () => api.get<PoolInterpreter[]>(`${P}/interpreters`), staleTime: 0 });
}

export function useSavePoolInterpreter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Partial<PoolInterpreterInput> }) =>
      id ? api.put<PoolInterpreter>(`${P}/interpreters/${id}`, input) : api.post<PoolInterpreter>(`${P}/interpreters`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['platform', 'interpreters'] }),
  });
}

export interface AuditFilter {
  municipalityId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  before: number | null;
}

export function useAuditLog(f: AuditFilter) {
  return useQuery({ queryKey: ['platform', 'audit', f], queryFn: () => api.get<AuditPage>(`${P}/audit${query({ ...f, limit: 50 })}`), staleTime: 0 });
}

// --- the municipal admin's pages ----------------------------------------------

/** The shared pool's interpreters who serve the admin's municipality (read-only there). */
export function useSharedInterpreters() {
  return useQuery({ queryKey: ['admin', 'shared-interpreters'], queryFn: () => api.get<Schemas['Interpreter'][]>('/api/v1/admin/municipality/shared-interpreters') });
}


export function useJoining() {
  return useQuery({ queryKey: ['admin', 'joining'], queryFn: () => api.get<Joining>(JOINING), staleTime: 0 });
}

export function useSaveJoiningContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: JoiningContactInput) => api.put<Joining>(JOINING, input),
    onSuccess: (j) => qc.setQueryData(['admin', 'joining'], j),
  });
}

export function useSubmitJoining() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Joining>(`${JOINING}/submit`, {}),
    onSuccess: (j) => qc.setQueryData(['admin', 'joining'], j),
  });
}
