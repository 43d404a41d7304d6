import type { JoiningView, MunicipalityOverview, MunicipalityReview, PoolInterpreter } from '@muni/appointments';
import { topicDuration } from '@muni/appointments';
import type { Mode } from '@muni/domain';
import { presentInterpreter, presentSettings } from './present';

// What the joining flow and the platform admin's screens answer (openapi/platformResponses.ts).

export const presentJoining = (j: JoiningView) => ({
  status: j.status,
  submittedAt: j.submittedAt?.toISOString() ?? null,
  approvedAt: j.approvedAt?.toISOString() ?? null,
  reviewComment: j.reviewComment,
  contact: j.contact,
  missing: j.missing,
});

/** The platform admin's list: each municipality with where it stands, its active employees and admins. */
export const presentPlatformMunicipality = ({ municipality: m, activeEmployees, admins }: MunicipalityOverview) => ({
  id: m.id,
  slug: m.slug,
  name: { el: m.name_el, en: m.name_en },
  timeZone: m.time_zone,
  modes: m.modes,
  status: m.status,
  submittedAt: m.submitted_at?.toISOString() ?? null,
  approvedAt: m.approved_at?.toISOString() ?? null,
  activeEmployees,
  admins,
});

/** The joining form as the platform admin reviews it. */
export const presentReview = (r: MunicipalityReview) => ({
  settings: presentSettings(r.municipality),
  joining: presentJoining(r.joining),
  topics: r.topics.map(({ topic: t, employeeCount }) => ({
    id: t.id,
    name: { el: t.name_el, en: t.name_en },
    modes: t.modes,
    durationMinutes: Object.fromEntries(t.modes.map((m: Mode) => [m, topicDuration(t, r.municipality, m)]).filter(([, v]) => v !== undefined)),
    active: t.active,
    employeeCount,
  })),
  admins: r.admins,
  upcomingAppointments: r.upcomingAppointments,
});

export const presentPoolInterpreter = (i: PoolInterpreter) => ({ ...presentInterpreter(i), municipalityIds: i.municipalityIds });
