import { QueryClient } from '@tanstack/react-query';
import { type ApiError, isApiError } from './client';

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
