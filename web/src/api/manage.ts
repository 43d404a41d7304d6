// The person served's manage link (/manage/:token from their e-mails): the
// token is the credential, so these calls need no session. Seeing changes
// nothing; a change is a POST from a confirm page, and spends the link.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { useRefreshSlotsOnConflict } from './hooks';
import type { components } from './schema.gen';
import type { RescheduleRequest } from './types';

export type ManagedAppointment = components['schemas']['ManagedAppointment'];
export type ManagedChange = components['schemas']['ManagedChange'];

const path = (token: string) => `/api/v1/manage/${encodeURIComponent(token)}`;

export function useManagedAppointment(token: string) {
  return useQuery({
    queryKey: ['manage', token],
    queryFn: () => api.get<ManagedAppointment>(path(token)),
    // A replaced or unknown link stays so: asking again would not help.
    retry: false,
  });
}

export function useManageReschedule(token: string) {
  const onError = useRefreshSlotsOnConflict();
  return useMutation({
    mutationFn: (body: RescheduleRequest) => api.post<ManagedChange>(`${path(token)}/reschedule`, body),
    onError,
  });
}

export function useManageCancel(token: string) {
  return useMutation({
    mutationFn: (body: { reason?: string }) => api.post<ManagedChange>(`${path(token)}/cancel`, body),
  });
}

/** The page a manage path of the API's answers opens (`/manage/…`). */
export const managePage = (token: string) => `/manage/${token}`;
