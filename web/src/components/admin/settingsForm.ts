// The settings form as typed (strings) and its conversion to the API's PUT body.
import { joinMinutes, readNumbers, splitMinutes } from './formValues';
import { fromDraft, type HoursDraft, hoursProblems, type Problem, toDraft } from './hours';
import type { ReminderDraft } from './RemindersEditor';
import { ALL_MODES, type Mode, type Settings } from './types';

export const NUMBER_FIELDS = ['bookingWindowDays', 'minLeadMinutes', 'bufferMinutes', 'holdMinutes', 'changeCutoffMinutes'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

export interface SettingsForm {
  nameEl: string;
  nameEn: string;
  modes: Mode[];
  durations: Record<Mode, string>;
  hours: HoursDraft;
  numbers: Record<NumberField, string>;
  allowThirdPerson: boolean;
  thirdPersonInviteOnBooking: boolean;
  reminders: ReminderDraft[];
  publicHolidaysClosed: boolean;
  phone: string;
  email: string;
}

export function toForm(s: Settings): SettingsForm {
  const durations = {} as Record<Mode, string>;
  for (const m of ALL_MODES) durations[m] = s.durations[m] ? String(s.durations[m]) : '';
  const numbers = {} as Record<NumberField, string>;
  for (const f of NUMBER_FIELDS) numbers[f] = String(s[f]);
  return {
    nameEl: s.name.el,
    nameEn: s.name.en,
    modes: ALL_MODES.filter((m) => s.modes.includes(m)),
    durations,
    hours: toDraft(s.openingHours),
    numbers,
    allowThirdPerson: s.allowThirdPerson,
    thirdPersonInviteOnBooking: s.thirdPersonInviteOnBooking,
    reminders: s.reminderOffsetsMinutes.map(splitMinutes),
    publicHolidaysClosed: s.publicHolidaysClosed,
    phone: s.phone ?? '',
    email: s.email ?? '',
  };
}

export type SettingsPatch = Omit<Settings, 'id' | 'slug' | 'timeZone'>;

/**
 * The PUT body, or the problems to fix first (each on its input, named by the
 * API's path). Lengths are sent for the offered modes only; the API requires those.
 */
export function fromForm(f: SettingsForm): { patch: SettingsPatch | null; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!f.nameEl.trim()) problems.push({ field: 'name.el', key: 'admin.errors.required' });
  if (!f.nameEn.trim()) problems.push({ field: 'name.en', key: 'admin.errors.required' });
  if (f.modes.length === 0) problems.push({ field: 'modes', key: 'admin.errors.modes' });
  const durations: Partial<Record<Mode, number>> = {};
  for (const m of f.modes) {
    const n = readNumbers({ [`durations.${m}`]: f.durations[m] });
    problems.push(...n.problems);
    if (!n.problems.length) durations[m] = n.numbers[`durations.${m}`]!;
  }
  problems.push(...hoursProblems(f.hours, 'openingHours'));
  const { numbers, problems: numberProblems } = readNumbers(f.numbers);
  problems.push(...numberProblems);
  const reminders: number[] = [];
  f.reminders.forEach((r, i) => {
    const total = joinMinutes(r.hours, r.minutes);
    if (total === null) problems.push({ field: `reminderOffsetsMinutes.${i}.hours`, key: 'admin.errors.wholeNumber' });
    else if (total === 0) problems.push({ field: `reminderOffsetsMinutes.${i}.hours`, key: 'admin.errors.reminderZero' });
    else reminders.push(total);
  });
  if (problems.length) return { patch: null, problems };
  return {
    patch: {
      name: { el: f.nameEl.trim(), en: f.nameEn.trim() },
      modes: f.modes,
      durations,
      openingHours: fromDraft(f.hours),
      ...(numbers as Record<NumberField, number>),
      allowThirdPerson: f.allowThirdPerson,
      // Invites at booking make no sense when no third person may join.
      thirdPersonInviteOnBooking: f.allowThirdPerson && f.thirdPersonInviteOnBooking,
      reminderOffsetsMinutes: reminders,
      publicHolidaysClosed: f.publicHolidaysClosed,
      phone: f.phone.trim() || null,
      email: f.email.trim() || null,
    },
    problems: [],
  };
}
