import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppointment, useReschedule } from '../../api/hooks';
import { takenNextSlots } from '../../api/slotTaken';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { SlotPicker } from '../../components/slots/SlotPicker';
import { SlotTaken } from '../../components/slots/SlotTaken';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import type { AppointmentsFlash } from './MyAppointments';

function RescheduleForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useAppointment(id);
  const reschedule = useReschedule();
  const [choice, setChoice] = useState<Slot | null>(null);
  const [missing, setMissing] = useState(false);

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const tz = a.municipality.timeZone;

  const send = (slot: Slot) =>
    reschedule.mutate(
      { id, start: slot.start },
      {
        onSuccess: (updated) => {
          const flash: AppointmentsFlash = { flash: 'rescheduled', reference: updated.reference };
          navigate('/appointments', { state: flash });
        },
      },
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!choice);
    if (choice) send(choice);
  };
  const taken = takenNextSlots(reschedule.error);

  return (
    <>
      <ErrorSummary errors={missing ? [{ field: 'start', text: t('errors.chooseTime') }] : []} />
      <PageHeading>{t('reschedule.title')}</PageHeading>
      <p className="lead">
        {t('reschedule.current', { date: formatDateTime(a.start, tz, lang), topic: text(a.topic.name) })}
      </p>
      {!taken && <ErrorNotice error={reschedule.error} />}
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
          <button type="submit" className="button" disabled={reschedule.isPending}>
            {t('reschedule.submit')}
          </button>
          <Link to="/appointments" className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
      {taken && <SlotTaken nextSlots={taken} timeZone={tz} onPick={send} busy={reschedule.isPending} />}
    </>
  );
}

export default function Reschedule() {
  const { id = '' } = useParams();
  return <RequireSignIn returnTo={`/appointments/${id}/reschedule`}>{() => <RescheduleForm id={id} />}</RequireSignIn>;
}
