import { useTranslation } from 'react-i18next';
import { offices } from '../../components/admin/adminApi';
import { AdminListPage } from '../../components/admin/AdminListPage';

export default function OfficesPage() {
  const { t } = useTranslation();
  return (
    <AdminListPage
      title={t('admin.offices.title')}
      intro={t('admin.offices.intro')}
      newLabel={t('admin.offices.new')}
      emptyText={t('admin.offices.none')}
      basePath="/admin/offices"
      list={offices.useList()}
      name={(o) => o.name}
      columns={[
        { header: t('admin.offices.name'), cell: (o) => o.name },
        { header: t('admin.offices.address'), cell: (o) => `${o.address}${o.floor ? `, ${o.floor}` : ''}` },
      ]}
    />
  );
}
