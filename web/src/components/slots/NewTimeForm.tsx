// Moving an appointment to another free time, shared by the citizen's and the
// clerk's reschedule pages: the picker, submit / cancel, the API's error, and
// the next free times when the chosen one was taken meanwhile.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { takenNextSlots } from '../../api/slotTaken';
import type { Appointment, Slot } from '../../api/types';
import { ErrorNotice } from '../ErrorNotice';
import { SlotPicker } from './SlotPicker';
import { SlotTaken } from './SlotTaken';

/** The chosen time, and whether submit was pressed without one (for the page's error summary). */
export function useNewTime() {
  const [choice, setChoice] = useState<Slot | null>(null);
  const [missing, setMissing] = useState(false);
  return {
    choice,
    missing,
    pick: (slot: Slot) => {
      setChoice(slot);
      setMissing(false);
    },
    /** The chosen time, or null after flagging it as missing. */
    check: () => {
      setMissing(!choice);
      return choice;
    },
  };
}

interface Props {
  a: Pick<Appointment, 'municipality' | 'mode' | 'topic' | 'interpretation'>;
  time: ReturnType<typeof useNewTime>;
  onSend: (slot: Slot) => void;
  pending: boolean;
  error: ApiError | null;
  submitLabel: string;
  cancelTo: string;
  /** Shown between the error and the picker. */
  children?: ReactNode;
}

export function NewTimeForm({ a, time, onSend, pending, error, submitLabel, cancelTo, children }: Props) {
  const { t } = useTranslation();
  const tz = a.municipality.timeZone;
  const taken = takenNextSlots(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const slot = time.check();
    if (slot) onSend(slot);
  };
  return (
    <>
      {!taken && <ErrorNotice error={error} />}
      {children}
      <form onSubmit={submit} noValidate>
        <SlotPicker
          municipalityId={a.municipality.id}
          mode={a.mode}
          topicId={a.topic.id}
          interpretation={a.interpretation}
          timeZone={tz}
          value={time.choice}
          onChange={time.pick}
          error={time.missing ? t('errors.chooseTime') : undefined}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {submitLabel}
          </button>
          <Link to={cancelTo} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
      {taken && <SlotTaken nextSlots={taken} timeZone={tz} onPick={onSend} busy={pending} />}
    </>
  );
}
