/** Who is calling, as the session says. Policies and commands take this, never raw session rows. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'citizen'; userId: string; taxId: string; isCompany: boolean }
  | { kind: 'employee'; taxId: string; employeeId: string | null; municipalityId: string | null; isAdmin: boolean }
  | { kind: 'platform_admin'; userId: string; taxId: string };

export function actorKey(actor: Actor): string {
  switch (actor.kind) {
    case 'citizen':
    case 'platform_admin':
      return `user:${actor.userId}`;
    case 'employee':
      return `employee:${actor.employeeId ?? actor.taxId}`;
    default:
      return 'anonymous';
  }
}

/** Who asks and from where: what a command needs to write the audit log. */
export interface Requester {
  actor: Actor;
  ip: string;
}
