import { useTranslation } from 'react-i18next';
import { interpreters, useAdminSettings } from '../../components/admin/adminApi';
import { InterpreterEditPage, InterpreterForm } from '../../components/interpreters/InterpreterForm';
import { useLang } from '../../i18n';
import { timeZoneName } from '../../lib/dates';

/** New interpreter (`/admin/interpreters/new`) or an existing one of the municipality. */
export default function InterpreterEdit() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <InterpreterEditPage
      list={interpreters.useList()}
      context={useAdminSettings()}
      form={(interpreter, settings) => (
        <InterpreterForm
          interpreter={interpreter}
          basePath="/admin/interpreters"
          texts={{
            back: t('admin.interpreters.back'),
            newTitle: t('admin.interpreters.new'),
            hoursHint: t('admin.interpreters.workingHoursHint', { zone: timeZoneName(interpreter?.timeZone ?? settings.timeZone, lang) }),
          }}
          defaultHours={settings.openingHours}
          useSave={interpreters.useSave}
          useDelete={interpreters.useDelete}
        />
      )}
    />
  );
}
