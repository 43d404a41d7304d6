import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU ms used so far by a process and its live children, plus the children
 * it has reaped (for a postmaster: its ended backends). Linux /proc; 0
 * elsewhere, or without a pid. The benches put it beside their timings for
 * PostgreSQL, an SMTP sink or a scheduler process.
 */
export function processTreeCpuMs(rootPid: number | undefined): number {
  if (rootPid === undefined) return 0;
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        // After the name (which may hold spaces): state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        if (Number(pid) === rootPid) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
        else if (Number(f[1]) === rootPid) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}
