import { useTranslation } from 'react-i18next';
import { ALL_MODES, type Mode, type Settings } from '../admin/types';
import { WEEKDAYS } from '../admin/hours';
import { SummaryList } from '../SummaryList';
import type { Joining } from './platformApi';

/**
 * The decree's joining form as submitted: modes and lengths, opening hours,
 * the third-person rule and the contact. The platform admin's review shows it.
 */
export function JoiningSummary({ settings, joining }: { settings: Settings; joining: Joining }) {
  const { t } = useTranslation();
  const offered = ALL_MODES.filter((m) => settings.modes.includes(m));
  const minutes = (m: Mode) => settings.durations[m];
  const days = WEEKDAYS.filter((d) => (settings.openingHours[d]?.length ?? 0) > 0);
  const contact = [joining.contact.name, joining.contact.email, joining.contact.phone].filter(Boolean).join(' · ');
  return (
    <SummaryList
      rows={[
        { key: 'modes', label: t('platform.review.modes'), value: offered.map((m) => `${t(`modes.${m}`)}: ${minutes(m) ? t('platform.review.minutes', { count: minutes(m) }) : '—'}`).join('; ') || '—' },
        {
          key: 'hours',
          label: t('platform.review.hours'),
          value: days.length ? (
            <ul>
              {days.map((d) => (
                <li key={d}>
                  {t(`admin.weekdays.${d}`)}: {(settings.openingHours[d] ?? []).map((r) => `${r.start}–${r.end}`).join(', ')}
                </li>
              ))}
            </ul>
          ) : (
            '—'
          ),
        },
        { key: 'thirdPerson', label: t('platform.review.thirdPerson'), value: settings.allowThirdPerson ? t('platform.review.thirdPersonYes') : t('platform.review.thirdPersonNo') },
        { key: 'contact', label: t('platform.review.contact'), value: contact || '—' },
      ]}
    />
  );
}

/** What the joining form still lacks, as a list (nothing when complete). */
export function MissingList({ joining, text }: { joining: Joining; text: (t: { el: string; en: string }) => string }) {
  const { t } = useTranslation();
  if (joining.missing.length === 0) return null;
  return (
    <div className="notice notice-warning" data-testid="joining-missing">
      <p className="notice-title">{t('platform.review.missingTitle')}</p>
      <ul>
        {joining.missing.map((m) => (
          <li key={m.code}>{text(m.message)}</li>
        ))}
      </ul>
    </div>
  );
}
