import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useBookAppointment, useEmployees, useMunicipality, useTopics } from '../../api/hooks';
import { takenAnswer } from '../../api/slotTaken';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';
import { newUuid } from '../../lib/uuid';
import { buildBooking, thirdPersonAllowed } from '../../wizard/buildBooking';
import { LostTimeNotice } from '../../wizard/LostTimeNotice';
import { StepPage } from '../../wizard/StepPage';
import { stepForField, stepPath } from '../../wizard/steps';
import { type LostTime, lostTime } from '../../wizard/lostTime';
import { useHoldSlot } from '../../wizard/useHoldSlot';
import { onBehalfText } from '../../components/booking/onBehalf';
import { useWizard } from '../../wizard/WizardContext';

export default function ReviewStep() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const { state, dispatch, user } = useWizard();
  const { municipality } = useMunicipality(state.municipalityId);
  const topic = useTopics(state.municipalityId, state.mode).data?.find((tp) => tp.id === state.topicId);
  const employee = useEmployees(state.municipalityId, state.topicId, state.mode).data?.find(
    (e) => e.id === state.requestedEmployeeId,
  );
  const book = useBookAppointment();
  const holder = useHoldSlot();

  // One key per attempt of this exact booking: retries reuse it, any change makes a new one.
  useEffect(() => {
    if (!state.idempotencyKey) dispatch({ type: 'idempotencyKey', key: newUuid() });
  }, [state.idempotencyKey, dispatch]);

  const allowThirdPerson = municipality?.allowThirdPerson ?? false;
  const body = buildBooking(state, { user, allowThirdPerson });
  // A lost time, from the booking itself or from holding another time since.
  const bookTaken = takenAnswer(book.error);
  const taken: LostTime | null =
    holder.taken ?? (bookTaken && state.slot ? lostTime(bookTaken, state.slot, state.requestedEmployeeId) : null);

  const submit = () => {
    if (!body || !state.idempotencyKey) return;
    book.mutate(
      { body, idempotencyKey: state.idempotencyKey },
      {
        onSuccess: (appointment) => {
          dispatch({ type: 'booked', appointment });
          navigate('/book/done');
        },
        onError: (e) => {
          if (isApiError(e) && e.status === 422 && e.field && stepForField(e.field) !== 'review') {
            dispatch({ type: 'fieldError', error: { field: e.field, message: e.message } });
            navigate(stepPath(stepForField(e.field)));
          }
        },
      },
    );
  };
  const pick = async (slot: Slot) => {
    if (await holder.hold(slot)) book.reset();
  };
  // The requested employee is not free then: the citizen chose the time with anyone instead (then confirms again).
  const anyEmployee = async (slot: Slot) => {
    if (await holder.holdWithAnyEmployee(slot)) book.reset();
  };

  // Booked: the wizard state was reset, which would otherwise send us back to the first step.
  if (state.done) return <Navigate to="/book/done" replace />;

  const tz = municipality?.timeZone ?? 'Europe/Athens';
  const o = state.onBehalfOf;
  const behalf = o.kind === 'self' ? t('wizard.onBehalf.self') : onBehalfText(t, { ...o, kind: o.kind });
  const rows: SummaryRow[] = [
    { key: 'municipality', label: t('review.municipality'), value: text(municipality?.name), changeTo: stepPath('municipality') },
    { key: 'mode', label: t('review.mode'), value: state.mode ? t(`modes.${state.mode}`) : '', changeTo: stepPath('mode') },
    { key: 'topic', label: t('review.topic'), value: text(topic?.name), changeTo: stepPath('topic') },
    {
      key: 'date',
      label: t('review.dateTime'),
      value: state.slot ? `${formatDateTime(state.slot.start, tz, lang)} (${timeZoneName(tz, lang)})` : '',
      changeTo: stepPath('date'),
    },
    {
      key: 'person',
      label: t('review.person'),
      value: (
        <>
          {state.person.fullName}
          <br />
          {state.person.email}
          <br />
          {state.person.phone}
          <br />
          {t('review.language', { language: state.person.language === 'el' ? 'Ελληνικά' : 'English' })}
        </>
      ),
      changeTo: stepPath('details'),
    },
    { key: 'behalf', label: t('review.onBehalf'), value: behalf, changeTo: stepPath('on-behalf') },
    {
      key: 'interpretation',
      label: t('review.interpretation'),
      value: t(`interpretation.${state.interpretation ?? 'none'}`),
      changeTo: stepPath('requirements'),
    },
  ];
  if (thirdPersonAllowed(state.mode, allowThirdPerson))
    rows.push({
      key: 'third',
      label: t('review.thirdPerson'),
      value: state.thirdPerson.wanted ? `${state.thirdPerson.fullName} (${state.thirdPerson.email})` : t('common.none'),
      changeTo: stepPath('requirements'),
    });
  if (state.notes) rows.push({ key: 'notes', label: t('review.notes'), value: state.notes, changeTo: stepPath('requirements') });
  rows.push({
    key: 'employee',
    label: t('review.employee'),
    value: employee?.displayName ?? t('wizard.employee.noPreference'),
    changeTo: stepPath('employee'),
  });

  return (
    <StepPage
      step="review"
      title={t('review.title')}
      onSubmit={submit}
      submitLabel={t('review.submit')}
      busy={book.isPending || holder.busy || !body}
      after={
        taken && (
          <LostTimeNotice
            taken={taken}
            timeZone={tz}
            onPick={(s) => void pick(s)}
            onAnyEmployee={(s) => void anyEmployee(s)}
            busy={holder.busy}
          />
        )
      }
    >
      {!taken && <ErrorNotice error={book.error ?? holder.error} />}
      <SummaryList rows={rows} />
      {topic && topic.requiredDocuments.length > 0 && (
        <>
          <h2>{t('review.documents')}</h2>
          <ul className="list">
            {topic.requiredDocuments.map((d) => (
              <li key={d.el}>{text(d)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('review.confirmText')}</p>
    </StepPage>
  );
}
