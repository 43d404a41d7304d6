import { useTranslation } from 'react-i18next';
import { AdminListPage, InactiveTag } from '../../components/admin/AdminListPage';
import { usePlatformMunicipalities, usePoolInterpreters } from '../../components/platform/platformApi';
import { useLocalized } from '../../i18n';

/** The shared interpreter pool: interpreters who serve several municipalities. */
export default function InterpretersPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  const municipalities = usePlatformMunicipalities(null);
  const nameOf = (id: string) => text(municipalities.data?.find((m) => m.id === id)?.name) || '…';
  return (
    <AdminListPage
      title={t('platform.interpreters.title')}
      intro={t('platform.interpreters.intro')}
      newLabel={t('platform.interpreters.new')}
      emptyText={t('platform.interpreters.none')}
      basePath="/platform/interpreters"
      list={usePoolInterpreters()}
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
        { header: t('platform.interpreters.municipalities'), cell: (i) => i.municipalityIds.map(nameOf).join(', ') || t('platform.interpreters.noMunicipality') },
      ]}
    />
  );
}
