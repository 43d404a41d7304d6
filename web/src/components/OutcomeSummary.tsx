import { useTranslation } from 'react-i18next';
import type { Appointment } from '../api/types';
import { useLang } from '../i18n';
import { formatDate, formatDateTime } from '../lib/dates';

type Outcome = NonNullable<Appointment['outcome']>;

/** A calendar day (YYYY-MM-DD) in words; noon UTC is that day in any zone we format it in. */
const day = (ymd: string, lang: 'el' | 'en') => formatDate(`${ymd}T12:00:00Z`, 'UTC', lang);

/** What came of an appointment, as the citizen was told it: shown to them and to staff alike. */
export function OutcomeSummary({ outcome, timeZone, headingLevel = 3 }: { outcome: Outcome; timeZone: string; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const lang = useLang();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="outcome">
      <Heading className="outcome-title">{t('outcome.title')}</Heading>
      <p className="outcome-kind">
        <strong>{t(`outcome.kinds.${outcome.kind}`)}</strong>
      </p>
      {/* The employee's line breaks are theirs to keep. */}
      {outcome.text && (
        <p className="outcome-text" style={{ whiteSpace: 'pre-line' }}>
          {outcome.text}
        </p>
      )}
      {outcome.documents.length > 0 && (
        <>
          <p>{t('outcome.documents')}</p>
          <ul className="list">
            {outcome.documents.map((d, i) => (
              <li key={`${i}-${d}`}>{d}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.followUpOn && <p>{t('outcome.followUp', { date: day(outcome.followUpOn, lang) })}</p>}
      <p className="hint">
        {t(outcome.version > 1 ? 'outcome.corrected' : 'outcome.recorded', { date: formatDateTime(outcome.recordedAt, timeZone, lang), name: outcome.recordedBy })}
      </p>
    </div>
  );
}
