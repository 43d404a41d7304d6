import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import type { Slot } from '../../api/types';
import {
  type ConsoleBookingForm,
  consoleBookingBody,
  emptyBookingForm,
  idempotencyKeyFor,
  updateForm,
  validateBookingForm,
} from '../../components/console/bookingForm';
import { ExtrasSection, OnBehalfSection, PersonSection, ServiceSection } from '../../components/console/BookingSections';
import { type ConsoleAppointment, useConsoleBook } from '../../components/console/consoleApi';
import { spelledReference } from '../../components/console/reference';
import { useConsole } from '../../components/console/ConsoleContext';
import { useEmployees } from '../../api/hooks';
import { lostTimeOffer, takenAnswer } from '../../api/slotTaken';
import { ConfirmationPanel } from '../../components/booking/ConfirmationPanel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary, type ShownError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SlotPicker } from '../../components/slots/SlotPicker';
import { type EmployeeTaken, SlotTaken } from '../../components/slots/SlotTaken';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, localDate, timeZoneName } from '../../lib/dates';
import { newUuid } from '../../lib/uuid';
import type { FieldProblem } from '../../wizard/validate';

function Booked({ a, onAnother }: { a: ConsoleAppointment; onAnother: () => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const tz = a.municipality.timeZone;
  return (
    <>
      <ConfirmationPanel title={t('console.book.doneTitle')} reference={a.reference} />
      {/* On the phone the reference is what the caller keeps: read it out, spelled. */}
      <p className="notice" role="status">
        {t('console.book.readReference')} <strong style={{ whiteSpace: 'nowrap' }}>{spelledReference(a.reference)}</strong>
      </p>
      <p className="lead">
        {formatDateTime(a.start, tz, lang)} ({timeZoneName(tz, lang)}) · {t(`modes.${a.mode}`)} · {text(a.topic.name)}
      </p>
      <p>
        {a.person.email
          ? t('console.book.doneText', { name: a.person.fullName, email: a.person.email, employee: a.employee?.displayName ?? '–' })
          : a.person.textsTo
            ? t('console.book.doneTexts', { name: a.person.fullName, phone: a.person.textsTo, employee: a.employee?.displayName ?? '–' })
            : t('console.book.doneNoEmail', { name: a.person.fullName, employee: a.employee?.displayName ?? '–' })}
      </p>
      <div className="button-group">
        <Link to={`/console/appointments/${a.id}`} className="button">
          {t('console.book.open')}
        </Link>
        <Link to={`/console?date=${localDate(a.start, tz)}`}>{t('console.book.toDay')}</Link>
        <button type="button" className="link-button" onClick={onAnother}>
          {t('console.book.another')}
        </button>
      </div>
    </>
  );
}

/** `/console/book`: an employee books for a citizen (at the desk or on the phone), all on one page. */
export default function ConsoleBook() {
  const { t } = useTranslation();
  const text = useLocalized();
  const { municipality, user } = useConsole();
  const book = useConsoleBook();
  const [form, setForm] = useState<ConsoleBookingForm>(emptyBookingForm);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [done, setDone] = useState<ConsoleAppointment | null>(null);
  const [sent, setSent] = useState<{ slot: Slot; employeeId: string | null } | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const ctx = { municipalityId: municipality.id, allowThirdPerson: municipality.allowThirdPerson, user };

  const set = (patch: Partial<ConsoleBookingForm>) => setForm((f) => updateForm(f, patch));

  const shown: ShownError[] = problems.map((p) => ({
    field: p.field,
    text: p.key === 'errors.required' ? t([`errors.requiredField.${p.field}`, p.key]) : t(p.key),
  }));
  // A 422 naming a field goes beside it and into the summary, in the current language.
  // (A taken time is explained by the alternatives offered below the form instead.)
  const err = book.error;
  // What the answer is about: the time sent and the employee insisted on (the form may have moved on since).
  const offer = lostTimeOffer(takenAnswer(err), sent && { slot: sent.slot, anyEmployee: !sent.employeeId });
  const taken = offer?.alternatives ?? null;
  const employees = useEmployees(municipality.id, form.topicId, form.mode);
  if (!taken && isApiError(err) && err.field && !shown.some((s) => s.field === err.field)) {
    shown.push({ field: err.field, text: text(err.message) });
  }
  const errorFor = (field: string) => shown.find((e) => e.field === field)?.text;

  const send = (f: ConsoleBookingForm) => {
    const found = validateBookingForm(f, municipality.allowThirdPerson);
    setProblems(found);
    const body = found.length === 0 ? consoleBookingBody(f, ctx) : null;
    if (!body) return;
    attempt.current = idempotencyKeyFor(attempt.current, body, newUuid);
    setSent(f.slot && { slot: f.slot, employeeId: f.requestedEmployeeId });
    book.mutate({ body, idempotencyKey: attempt.current.key }, { onSuccess: (a) => setDone(a) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(form);
  };
  const pickOther = (slot: Slot) => {
    const next = updateForm(form, { slot });
    setForm(next);
    send(next);
  };
  const pickWithAnyone = (slot: Slot) => {
    const next = updateForm(form, { requestedEmployeeId: null, slot });
    setForm(next);
    send(next);
  };
  // Only the caller's chosen employee is busy then: read out both ways on, one of their times or this time with anyone.
  const at = offer?.anyEmployeeAt;
  const employeeTaken: EmployeeTaken | undefined =
    offer?.employeeTaken && sent
      ? {
          name: employees.data?.find((e) => e.id === sent.employeeId)?.displayName,
          lost: sent.slot,
          onAnyEmployee: at ? () => pickWithAnyone(at) : null,
        }
      : undefined;

  if (done) {
    return (
      <Booked
        a={done}
        onAnother={() => {
          setDone(null);
          setForm(emptyBookingForm);
          book.reset();
          attempt.current = null;
        }}
      />
    );
  }

  return (
    <>
      <ErrorSummary errors={shown} />
      <PageHeading>{t('console.book.title')}</PageHeading>
      <p className="lead">{t('console.book.intro', { municipality: text(municipality.name) })}</p>
      <form onSubmit={submit} noValidate>
        <h2>{t('console.book.serviceTitle')}</h2>
        <ServiceSection form={form} set={set} errorFor={errorFor} municipalityId={municipality.id} modes={municipality.modes} />
        <h2>{t('console.book.timeTitle')}</h2>
        {form.mode && form.topicId ? (
          <SlotPicker
            key={`${form.mode}-${form.topicId}`}
            municipalityId={municipality.id}
            mode={form.mode}
            topicId={form.topicId}
            employeeId={form.requestedEmployeeId}
            interpretation={form.interpretation}
            timeZone={municipality.timeZone}
            value={form.slot}
            onChange={(slot) => set({ slot })}
            error={errorFor('start')}
          />
        ) : (
          <p className="hint" id="start">
            {t('console.book.chooseFirst')}
          </p>
        )}
        <h2>{t('console.book.personTitle')}</h2>
        <PersonSection form={form} set={set} errorFor={errorFor} />
        <OnBehalfSection form={form} set={set} errorFor={errorFor} />
        <h2>{t('console.book.extrasTitle')}</h2>
        <ExtrasSection form={form} set={set} errorFor={errorFor} allowThirdPerson={municipality.allowThirdPerson} />
        {!taken && !(isApiError(err) && err.field) && <ErrorNotice error={err} />}
        <button type="submit" className="button" disabled={book.isPending}>
          {t('console.book.submit')}
        </button>
      </form>
      {taken && (
        <SlotTaken key={`${offer?.employeeTaken}-${sent?.slot.start}`} nextSlots={taken} timeZone={municipality.timeZone} onPick={pickOther} busy={book.isPending} employee={employeeTaken} />
      )}
    </>
  );
}
