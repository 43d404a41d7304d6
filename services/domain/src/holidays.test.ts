import { describe, expect, it } from 'vitest';
import { greekPublicHolidays, makeClosedDayPredicate, orthodoxEaster } from './holidays';

const dates = (year: number) => greekPublicHolidays(year).map((h) => h.date);

describe('greekPublicHolidays', () => {
  it('has the movable Orthodox feasts of 2026 (Easter 12 April)', () => {
    expect(orthodoxEaster(2026)).toBe('2026-04-12');
    const byDate = new Map(greekPublicHolidays(2026).map((h) => [h.date, h]));
    expect(byDate.get('2026-02-23')).toMatchObject({ nameEl: 'Καθαρά Δευτέρα', nameEn: 'Clean Monday' });
    expect(byDate.get('2026-04-10')).toMatchObject({ nameEl: 'Μεγάλη Παρασκευή', nameEn: 'Good Friday' });
    expect(byDate.get('2026-04-13')).toMatchObject({ nameEl: 'Δευτέρα του Πάσχα', nameEn: 'Easter Monday' });
    expect(byDate.get('2026-06-01')).toMatchObject({ nameEl: 'Αγίου Πνεύματος', nameEn: 'Whit Monday' });
  });

  it('moves them with Easter in 2027 (Easter 2 May)', () => {
    expect(orthodoxEaster(2027)).toBe('2027-05-02');
    expect(dates(2027)).toEqual(expect.arrayContaining(['2027-03-15', '2027-04-30', '2027-05-03', '2027-06-21']));
  });

  it('has the fixed national holidays and no mere observances, sorted', () => {
    const list = dates(2026);
    expect(list).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-06', '2026-03-25', '2026-05-01', '2026-08-15', '2026-10-28', '2026-12-25', '2026-12-26']));
    expect(list).not.toContain('2026-05-10'); // Mother's Day is an observance
    expect(list).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
  });

  it('returns copies, so callers cannot spoil the cache', () => {
    greekPublicHolidays(2026)[0]!.date = 'spoiled';
    expect(dates(2026)[0]).toBe('2026-01-01');
  });
});

describe('makeClosedDayPredicate', () => {
  const closures = [
    { date: '2020-11-11', recurringYearly: true, label: 'Πολιούχος' },
    { date: '2026-07-03', recurringYearly: false, label: 'Απολύμανση' },
  ];

  it('closes public holidays, local holidays every year and one-off closures once', () => {
    const isClosed = makeClosedDayPredicate(closures);
    expect(isClosed('2026-04-13')).toBe(true); // Easter Monday
    expect(isClosed('2027-05-03')).toBe(true);
    expect(isClosed('2026-11-11')).toBe(true);
    expect(isClosed('2031-11-11')).toBe(true);
    expect(isClosed('2026-07-03')).toBe(true);
    expect(isClosed('2027-07-03')).toBe(false);
    expect(isClosed('2026-04-14')).toBe(false);
  });

  it('can ignore public holidays', () => {
    const isClosed = makeClosedDayPredicate(closures, { publicHolidays: false });
    expect(isClosed('2026-04-13')).toBe(false);
    expect(isClosed('2026-11-11')).toBe(true);
  });
});
