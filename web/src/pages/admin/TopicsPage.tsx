import { useTranslation } from 'react-i18next';
import { topics } from '../../components/admin/adminApi';
import { AdminListPage, InactiveTag } from '../../components/admin/AdminListPage';
import { useLocalized } from '../../i18n';

export default function TopicsPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  return (
    <AdminListPage
      title={t('admin.topics.title')}
      intro={t('admin.topics.intro')}
      newLabel={t('admin.topics.new')}
      emptyText={t('admin.topics.none')}
      basePath="/admin/topics"
      list={topics.useList()}
      name={(tp) => text(tp.name)}
      columns={[
        {
          header: t('admin.topics.name'),
          cell: (tp) => (
            <>
              {text(tp.name)}
              <InactiveTag active={tp.active} />
            </>
          ),
        },
        { header: t('admin.topics.modes'), cell: (tp) => tp.modes.map((m) => t(`modes.${m}`)).join(', ') },
        { header: t('admin.topics.employeesCount'), cell: (tp) => tp.employeeIds.length },
      ]}
    />
  );
}
