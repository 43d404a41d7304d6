import { useTranslation } from 'react-i18next';
import type { Appointment } from '../api/types';
import { useLocalized } from '../i18n';

/** What any view of an appointment shows, as <dl> rows: mode, topic, municipality, reference, office, interpreting. */
export type FactsOf = Pick<Appointment, 'mode' | 'topic' | 'municipality' | 'reference'> & {
  office?: { name: string; address: string; floor?: string | null; directions?: string | null } | null;
  interpretation?: Appointment['interpretation'];
};

export function AppointmentFactRows({ a }: { a: FactsOf }) {
  const { t } = useTranslation();
  const text = useLocalized();
  return (
    <>
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
      {a.interpretation && (
        <div>
          <dt>{t('review.interpretation')}</dt>
          <dd>{t(`interpretation.${a.interpretation}`)}</dd>
        </div>
      )}
      {a.mode === 'in_person' && a.office && (
        <div>
          <dt>{t('appointments.office')}</dt>
          <dd>
            {a.office.name}, {a.office.address}
            {a.office.floor ? `, ${a.office.floor}` : ''}
            {/* The directions on a line of their own: run on after the floor they read as one phrase. */}
            {a.office.directions && <span className="hint-block">{a.office.directions}</span>}
          </dd>
        </div>
      )}
    </>
  );
}
