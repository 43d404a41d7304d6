import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../api/types';
import { useLang } from '../../i18n';
import { formatDateTime, formatDay, localDate } from '../../lib/dates';
import { TimeList } from './TimeList';
import { TimeZoneNote } from './TimeZoneNote';

/** The chosen (or the appointment's own) employee is not free at the lost time (409 requested_employee_taken). */
export interface EmployeeTaken {
  /** Their name, when known. */
  name?: string;
  /** The time that was asked for. */
  lost: Slot;
  /** Keeps the lost time with any free employee; null when nobody else is free then. */
  onAnyEmployee: (() => void) | null;
}

interface Props {
  /** The nearest free times before and after the lost one (the employee's own, with `employee`). */
  nextSlots: Slot[];
  timeZone: string;
  onPick: (slot: Slot) => void;
  busy?: boolean;
  /** Where to see all free times instead. */
  otherTimes?: ReactNode;
  employee?: EmployeeTaken;
  /** Why the time could not be had, when it was not that someone took it: no interpreter free then. */
  noInterpreter?: boolean;
}

/**
 * The time could not be had (409): explain, and offer the nearest free times.
 * When only the chosen employee is busy then, offer both ways on: one of that
 * employee's times, or the same time with any employee.
 */
export function SlotTaken({ nextSlots, timeZone, onPick, busy, otherTimes, employee, noInterpreter }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [choice, setChoice] = useState<Slot | null>(null);
  const ref = useRef<HTMLElement>(null);
  // It appears below the form after a failed attempt: bring it to the user.
  useEffect(() => ref.current?.focus(), []);
  // The free times may span days, so the day goes into each label's legend.
  const days = [...new Set(nextSlots.map((s) => localDate(s.start, timeZone)))];
  const lostAt = employee ? formatDateTime(employee.lost.start, timeZone, lang) : '';
  const who = employee?.name ?? t('slots.employeeTakenSomeone');

  return (
    <section ref={ref} tabIndex={-1} className="notice notice-warning" aria-labelledby="slot-taken-title">
      <h2 id="slot-taken-title">{employee ? t('slots.employeeTakenTitle', { name: who, time: lostAt }) : noInterpreter ? t('slots.noInterpreterTitle') : t('slots.takenTitle')}</h2>
      <p>{employee ? t('slots.employeeTakenText', { name: who }) : noInterpreter ? t('slots.noInterpreterText') : t('slots.takenText')}</p>
      {nextSlots.length > 0 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) onPick(choice);
          }}
        >
          <TimeZoneNote timeZone={timeZone} />
          {days.map((d) => (
            <TimeList
              key={d}
              name={`next-${d}`}
              legend={formatDay(d, lang, 'long')}
              slots={nextSlots.filter((s) => localDate(s.start, timeZone) === d)}
              timeZone={timeZone}
              value={choice}
              onChange={setChoice}
            />
          ))}
          <button type="submit" className="button" disabled={!choice || busy}>
            {employee ? t('slots.takeThisWith', { name: who }) : t('slots.takeThis')}
          </button>
        </form>
      ) : (
        <p>{employee ? t('slots.employeeNoNext', { name: who }) : t('slots.noNext')}</p>
      )}
      {employee?.onAnyEmployee && (
        <>
          <h3>{t('slots.anyEmployeeTitle')}</h3>
          <p>{t('slots.anyEmployeeText', { time: lostAt })}</p>
          <button type="button" className="button button-secondary" disabled={busy} onClick={employee.onAnyEmployee}>
            {t('slots.anyEmployeeAt', { time: lostAt })}
          </button>
        </>
      )}
      {otherTimes}
    </section>
  );
}
