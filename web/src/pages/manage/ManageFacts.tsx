import { useTranslation } from 'react-i18next';
import type { ManagedAppointment, ManagedChange } from '../../api/manage';
import { useLang } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';
import { AppointmentFactRows } from '../../components/AppointmentFacts';

/** What the appointment is, when and where: the same facts on every manage page. */
export function ManageFacts({ a }: { a: ManagedAppointment | ManagedChange }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tz = a.municipality.timeZone;
  return (
    <dl className="card-facts">
      <div>
        <dt>{t('manage.when')}</dt>
        <dd>
          {formatDateTime(a.start, tz, lang)} ({timeZoneName(tz, lang)})
        </dd>
      </div>
      <div>
        <dt>{t('manage.for')}</dt>
        <dd>{a.person.fullName}</dd>
      </div>
      <AppointmentFactRows a={a} />
    </dl>
  );
}
