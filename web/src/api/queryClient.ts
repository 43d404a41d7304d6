import { QueryClient } from '@tanstack/react-query';
import { type ApiError, fetchSession, isApiError, onActingMunicipality } from './client';
import type { Session } from './types';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Client errors will not fix themselves; retry only network/server trouble, once.
      retry: (count, err) => count < 1 && (!isApiError(err) || err.status === 0 || err.status >= 500),
    },
  },
});

// An employee who switched municipality in another tab: this tab's pages hold
// the other municipality's data under its name. The next answer says which
// municipality the session acts for now; on a difference everything is fetched
// again (the session first), so header and data never disagree.
let refreshing = false;
onActingMunicipality((municipalityId) => {
  const user = queryClient.getQueryData<Session>(['session'])?.user;
  if (refreshing || user?.kind !== 'employee' || user.activeMunicipalityId === municipalityId) return;
  refreshing = true;
  void fetchSession(true)
    .then(() => queryClient.invalidateQueries())
    .finally(() => {
      refreshing = false;
    });
});
