// Moving an appointment to another free time, shared by the citizen's and the
// clerk's reschedule pages: whose times (the appointment's employee, or any
// employee once the person agrees), the picker, submit / cancel, the API's
// error, and what to choose instead when the time could not be had.
import { type FormEvent, type ReactNode, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { lostTimeOffer, takenAnswer } from '../../api/slotTaken';
import type { Appointment, Slot } from '../../api/types';
import { ErrorNotice } from '../ErrorNotice';
import { RadioGroup } from '../fields';
import { initialNewTime, newTimeReducer, pickerEmployeeId } from './newTime';
import { SlotPicker } from './SlotPicker';
import { SlotTaken } from './SlotTaken';

/** The chosen time and employee choice, and whether submit was pressed without a time (for the page's error summary). */
export function useNewTime() {
  const [state, dispatch] = useReducer(newTimeReducer, initialNewTime);
  return {
    choice: state.slot,
    missing: state.missing,
    anyEmployee: state.anyEmployee,
    pick: (slot: Slot) => dispatch({ type: 'pick', slot }),
    setAnyEmployee: (value: boolean) => dispatch({ type: 'anyEmployee', value }),
    /** The chosen time, or null after flagging it as missing. */
    check: () => {
      dispatch({ type: 'check' });
      return state.slot;
    },
  };
}

interface Props {
  a: Pick<Appointment, 'municipality' | 'mode' | 'topic' | 'interpretation' | 'employee'>;
  time: ReturnType<typeof useNewTime>;
  /** Sends the move; `anyEmployee` only when the person chose that another employee may take it. */
  onSend: (slot: Slot, anyEmployee: boolean) => void;
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
  const name = a.employee.displayName;
  const [sent, setSent] = useState<{ slot: Slot; anyEmployee: boolean } | null>(null);
  const taken = lostTimeOffer(takenAnswer(error), sent);
  const send = (slot: Slot, anyEmployee: boolean) => {
    setSent({ slot, anyEmployee });
    onSend(slot, anyEmployee);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const slot = time.check();
    if (slot) send(slot, time.anyEmployee);
  };
  return (
    <>
      {!taken && <ErrorNotice error={error} />}
      {children}
      <form onSubmit={submit} noValidate>
        <RadioGroup
          field="anyEmployee"
          legend={t('newTime.employeeLegend')}
          value={time.anyEmployee ? 'any' : 'keep'}
          onChange={(v) => time.setAnyEmployee(v === 'any')}
          options={[
            { value: 'keep', label: t('newTime.keep', { name }), hint: t('newTime.keepHint', { name }) },
            { value: 'any', label: t('newTime.any'), hint: t('newTime.anyHint') },
          ]}
        />
        <SlotPicker
          key={time.anyEmployee ? 'any' : 'keep'}
          municipalityId={a.municipality.id}
          mode={a.mode}
          topicId={a.topic.id}
          employeeId={pickerEmployeeId(a, time.anyEmployee)}
          interpretation={a.interpretation}
          timeZone={tz}
          value={time.choice}
          onChange={time.pick}
          error={time.missing ? t('errors.chooseTime') : undefined}
        />
        {time.anyEmployee && <p className="notice">{t('newTime.anyWarning', { name })}</p>}
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {submitLabel}
          </button>
          <Link to={cancelTo} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
      {taken && sent && (
        <SlotTaken
          key={`${sent.slot.start}-${String(sent.anyEmployee)}`}
          nextSlots={taken.alternatives}
          timeZone={tz}
          onPick={(s) => send(s, sent.anyEmployee)}
          busy={pending}
          noInterpreter={takenAnswer(error)?.code === 'no_interpreter'}
          employee={
            taken.employeeTaken ? { name, lost: sent.slot, onAnyEmployee: taken.anyEmployeeAt ? () => send(sent.slot, true) : null } : undefined
          }
        />
      )}
    </>
  );
}
