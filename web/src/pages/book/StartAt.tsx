import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMunicipalities } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang, useLocalized } from '../../i18n';
import { bookingLinkPath, municipalityOfLink, parseBookingLink } from '../../wizard/deepLink';
import { stepPath } from '../../wizard/steps';
import { useWizard } from '../../wizard/WizardContext';

/**
 * /book/<municipality-slug>[/<topic-id>] (or ?topic=<topic-id>): a deep link
 * from gov.gr or a municipality's site starts the wizard at that municipality,
 * with the topic preselected once a mode is chosen. An unknown slug is said
 * plainly, with the municipalities that do take appointments.
 */
export default function StartAt() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const params = useParams<{ slug: string; topicId: string }>();
  const [search] = useSearchParams();
  const { dispatch } = useWizard();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const link = parseBookingLink(params, search);
  const found = link && municipalities.data ? municipalityOfLink(municipalities.data, link) : undefined;

  const topicId = link?.topicId ?? null;
  useEffect(() => {
    if (!found) return;
    dispatch({ type: 'startAt', municipalityId: found.id, topicId });
    navigate(stepPath('mode'), { replace: true });
  }, [dispatch, navigate, found, topicId]);

  if (!link) return <Navigate to="/book" replace />;
  if (municipalities.isPending || found) return <Loading />;
  if (municipalities.isError) return <ErrorNotice error={municipalities.error} onRetry={() => void municipalities.refetch()} />;

  const sorted = [...municipalities.data].sort((a, b) => text(a.name).localeCompare(text(b.name), lang));
  return (
    <>
      <PageHeading>{t('wizard.startAt.unknownTitle')}</PageHeading>
      <p className="lead">{t('wizard.startAt.unknownText', { slug: link.slug })}</p>
      {sorted.length > 0 ? (
        <>
          <p>{t('wizard.startAt.choose')}</p>
          <ul className="list">
            {sorted.map((m) => (
              <li key={m.id}>
                <Link to={bookingLinkPath(m.slug)}>{text(m.name)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('wizard.startAt.none')}</p>
      )}
    </>
  );
}
