import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { signInUrl } from '../../components/Header';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

/**
 * /call/:appointmentId — "Join the video call" from My appointments and the
 * console. The API picks the caller's own link from the session (the citizen's
 * or the employee's) and we go to its join page.
 */
export default function CallRedirect() {
  const { appointmentId = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const link = useQuery({
    queryKey: ['join-link', appointmentId],
    queryFn: () => callApi.joinLink(appointmentId),
    retry: false,
    gcTime: 0,
  });

  useEffect(() => {
    if (link.data) navigate(link.data.path, { replace: true });
  }, [link.data, navigate]);

  if (link.error) {
    const here = `/call/${appointmentId}`;
    return (
      <>
        <PageHeading>{t('call.title')}</PageHeading>
        {isApiError(link.error) && link.error.status === 401 ? (
          <p>
            <a href={signInUrl(here)} className="button">
              {t('call.signInToJoin')}
            </a>
          </p>
        ) : isApiError(link.error) && link.error.code === 'not_your_call' ? (
          // A colleague runs this call: taking it over is confirmed on the appointment's console page.
          <>
            <ErrorNotice error={link.error} />
            <p>
              <Link to={`/console/appointments/${appointmentId}`} className="button">
                {t('call.openInConsole')}
              </Link>
            </p>
          </>
        ) : (
          <ErrorNotice error={isApiError(link.error) ? link.error : null} onRetry={() => void link.refetch()} />
        )}
      </>
    );
  }
  return <Loading />;
}
