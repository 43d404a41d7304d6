import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { callApi } from './callApi';
import { serverOffsetMs } from './rules';

/**
 * The join link's appointment, window and call state (a GET: it changes
 * nothing). Refusals (404/410) are final, so they are not retried. Also gives
 * how far the server's clock is from this device's, for the countdown.
 */
export function useJoinInfo(token: string) {
  const q = useQuery({
    queryKey: ['join', token],
    queryFn: async ({ signal }) => {
      const r = await callApi.info(token, signal);
      return { ...r.body, offsetMs: serverOffsetMs(r.serverDate, Date.now()) };
    },
    retry: (count, e) => !(isApiError(e) && e.status >= 400 && e.status < 500) && count < 2,
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return q;
}
