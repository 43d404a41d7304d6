import { useTranslation } from 'react-i18next';

/** How to reach the municipality: its phone and its e-mail, each a link (a deaf person writes rather than rings). */
export function MunicipalityContact({ m }: { m: { phone?: string | null; email?: string | null } }) {
  const { t } = useTranslation();
  if (!m.phone && !m.email) return null;
  return (
    <span className="hint-block" data-testid="municipality-contact">
      {m.phone && (
        <>
          {t('appointments.contactPhone')} <a href={`tel:${m.phone.replace(/\s+/g, '')}`}>{m.phone}</a>
        </>
      )}
      {m.phone && m.email && ' · '}
      {m.email && (
        <>
          {t('appointments.contactEmail')} <a href={`mailto:${m.email}`}>{m.email}</a>
        </>
      )}
    </span>
  );
}
