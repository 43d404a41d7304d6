import { createContext, useContext } from 'react';
import type { EmployeeUser, Municipality } from '../../api/types';

export interface ConsoleScope {
  user: EmployeeUser;
  /** The membership the employee acts under now (their employee id in this municipality). */
  membership: EmployeeUser['memberships'][number];
  /** The active municipality's catalogue entry: time zone, modes, third-person setting. */
  municipality: Municipality;
}

export const ConsoleContext = createContext<ConsoleScope | null>(null);

/** The console pages render only inside ConsoleLayout, which provides the scope. */
export function useConsole(): ConsoleScope {
  const scope = useContext(ConsoleContext);
  if (!scope) throw new Error('useConsole() outside the console layout');
  return scope;
}
