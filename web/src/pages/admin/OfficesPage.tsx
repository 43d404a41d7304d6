import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offices } from '../../components/admin/adminApi';
import { SavedNotice } from '../../components/admin/controls';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

export default function OfficesPage() {
  const { t } = useTranslation();
  const list = offices.useList();
  const arrival = useArrivalNotice();
  return (
    <>
      <PageHeading>{t('admin.offices.title')}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{t('admin.offices.intro')}</p>
      <Link to="/admin/offices/new" className="button">
        {t('admin.offices.new')}
      </Link>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('admin.offices.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('admin.offices.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.offices.name')}</th>
                <th scope="col">{t('admin.offices.address')}</th>
                <th scope="col">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>
                    {o.address}
                    {o.floor ? `, ${o.floor}` : ''}
                  </td>
                  <td>
                    <Link to={`/admin/offices/${o.id}`}>
                      {t('admin.common.edit')}
                      <span className="visually-hidden"> {o.name}</span>
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
