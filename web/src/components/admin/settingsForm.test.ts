import { describe, expect, it } from 'vitest';
import { hoursReducer } from './hours';
import { fromForm, toForm } from './settingsForm';
import type { Settings } from './types';

const settings: Settings = {
  id: 'm1',
  slug: 'athens',
  name: { el: 'Δήμος Αθηναίων', en: 'City of Athens' },
  timeZone: 'Europe/Athens',
  modes: ['video', 'in_person'],
  durations: { in_person: 20, video: 30 },
  openingHours: { '1': [{ start: '08:00', end: '14:00' }] },
  bookingWindowDays: 60,
  minLeadMinutes: 120,
  bufferMinutes: 5,
  holdMinutes: 10,
  changeCutoffMinutes: 1440,
  allowThirdPerson: true,
  thirdPersonInviteOnBooking: false,
  reminderOffsetsMinutes: [1440, 90],
  publicHolidaysClosed: true,
  phone: null,
  email: 'info@athens.gr',
};

describe('settings form', () => {
  it('sends back what it read, unchanged', () => {
    const { patch, problems } = fromForm(toForm(settings));
    expect(problems).toEqual([]);
    const { id, slug, timeZone, ...rest } = settings;
    expect(patch).toEqual({ ...rest, modes: ['in_person', 'video'] });
  });

  it('shows reminders as hours and minutes', () => {
    expect(toForm(settings).reminders).toEqual([
      { hours: '24', minutes: '0' },
      { hours: '1', minutes: '30' },
    ]);
  });

  it('asks for a length for each offered mode, and drops lengths of modes not offered', () => {
    const f = toForm(settings);
    f.modes = ['in_person', 'phone', 'video'];
    expect(fromForm(f).problems).toEqual([{ field: 'durations.phone', key: 'admin.errors.wholeNumber' }]);
    f.modes = ['phone'];
    f.durations.phone = '15';
    expect(fromForm(f).patch?.durations).toEqual({ phone: 15 });
  });

  it('names each problem by its input', () => {
    const f = toForm(settings);
    f.numbers.bufferMinutes = 'πέντε';
    f.reminders = [{ hours: '0', minutes: '0' }];
    f.hours = hoursReducer(f.hours, { type: 'set', day: '1', index: 0, part: 'end', value: '07:00' });
    f.nameEn = ' ';
    expect(fromForm(f).problems.map((p) => p.field)).toEqual(['name.en', 'openingHours.1.0.end', 'bufferMinutes', 'reminderOffsetsMinutes.0.hours']);
  });

  it('turns off invites at booking when third persons are not allowed, and empty contacts into nothing', () => {
    const f = toForm({ ...settings, thirdPersonInviteOnBooking: true });
    f.allowThirdPerson = false;
    f.email = '  ';
    const { patch } = fromForm(f);
    expect(patch?.thirdPersonInviteOnBooking).toBe(false);
    expect(patch?.email).toBeNull();
  });
});
