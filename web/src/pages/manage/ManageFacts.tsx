import { useTranslation } from 'react-i18next';
import type { ManagedAppointment, ManagedChange } from '../../api/manage';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';

/** What the appointment is, when and where: the same facts on every manage page. */
export function ManageFacts({ a }: { a: ManagedAppointment | ManagedChange }) {
  const { t } = useTranslation();
  const text = useLocalized();
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
      <div>
        <dt>{t('review.mode')}</dt>
        <dd>{t(`modes.${a.mode}`)}</dd>
      </div>
      <div>
        <dt>{t('review.topic')}</dt>
        <dd>{text(a.topic.name)}</dd>
      </div>
      <div>
        <dt>{t('review.municipality')}</dt>
        <dd>{text(a.municipality.name)}</dd>
      </div>
      <div>
        <dt>{t('appointments.reference')}</dt>
        <dd className="reference-small">{a.reference}</dd>
      </div>
      {a.mode === 'in_person' && a.office && (
        <div>
          <dt>{t('appointments.office')}</dt>
          <dd>
            {a.office.name}, {a.office.address}
            {a.office.floor ? `, ${a.office.floor}` : ''}
          </dd>
        </div>
      )}
    </dl>
  );
}
