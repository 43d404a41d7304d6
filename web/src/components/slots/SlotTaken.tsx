import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../api/types';
import { useLang } from '../../i18n';
import { formatDay, localDate } from '../../lib/dates';
import { TimeList } from './TimeList';
import { TimeZoneNote } from './TimeZoneNote';

interface Props {
  nextSlots: Slot[];
  timeZone: string;
  onPick: (slot: Slot) => void;
  busy?: boolean;
  /** Where to see all free times instead. */
  otherTimes?: ReactNode;
}

/** Someone else got the time first (409 slot_taken): explain, and offer the next free times. */
export function SlotTaken({ nextSlots, timeZone, onPick, busy, otherTimes }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [choice, setChoice] = useState<Slot | null>(null);
  const ref = useRef<HTMLElement>(null);
  // It appears below the form after a failed attempt: bring it to the user.
  useEffect(() => ref.current?.focus(), []);
  // The next free times may span days, so the day goes into each label's legend.
  const days = [...new Set(nextSlots.map((s) => localDate(s.start, timeZone)))];

  return (
    <section ref={ref} tabIndex={-1} className="notice notice-warning" aria-labelledby="slot-taken-title">
      <h2 id="slot-taken-title">{t('slots.takenTitle')}</h2>
      <p>{t('slots.takenText')}</p>
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
            {t('slots.takeThis')}
          </button>
        </form>
      ) : (
        <p>{t('slots.noNext')}</p>
      )}
      {otherTimes}
    </section>
  );
}
