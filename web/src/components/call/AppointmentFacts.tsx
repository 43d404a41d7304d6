import { useTranslation } from 'react-i18next';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, formatTime, timeZoneName } from '../../lib/dates';
import type { JoinInfo } from '../../call/types';

/**
 * What the link is for: municipality, topic, time in the municipality's zone,
 * and as whom one joins. Folded to one line (topic and time) so that on a
 * phone the device check and its "Join" come first.
 */
export function AppointmentFacts({ info }: { info: JoinInfo }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const a = info.appointment;
  const when = `${formatDateTime(a.start, a.timeZone, lang)}–${formatTime(a.end, a.timeZone, lang)}`;
  return (
    <details className="join-facts" data-testid="appointment-facts">
      <summary>
        <span className="join-facts-label">{t('call.facts.summary')}</span> {formatTime(a.start, a.timeZone, lang)}, {text(a.topic)}
      </summary>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t('call.facts.municipality')}</dt>
          <dd>{text(a.municipality)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('call.facts.topic')}</dt>
          <dd>{text(a.topic)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('call.facts.when')}</dt>
          <dd>
            {when} ({timeZoneName(a.timeZone, lang)})
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t('call.facts.youJoinAs')}</dt>
          <dd>
            {info.participantName} – {t(`call.roles.${info.role}`)}
          </dd>
        </div>
        {a.interpretation && (
          <div className="summary-row">
            <dt>{t('call.facts.interpretation')}</dt>
            <dd>{t(`interpretation.${a.interpretation}`, { defaultValue: a.interpretation })}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
