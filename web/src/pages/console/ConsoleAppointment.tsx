import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { canJoinCall, isActive } from '../../components/console/appointmentActions';
import { DocumentsEmailForm, FinishActions, type Flash, JoinCallButton, ReassignForm, ThirdPersonInvite } from '../../components/console/AppointmentActions';
import { EmailsSection, HistorySection } from '../../components/console/AppointmentLog';
import { AppointmentBadges } from '../../components/console/AppointmentRow';
import { CitizenDataExport } from '../../components/console/CitizenDataExport';
import { OutcomeSection } from '../../components/console/OutcomeSection';
import { type ConsoleAppointment as Appt, useConsoleAppointment } from '../../components/console/consoleApi';
import { backToListHref } from '../../components/console/dayQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type SummaryRow, SummaryList } from '../../components/SummaryList';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, formatTime, localDate, timeZoneName } from '../../lib/dates';

function useDetailRows(a: Appt): SummaryRow[] {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const tz = a.municipality.timeZone;
  const o = a.onBehalfOf;
  const rows: SummaryRow[] = [
    { key: 'reference', label: t('console.row.reference'), value: <span className="reference-small">{a.reference}</span> },
    {
      key: 'when',
      label: t('review.dateTime'),
      value: `${formatDateTime(a.start, tz, lang)}–${formatTime(a.end, tz, lang)} (${timeZoneName(tz, lang)})`,
    },
    { key: 'mode', label: t('review.mode'), value: t(`modes.${a.mode}`) },
    { key: 'topic', label: t('review.topic'), value: text(a.topic.name) },
    { key: 'employee', label: t('review.employee'), value: a.employee?.displayName ?? '–' },
    ...(a.requestedEmployee ? [{ key: 'requested', label: t('console.detail.requested'), value: a.requestedEmployee.displayName }] : []),
    {
      key: 'person',
      label: t('console.detail.person'),
      value: (
        <>
          {a.person.fullName}
          <br />
          {/* Null for a phone booking without an e-mail. */}
          {a.person.email && (
            <>
              <a href={`mailto:${a.person.email}`}>{a.person.email}</a>
              <br />
            </>
          )}
          {/* Null once the personal data are purged. */}
          {a.person.phone && (
            <>
              <a href={`tel:${a.person.phone.replace(/[^\d+]/g, '')}`}>{a.person.phone}</a>
              <br />
            </>
          )}
          {t('console.detail.language', { language: t(`console.languages.${a.person.language}`) })}
        </>
      ),
    },
    {
      key: 'onBehalf',
      label: t('review.onBehalf'),
      value:
        o.kind === 'self'
          ? t('console.detail.self')
          : o.kind === 'other'
            ? t('console.detail.other', { name: o.bookerFullName })
            : t('console.detail.business', {
                name: o.companyName,
                taxId: o.companyTaxId,
                auth: t(o.auth === 'company_credentials' ? 'console.detail.authCredentials' : 'console.detail.authDeclared'),
              }),
    },
    {
      key: 'interpretation',
      label: t('review.interpretation'),
      value: !a.interpretation ? (
        t('common.none')
      ) : (
        <>
          {t(`interpretation.${a.interpretation}`)}
          {/* Who interprets, to reach them if they are late or cannot come. */}
          {a.interpreter && (
            <span className="hint-block" data-testid="console-interpreter">
              {a.interpreter.name}, <a href={`mailto:${a.interpreter.email}`}>{a.interpreter.email}</a>
            </span>
          )}
        </>
      ),
    },
  ];
  if (a.thirdPerson) rows.push({ key: 'third', label: t('review.thirdPerson'), value: a.thirdPerson.fullName });
  if (a.office) {
    rows.push({
      key: 'office',
      label: t('appointments.office'),
      value: [a.office.name, a.office.address, a.office.floor].filter(Boolean).join(', '),
    });
  }
  if (a.notes) rows.push({ key: 'notes', label: t('review.notes'), value: a.notes });
  rows.push({
    key: 'documents',
    label: t('appointments.documents'),
    value:
      a.topic.requiredDocuments.length === 0 ? (
        t('common.none')
      ) : (
        <ul className="list">
          {a.topic.requiredDocuments.map((d) => (
            <li key={d.el}>{text(d)}</li>
          ))}
        </ul>
      ),
  });
  return rows;
}

function Detail({ a, flash, onFlash }: { a: Appt; flash: Flash | null; onFlash: (f: Flash) => void }) {
  const { t } = useTranslation();
  const rows = useDetailRows(a);
  const day = localDate(a.start, a.municipality.timeZone);
  const active = isActive(a);
  // The list it was opened from travels in ?list=, through the reschedule and cancel pages too.
  const { search } = useLocation();
  return (
    <>
      <Link to={backToListHref(search, day, localDate(new Date(), a.municipality.timeZone))} className="back-link">
        {t('console.detail.back')}
      </Link>
      <PageHeading title={t('console.detail.title', { name: a.person.fullName })}>
        {t('console.detail.title', { name: a.person.fullName })}
      </PageHeading>
      {flash && (
        <p className="notice notice-success" role="status">
          {flash.values ? t(flash.key, flash.values) : t(flash.key)}
        </p>
      )}
      <AppointmentBadges a={a} className="badges-detail" />
      {canJoinCall(a, new Date()) && <JoinCallButton a={a} />}
      <SummaryList rows={rows} />
      <FinishActions a={a} onDone={onFlash} />
      {/* Keyed by the outcome's version: the form starts from the outcome just saved. */}
      <OutcomeSection key={a.outcome?.version ?? 0} a={a} onDone={onFlash} />
      {active && (
        <>
          <section className="action-section" aria-labelledby="change-title">
            <h2 id="change-title">{t('console.detail.changeTitle')}</h2>
            <div className="button-group">
              <Link to={`/console/appointments/${a.id}/reschedule${search}`} className="button button-secondary">
                {t('console.detail.reschedule')}
              </Link>
              <Link to={`/console/appointments/${a.id}/cancel${search}`} className="button button-secondary">
                {t('console.detail.cancel')}
              </Link>
            </div>
          </section>
          <ReassignForm a={a} onDone={onFlash} />
          <ThirdPersonInvite a={a} />
          <DocumentsEmailForm a={a} onDone={onFlash} />
        </>
      )}
      <EmailsSection a={a} />
      <HistorySection a={a} />
      <CitizenDataExport a={a} />
    </>
  );
}

/** `/console/appointments/:id`: everything about one appointment, and what can be done with it. */
export default function ConsoleAppointment() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [flash, setFlash] = useState<Flash | null>((location.state as { flash?: Flash } | null)?.flash ?? null);
  const { t } = useTranslation();
  const q = useConsoleAppointment(id);
  if (q.isPending) return <Loading />;
  if (q.isError) {
    return (
      <>
        <PageHeading>{t('errors.title')}</PageHeading>
        <ErrorNotice error={q.error} onRetry={q.error.status === 404 ? undefined : () => void q.refetch()} hideTitle />
        <Link to="/console">{t('console.detail.back')}</Link>
      </>
    );
  }
  return <Detail a={q.data} flash={flash} onFlash={setFlash} />;
}
