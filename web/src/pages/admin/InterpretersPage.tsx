import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { interpreters } from '../../components/admin/adminApi';
import { SavedNotice } from '../../components/admin/controls';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

export default function InterpretersPage() {
  const { t } = useTranslation();
  const list = interpreters.useList();
  const arrival = useArrivalNotice();
  return (
    <>
      <PageHeading>{t('admin.interpreters.title')}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{t('admin.interpreters.intro')}</p>
      <Link to="/admin/interpreters/new" className="button">
        {t('admin.interpreters.new')}
      </Link>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('admin.interpreters.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('admin.interpreters.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.interpreters.fullName')}</th>
                <th scope="col">{t('admin.interpreters.kinds')}</th>
                <th scope="col">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.fullName}
                    {!i.active && <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>}
                  </td>
                  <td>{i.kinds.map((k) => t(`admin.interpreters.kind_${k}`)).join(', ')}</td>
                  <td>
                    <Link to={`/admin/interpreters/${i.id}`}>
                      {t('admin.common.edit')}
                      <span className="visually-hidden"> {i.fullName}</span>
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
