import { useTranslation } from 'react-i18next';
import { interpreters } from '../../components/admin/adminApi';
import { AdminListPage, InactiveTag } from '../../components/admin/AdminListPage';

export default function InterpretersPage() {
  const { t } = useTranslation();
  return (
    <AdminListPage
      title={t('admin.interpreters.title')}
      intro={t('admin.interpreters.intro')}
      newLabel={t('admin.interpreters.new')}
      emptyText={t('admin.interpreters.none')}
      basePath="/admin/interpreters"
      list={interpreters.useList()}
      name={(i) => i.fullName}
      columns={[
        {
          header: t('admin.interpreters.fullName'),
          cell: (i) => (
            <>
              {i.fullName}
              <InactiveTag active={i.active} />
            </>
          ),
        },
        { header: t('admin.interpreters.kinds'), cell: (i) => i.kinds.map((k) => t(`admin.interpreters.kind_${k}`)).join(', ') },
      ]}
    />
  );
}
