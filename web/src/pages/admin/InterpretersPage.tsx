import { useTranslation } from 'react-i18next';
import { interpreters } from '../../components/admin/adminApi';
import { InactiveTag } from '../../components/admin/AdminListPage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { InterpreterList, useKindNames } from '../../components/interpreters/InterpreterList';
import { useSharedInterpreters } from '../../components/platform/platformApi';

export default function InterpretersPage() {
  const { t } = useTranslation();
  return (
    <>
      <InterpreterList
        texts={{ title: t('admin.interpreters.title'), intro: t('admin.interpreters.intro'), newLabel: t('admin.interpreters.new'), emptyText: t('admin.interpreters.none') }}
        basePath="/admin/interpreters"
        list={interpreters.useList()}
      />
      <SharedInterpreters />
    </>
  );
}

/** The platform's shared pool serving this municipality too: shown, changed only by the platform admin. */
function SharedInterpreters() {
  const { t } = useTranslation();
  const kindNames = useKindNames();
  const shared = useSharedInterpreters();
  if (shared.isError) return <ErrorNotice error={shared.error} onRetry={() => void shared.refetch()} />;
  if (!shared.data || shared.data.length === 0) return null;
  return (
    <section className="admin-section" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{t('admin.interpreters.sharedTitle')}</h2>
      <p>{t('admin.interpreters.sharedHint')}</p>
      <ul>
        {shared.data.map((i) => (
          <li key={i.id}>
            {i.fullName} ({kindNames(i.kinds)})
            <InactiveTag active={i.active} />
          </li>
        ))}
      </ul>
    </section>
  );
}
