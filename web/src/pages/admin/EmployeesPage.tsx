import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { employees, offices } from '../../components/admin/adminApi';
import { SavedNotice } from '../../components/admin/controls';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

export default function EmployeesPage() {
  const { t } = useTranslation();
  const list = employees.useList();
  const officeList = offices.useList();
  const arrival = useArrivalNotice();
  const officeName = (id: string | null) => officeList.data?.find((o) => o.id === id)?.name ?? '–';
  return (
    <>
      <PageHeading>{t('admin.employees.title')}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{t('admin.employees.intro')}</p>
      <Link to="/admin/employees/new" className="button">
        {t('admin.employees.new')}
      </Link>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('admin.employees.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.employees.fullName')}</th>
                <th scope="col">{t('admin.employees.office')}</th>
                <th scope="col">{t('admin.employees.modes')}</th>
                <th scope="col">{t('admin.employees.hoursColumn')}</th>
                <th scope="col">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((e) => (
                <tr key={e.id}>
                  <td>
                    {e.fullName}
                    {e.isAdmin && <span className="tag tag-admin"> {t('admin.employees.adminTag')}</span>}
                    {!e.active && <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>}
                  </td>
                  <td>{officeName(e.officeId)}</td>
                  <td>{e.modes.map((m) => t(`modes.${m}`)).join(', ')}</td>
                  <td>{e.workingHours ? t('admin.employees.ownHoursShort') : t('admin.employees.openingHoursShort')}</td>
                  <td>
                    <Link to={`/admin/employees/${e.id}`}>
                      {t('admin.common.edit')}
                      <span className="visually-hidden"> {e.fullName}</span>
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
