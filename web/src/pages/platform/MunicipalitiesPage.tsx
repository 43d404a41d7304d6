import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SavedNotice, SelectField } from '../../components/admin/controls';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type MunicipalityStatus, STATUSES, usePlatformMunicipalities } from '../../components/platform/platformApi';
import { StatusTag } from '../../components/platform/StatusTag';
import { useLocalized } from '../../i18n';

/** Every municipality on the platform, filtered by where it stands; forms awaiting review first to hand. */
export default function MunicipalitiesPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  const arrival = useArrivalNotice();
  const [status, setStatus] = useState<MunicipalityStatus | ''>('');
  const list = usePlatformMunicipalities(status || null);
  const caption = status ? t('platform.municipalities.captionStatus', { status: t(`platform.status.${status}`) }) : t('platform.municipalities.title');

  return (
    <>
      <PageHeading>{t('platform.municipalities.title')}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{t('platform.municipalities.intro')}</p>
      <Link to="/platform/municipalities/new" className="button">
        {t('platform.municipalities.new')}
      </Link>
      <SelectField
        field="statusFilter"
        label={t('platform.municipalities.filter')}
        options={[{ value: '', label: t('platform.municipalities.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`platform.status.${s}`) }))]}
        value={status}
        onChange={(v) => setStatus(v as MunicipalityStatus | '')}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('platform.municipalities.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack" role="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('platform.municipalities.name')}</th>
                <th scope="col" role="columnheader">{t('platform.municipalities.status')}</th>
                <th scope="col" role="columnheader">{t('platform.municipalities.admins')}</th>
                <th scope="col" role="columnheader">{t('platform.municipalities.employees')}</th>
                <th scope="col" role="columnheader">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {list.data.map((m) => (
                <tr key={m.id} role="row">
                  <td role="cell" className="table-first" data-label={t('platform.municipalities.name')}>
                    {text(m.name)}
                  </td>
                  <td role="cell" data-label={t('platform.municipalities.status')}>
                    <StatusTag status={m.status} />
                  </td>
                  <td role="cell" data-label={t('platform.municipalities.admins')}>
                    {m.admins.map((a) => a.fullName).join(', ') || '—'}
                  </td>
                  <td role="cell" data-label={t('platform.municipalities.employees')}>
                    {m.activeEmployees}
                  </td>
                  <td role="cell" className="table-actions">
                    <Link to={`/platform/municipalities/${m.id}`}>
                      {m.status === 'submitted' ? t('platform.municipalities.review') : t('platform.municipalities.open')}
                      <span className="visually-hidden"> {text(m.name)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
