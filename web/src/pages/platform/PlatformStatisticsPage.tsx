import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { SessionGate } from '../../components/SessionGate';
import { StatisticsView } from '../../components/statistics/StatisticsView';

/** Every municipality's statistics (the ministry's view): for a session acting as platform administrator. */
export default function PlatformStatisticsPage() {
  const { t } = useTranslation();
  return (
    <SessionGate>
      {(user) =>
        user?.kind === 'citizen' && user.actingAsPlatformAdmin ? (
          <>
            <PageHeading>{t('statistics.platformTitle')}</PageHeading>
            <p className="lead">{t('statistics.introPlatform')}</p>
            <StatisticsView scope="platform" />
          </>
        ) : (
          <>
            <PageHeading>{t('statistics.platformTitle')}</PageHeading>
            <p className="lead">{t('statistics.platformOnly')}</p>
          </>
        )
      }
    </SessionGate>
  );
}
