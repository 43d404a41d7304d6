export interface AssignmentCandidate {
  id: string;
  /** Appointments already booked for this person in the balancing window. */
  bookedInWindow: number;
  lastAssignedAt: Date | null;
}

/**
 * Who gets the appointment (employee or interpreter). The requested person wins if free
 * (among the candidates); otherwise the least booked in the window, ties broken round-robin:
 * never assigned first, then the longest since their last assignment, then by id for determinism.
 */
export function pickEmployee(candidates: readonly AssignmentCandidate[], requestedId?: string | null): string | null {
  if (requestedId && candidates.some((c) => c.id === requestedId)) return requestedId;
  let best: AssignmentCandidate | null = null;
  for (const c of candidates) if (!best || ranksBefore(c, best)) best = c;
  return best?.id ?? null;
}

function ranksBefore(a: AssignmentCandidate, b: AssignmentCandidate): boolean {
  if (a.bookedInWindow !== b.bookedInWindow) return a.bookedInWindow < b.bookedInWindow;
  const at = a.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bt = b.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (at !== bt) return at < bt;
  return a.id < b.id;
}
