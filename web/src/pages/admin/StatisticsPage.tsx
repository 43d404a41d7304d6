import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { StatisticsView } from '../../components/statistics/StatisticsView';

/** The municipality's statistics (its admin only: AdminLayout lets no one else in). */
export default function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('statistics.title')}</PageHeading>
      <p className="lead">{t('statistics.introMunicipality')}</p>
      <StatisticsView scope="municipality" />
    </>
  );
}
