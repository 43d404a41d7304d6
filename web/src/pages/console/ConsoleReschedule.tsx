import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Slot } from '../../api/types';
import type { Flash } from '../../components/console/AppointmentActions';
import { isActive } from '../../components/console/appointmentActions';
import { useConsoleAction, useConsoleAppointment } from '../../components/console/consoleApi';
import { takenNextSlots } from '../../api/slotTaken';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SlotPicker } from '../../components/slots/SlotPicker';
import { SlotTaken } from '../../components/slots/SlotTaken';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';

/** `/console/appointments/:id/reschedule`: a new free time for the same topic, mode and interpretation. */
export default function ConsoleReschedule() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useConsoleAppointment(id);
  const act = useConsoleAction(id);
  const [choice, setChoice] = useState<Slot | null>(null);
  const [missing, setMissing] = useState(false);

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const tz = a.municipality.timeZone;
  const back = `/console/appointments/${id}`;

  const send = (slot: Slot) =>
    act.mutate(
      { kind: 'reschedule', start: slot.start },
      {
        onSuccess: (moved) => {
          const flash: Flash = { key: 'console.flash.rescheduled', values: { date: formatDateTime(moved.start, tz, lang) } };
          navigate(back, { state: { flash } });
        },
      },
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!choice);
    if (choice) send(choice);
  };
  const taken = takenNextSlots(act.error);

  return (
    <>
      <Link to={back} className="back-link">
        {t('common.back')}
      </Link>
      <ErrorSummary errors={missing ? [{ field: 'start', text: t('errors.chooseTime') }] : []} />
      <PageHeading>{t('console.reschedule.title', { name: a.person.fullName })}</PageHeading>
      <p className="lead">
        {t('console.reschedule.current', { date: formatDateTime(a.start, tz, lang), topic: text(a.topic.name), mode: t(`modes.${a.mode}`) })}
      </p>
      {!isActive(a) ? (
        <p className="notice">{t('console.reschedule.notActive')}</p>
      ) : (
        <>
          {!taken && <ErrorNotice error={act.error} />}
          <p>{t('console.reschedule.notify')}</p>
          <form onSubmit={submit} noValidate>
            <SlotPicker
              municipalityId={a.municipality.id}
              mode={a.mode}
              topicId={a.topic.id}
              interpretation={a.interpretation}
              timeZone={tz}
              value={choice}
              onChange={(slot) => {
                setChoice(slot);
                setMissing(false);
              }}
              error={missing ? t('errors.chooseTime') : undefined}
            />
            <div className="button-group">
              <button type="submit" className="button" disabled={act.isPending}>
                {t('console.reschedule.submit')}
              </button>
              <Link to={back} className="button button-secondary">
                {t('common.cancel')}
              </Link>
            </div>
          </form>
          {taken && <SlotTaken nextSlots={taken} timeZone={tz} onPick={send} busy={act.isPending} />}
        </>
      )}
    </>
  );
}
