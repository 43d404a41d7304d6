import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { topics } from '../../components/admin/adminApi';
import { SavedNotice } from '../../components/admin/controls';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLocalized } from '../../i18n';

export default function TopicsPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  const list = topics.useList();
  const arrival = useArrivalNotice();
  return (
    <>
      <PageHeading>{t('admin.topics.title')}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{t('admin.topics.intro')}</p>
      <Link to="/admin/topics/new" className="button">
        {t('admin.topics.new')}
      </Link>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('admin.topics.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('admin.topics.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.topics.name')}</th>
                <th scope="col">{t('admin.topics.modes')}</th>
                <th scope="col">{t('admin.topics.employeesCount')}</th>
                <th scope="col">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((tp) => (
                <tr key={tp.id}>
                  <td>
                    {text(tp.name)}
                    {!tp.active && <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>}
                  </td>
                  <td>{tp.modes.map((m) => t(`modes.${m}`)).join(', ')}</td>
                  <td>{tp.employeeIds.length}</td>
                  <td>
                    <Link to={`/admin/topics/${tp.id}`}>
                      {t('admin.common.edit')}
                      <span className="visually-hidden"> {text(tp.name)}</span>
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
