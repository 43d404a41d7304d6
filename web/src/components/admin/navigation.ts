import { useLocation, useNavigate } from 'react-router';

interface NoticeState {
  notice?: string;
}

/**
 * A success message carried across a navigation (created → its edit page,
 * deleted → the list), shown once by the page arrived at.
 */
export function useArrivalNotice(): { key: string; message: string | null } {
  const location = useLocation();
  return { key: location.key, message: (location.state as NoticeState | null)?.notice ?? null };
}

export function useGoWithNotice() {
  const navigate = useNavigate();
  return (to: string, notice: string) => navigate(to, { state: { notice } satisfies NoticeState });
}
