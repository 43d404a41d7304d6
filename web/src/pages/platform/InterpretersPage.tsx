import { useTranslation } from 'react-i18next';
import { InterpreterList } from '../../components/interpreters/InterpreterList';
import { usePlatformMunicipalities, usePoolInterpreters } from '../../components/platform/platformApi';
import { useLocalized } from '../../i18n';

/** The shared interpreter pool: interpreters who serve several municipalities. */
export default function InterpretersPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  const municipalities = usePlatformMunicipalities(null);
  const nameOf = (id: string) => text(municipalities.data?.find((m) => m.id === id)?.name) || '…';
  return (
    <InterpreterList
      texts={{ title: t('platform.interpreters.title'), intro: t('platform.interpreters.intro'), newLabel: t('platform.interpreters.new'), emptyText: t('platform.interpreters.none') }}
      basePath="/platform/interpreters"
      list={usePoolInterpreters()}
      moreColumns={[{ header: t('platform.interpreters.municipalities'), cell: (i) => i.municipalityIds.map(nameOf).join(', ') || t('platform.interpreters.noMunicipality') }]}
    />
  );
}
