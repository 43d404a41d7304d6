import { describe, expect, it } from 'vitest';
import { backToListHref, dayQueryParams, dayRange, detailHref, isCalendarDay, listRequest, parseDayQuery, stepDate } from './dayQuery';

const TODAY = '2026-11-24';
const TOPIC = '0f8fad5b-d9cb-469f-a165-70867728950e';
const COLLEAGUE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const NONE = { mode: null, status: null, employee: null, topic: null, q: '' };

describe('day view state in the URL', () => {
  it('opens on today, day view, no filters when the URL says nothing', () => {
    expect(parseDayQuery(new URLSearchParams(''), TODAY)).toEqual({ date: TODAY, view: 'day', ...NONE });
  });

  it('reads a chosen week, mode, status, employee, topic and search', () => {
    const q = parseDayQuery(new URLSearchParams(`date=2026-12-01&view=week&mode=video&status=booked&employee=${COLLEAGUE}&topic=${TOPIC}&q=%20Βασιλείου%20%20Σοφία `), TODAY);
    expect(q).toEqual({ date: '2026-12-01', view: 'week', mode: 'video', status: 'booked', employee: COLLEAGUE, topic: TOPIC, q: 'Βασιλείου Σοφία' });
    expect(parseDayQuery(new URLSearchParams('employee=mine'), TODAY).employee).toBe('mine');
    // Links from before the employee filter said "mine=1".
    expect(parseDayQuery(new URLSearchParams('mine=1'), TODAY).employee).toBe('mine');
  });

  it('ignores malformed or impossible values instead of failing', () => {
    const q = parseDayQuery(new URLSearchParams('date=2026-02-30&view=month&mode=fax&status=held&employee=bob&topic=1&q=x'), TODAY);
    expect(q).toEqual({ date: TODAY, view: 'day', ...NONE });
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('24/11/2026')).toBe(false);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(dayQueryParams({ date: TODAY, view: 'day', ...NONE }, TODAY)).toEqual({});
    const q = { date: '2026-11-30', view: 'week', mode: 'phone', status: 'no_show', employee: 'mine', topic: TOPIC, q: '2101234567' } as const;
    const params = new URLSearchParams(dayQueryParams(q, TODAY));
    expect(parseDayQuery(params, TODAY)).toEqual(q);
  });
});

describe('moving through days and weeks', () => {
  it('a day view covers one day, a week view seven days from the chosen one', () => {
    expect(dayRange({ date: TODAY, view: 'day' })).toEqual({ from: TODAY, to: TODAY });
    expect(dayRange({ date: '2026-12-28', view: 'week' })).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('previous/next move a day in day view and a week in week view, across month ends', () => {
    expect(stepDate({ date: '2026-11-30', view: 'day' }, 1)).toBe('2026-12-01');
    expect(stepDate({ date: '2026-03-01', view: 'day' }, -1)).toBe('2026-02-28');
    expect(stepDate({ date: '2026-10-22', view: 'week' }, 1)).toBe('2026-10-29'); // over the DST change
    expect(stepDate({ date: TODAY, view: 'week' }, -1)).toBe('2026-11-17');
  });
});

describe('what the list asks the API for', () => {
  const ME = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('a day, or a week as a range, with the filters; "mine" is the signed-in employee', () => {
    const q = { ...parseDayQuery(new URLSearchParams(`view=week&employee=mine&topic=${TOPIC}`), TODAY) };
    expect(listRequest(q, ME)).toEqual({ date: TODAY, to: '2026-11-30', mode: null, status: null, employeeId: ME, topicId: TOPIC, q: null });
    expect(listRequest(parseDayQuery(new URLSearchParams(`employee=${COLLEAGUE}`), TODAY), ME)).toMatchObject({ date: TODAY, to: null, employeeId: COLLEAGUE });
  });

  it('a search looks at every date, keeping the other filters', () => {
    const q = parseDayQuery(new URLSearchParams('date=2026-12-01&view=week&mode=video&q=k7p 4xq'), TODAY);
    expect(listRequest(q, ME)).toEqual({ date: null, to: null, mode: 'video', status: null, employeeId: null, topicId: null, q: 'k7p 4xq' });
  });
});

describe('back to the list from an appointment', () => {
  it('returns to the very list (view, filters, search) the appointment was opened from', () => {
    const list = `?date=2026-12-01&view=week&mode=video&employee=mine&topic=${TOPIC}`;
    const href = detailHref('abc', list);
    expect(href.startsWith('/console/appointments/abc?list=')).toBe(true);
    const back = backToListHref(href.slice(href.indexOf('?')), '2026-12-03', TODAY);
    expect(back).toBe(`/console?date=2026-12-01&view=week&mode=video&employee=mine&topic=${TOPIC}`);
    expect(backToListHref(detailHref('abc', '?q=Βασιλείου').split('?')[1]!, '2026-12-03', TODAY)).toBe(`/console?q=${encodeURIComponent('Βασιλείου')}`);
  });

  it("opened from today's unfiltered list it goes back there; opened from elsewhere, to the appointment's day", () => {
    expect(detailHref('abc', '')).toBe('/console/appointments/abc');
    expect(backToListHref(detailHref('abc', '?').split('?')[1] ?? '', '2026-12-03', TODAY)).toBe('/console?date=2026-12-03');
    expect(backToListHref('', TODAY, TODAY)).toBe('/console');
  });

  it('can only lead to the console list, whatever the link carries', () => {
    expect(backToListHref(`?list=${encodeURIComponent('//evil.example/x?date=2026-12-01&mode=fax')}`, TODAY, TODAY)).toBe('/console');
  });
});
