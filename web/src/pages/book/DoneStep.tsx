import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { calendarUrl, useMunicipality } from '../../api/hooks';
import { ConfirmationPanel } from '../../components/booking/ConfirmationPanel';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';
import { useWizard } from '../../wizard/WizardContext';

export default function DoneStep() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const { state } = useWizard();
  const a = state.done;
  const { municipality } = useMunicipality(a?.municipality.id);
  if (!a) return <Navigate to="/book" replace />;
  const tz = a.municipality.timeZone;

  return (
    <div className="step">
      <ConfirmationPanel title={t('done.title')} reference={a.reference} />
      <p className="lead">
        {t('done.when', {
          date: formatDateTime(a.start, tz, lang),
          zone: timeZoneName(tz, lang),
          municipality: text(a.municipality.name),
        })}
      </p>
      <p>
        {t(`modes.${a.mode}`)} · {text(a.topic.name)}
      </p>

      <h2>{t('done.nextTitle')}</h2>
      <ul className="list">
        <li>{t('done.email', { email: a.person.email })}</li>
        {a.mode === 'video' && (
          <li>
            {t('done.video')} <Link to="/manual#video">{t('done.videoManual')}</Link>
          </li>
        )}
        {a.mode === 'video' && a.thirdPerson && (
          // Who sends the guest's invitation, and when: the municipality decides (at booking, or by the employee later).
          <li data-testid="done-third-person">
            {t(municipality?.thirdPersonInviteOnBooking ? 'done.thirdPersonNow' : 'done.thirdPersonLater', { name: a.thirdPerson.fullName })}
          </li>
        )}
        {a.interpretation && <li data-testid="done-interpreter">{t('done.interpreter', { kind: t(`interpretation.${a.interpretation}`) })}</li>}
        {a.mode === 'phone' && <li>{t('done.phone', { phone: a.person.phone })}</li>}
        {a.mode === 'in_person' && a.office && (
          <li>{t('done.office', { name: a.office.name, address: a.office.address })}</li>
        )}
        {a.topic.requiredDocuments.length > 0 && <li>{t('done.documents')}</li>}
        <li>{t('done.change')}</li>
      </ul>
      {a.topic.requiredDocuments.length > 0 && (
        <>
          <h2>{t('review.documents')}</h2>
          <ul className="list">
            {a.topic.requiredDocuments.map((d) => (
              <li key={d.el}>{text(d)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="button-group">
        <Link to="/appointments" className="button">
          {t('done.myAppointments')}
        </Link>
        <a href={calendarUrl(a.id)} className="button button-secondary" download>
          {t('appointments.addToCalendar')}
        </a>
      </div>
    </div>
  );
}
