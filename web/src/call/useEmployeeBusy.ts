import { useQuery } from '@tanstack/react-query';
import { callApi } from './callApi';

/** How often the waiting room asks whether the employee is still in their previous call (the join rate limit allows far more). */
const EVERY_MS = 15_000;

/**
 * Whether the employee is still in the video call of their previous
 * appointment, as the server says (GET of the join link, which changes
 * nothing). Asked only while the person waits and the employee is not here.
 */
export function useEmployeeBusy(token: string, ask: boolean): boolean {
  const q = useQuery({
    queryKey: ['join-employee-busy', token],
    queryFn: async ({ signal }) => (await callApi.info(token, signal)).body.employeeBusy,
    enabled: ask,
    refetchInterval: ask ? EVERY_MS : false,
    refetchOnWindowFocus: false,
    retry: false,
  });
  return ask && q.data === true;
}
