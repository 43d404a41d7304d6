import { useTranslation } from 'react-i18next';
import { InterpreterEditPage, InterpreterForm } from '../../components/interpreters/InterpreterForm';
import { usePlatformMunicipalities, usePoolInterpreters, useSavePoolInterpreter } from '../../components/platform/platformApi';
import { useLocalized } from '../../i18n';

const WEEKDAY_MORNINGS = Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '15:00' }]]));

/** New pool interpreter (`/platform/interpreters/new`) or an existing one. */
export default function InterpreterEdit() {
  const { t } = useTranslation();
  const text = useLocalized();
  return (
    <InterpreterEditPage
      list={usePoolInterpreters()}
      context={usePlatformMunicipalities(null)}
      form={(interpreter, municipalities) => (
        <InterpreterForm
          interpreter={interpreter}
          basePath="/platform/interpreters"
          texts={{ back: t('platform.interpreters.back'), newTitle: t('platform.interpreters.new'), hoursHint: t('platform.interpreters.hoursHint') }}
          defaultHours={WEEKDAY_MORNINGS}
          useSave={useSavePoolInterpreter}
          municipalities={municipalities.map((m) => ({ value: m.id, label: text(m.name) }))}
        />
      )}
    />
  );
}
