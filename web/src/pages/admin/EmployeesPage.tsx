import { useTranslation } from 'react-i18next';
import { employees, offices } from '../../components/admin/adminApi';
import { AdminListPage, InactiveTag } from '../../components/admin/AdminListPage';

export default function EmployeesPage() {
  const { t } = useTranslation();
  const officeList = offices.useList();
  const officeName = (id: string | null) => officeList.data?.find((o) => o.id === id)?.name ?? '–';
  // No empty text: the admin looking at this list is an employee, so it is never empty.
  return (
    <AdminListPage
      title={t('admin.employees.title')}
      intro={t('admin.employees.intro')}
      newLabel={t('admin.employees.new')}
      basePath="/admin/employees"
      list={employees.useList()}
      name={(e) => e.fullName}
      columns={[
        {
          header: t('admin.employees.fullName'),
          cell: (e) => (
            <>
              {e.fullName}
              {e.isAdmin && <span className="tag tag-admin"> {t('admin.employees.adminTag')}</span>}
              <InactiveTag active={e.active} />
            </>
          ),
        },
        { header: t('admin.employees.office'), cell: (e) => officeName(e.officeId) },
        { header: t('admin.employees.modes'), cell: (e) => e.modes.map((m) => t(`modes.${m}`)).join(', ') },
        { header: t('admin.employees.hoursColumn'), cell: (e) => (e.workingHours ? t('admin.employees.ownHoursShort') : t('admin.employees.openingHoursShort')) },
      ]}
    />
  );
}
