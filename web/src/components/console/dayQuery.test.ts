import { describe, expect, it } from 'vitest';
import { dayQueryParams, dayRange, isCalendarDay, parseDayQuery, stepDate } from './dayQuery';

const TODAY = '2026-11-24';

describe('day view state in the URL', () => {
  it('opens on today, day view, no filters when the URL says nothing', () => {
    expect(parseDayQuery(new URLSearchParams(''), TODAY)).toEqual({ date: TODAY, view: 'day', mode: null, status: null, mine: false });
  });

  it('reads a chosen week, mode, status and "only mine"', () => {
    const q = parseDayQuery(new URLSearchParams('date=2026-12-01&view=week&mode=video&status=booked&mine=1'), TODAY);
    expect(q).toEqual({ date: '2026-12-01', view: 'week', mode: 'video', status: 'booked', mine: true });
  });

  it('ignores malformed or impossible values instead of failing', () => {
    const q = parseDayQuery(new URLSearchParams('date=2026-02-30&view=month&mode=fax&status=held'), TODAY);
    expect(q).toEqual({ date: TODAY, view: 'day', mode: null, status: null, mine: false });
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('24/11/2026')).toBe(false);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(dayQueryParams({ date: TODAY, view: 'day', mode: null, status: null, mine: false }, TODAY)).toEqual({});
    const q = { date: '2026-11-30', view: 'week', mode: 'phone', status: 'no_show', mine: true } as const;
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
