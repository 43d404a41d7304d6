import type { EmployeeRow, InterpreterRow, MunicipalityRow, OfficeRow, TopicRow } from '@muni/db';

// What the admin API answers: camelCase views of the rows, ids for links.

export function presentSettings(m: MunicipalityRow) {
  return {
    id: m.id,
    slug: m.slug,
    name: { el: m.name_el, en: m.name_en },
    timeZone: m.time_zone,
    modes: m.modes,
    durations: m.durations,
    openingHours: m.opening_hours,
    bookingWindowDays: m.booking_window_days,
    minLeadMinutes: m.min_lead_minutes,
    bufferMinutes: m.buffer_minutes,
    holdMinutes: m.hold_minutes,
    changeCutoffMinutes: m.change_cutoff_minutes,
    allowThirdPerson: m.allow_third_person,
    thirdPersonInviteOnBooking: m.third_person_invite_on_booking,
    reminderOffsetsMinutes: m.reminder_offsets_minutes,
    publicHolidaysClosed: m.public_holidays_closed,
    phone: m.phone,
    email: m.email,
  };
}

export const presentOffice = (o: OfficeRow) => ({ id: o.id, name: o.name, address: o.address, floor: o.floor, directions: o.directions });

export const presentTopic = (t: TopicRow, employeeIds: string[]) => ({
  id: t.id,
  name: { el: t.name_el, en: t.name_en },
  modes: t.modes,
  durations: t.durations,
  requiredDocuments: t.required_documents,
  active: t.active,
  employeeIds,
});

export const presentEmployee = (e: EmployeeRow, topicIds: string[]) => ({
  id: e.id,
  taxId: e.tax_id,
  fullName: e.full_name,
  email: e.email,
  officeId: e.office_id,
  modes: e.modes,
  workingHours: e.working_hours,
  isAdmin: e.is_admin,
  active: e.active,
  topicIds,
});

export const presentInterpreter = (i: InterpreterRow) => ({
  id: i.id,
  fullName: i.full_name,
  email: i.email,
  kinds: i.kinds,
  workingHours: i.working_hours,
  timeZone: i.time_zone,
  active: i.active,
});

export const presentAbsence = (a: { id: string; starts_at: Date; ends_at: Date; reason: string | null }) => ({
  id: a.id,
  start: a.starts_at.toISOString(),
  end: a.ends_at.toISOString(),
  reason: a.reason,
});
