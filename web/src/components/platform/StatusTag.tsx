import { useTranslation } from 'react-i18next';
import type { MunicipalityStatus } from './platformApi';

const CLASS: Record<MunicipalityStatus, string> = { draft: 'tag', submitted: 'tag tag-admin', active: 'tag tag-open', deactivated: 'tag tag-inactive' };

/** Where a municipality stands in joining the service, as a coloured word. */
export function StatusTag({ status }: { status: MunicipalityStatus }) {
  const { t } = useTranslation();
  return <span className={CLASS[status]}>{t(`platform.status.${status}`)}</span>;
}
