import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/admin/controls';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type AuditFilter, useAuditLog, usePlatformMunicipalities } from '../../components/platform/platformApi';
import { useLocalized } from '../../i18n';

const EMPTY = { municipalityId: '', action: '', from: '', to: '' };

/**
 * The audit log: who did what, when, for which municipality. Filtered by
 * municipality, action and days; newest first, 50 a page. Only what the rows
 * hold (ids and codes), no names of people.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  const municipalities = usePlatformMunicipalities(null);
  const [draft, setDraft] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  // The ids each earlier page started before: "newer" goes back one.
  const [pages, setPages] = useState<number[]>([]);
  const filter: AuditFilter = {
    municipalityId: applied.municipalityId || null,
    action: applied.action || null,
    from: applied.from || null,
    to: applied.to || null,
    before: pages.at(-1) ?? null,
  };
  const log = useAuditLog(filter);
  const set = (k: keyof typeof EMPTY) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
    setPages([]);
  };
  const actions = log.data?.actions ?? [];
  // In words for people; the code stays beside it for auditors (an action new to these texts shows its code alone).
  const actionName = (code: string) => t(`platform.audit.actionNames.${code}`, { defaultValue: code });

  return (
    <>
      <PageHeading>{t('platform.audit.title')}</PageHeading>
      <p className="lead">{t('platform.audit.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="admin-subform" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading">{t('platform.audit.filterTitle')}</h2>
        <SelectField
          field="municipalityId"
          label={t('platform.audit.municipality')}
          options={[{ value: '', label: t('platform.audit.anyMunicipality') }, ...(municipalities.data ?? []).map((m) => ({ value: m.id, label: text(m.name) }))]}
          value={draft.municipalityId}
          onChange={set('municipalityId')}
        />
        <SelectField field="action" label={t('platform.audit.action')} options={[{ value: '', label: t('platform.audit.anyAction') }, ...actions.map((a) => ({ value: a, label: actionName(a) }))]} value={draft.action} onChange={set('action')} />
        <TextField field="from" label={t('platform.audit.from')} type="date" className="input-medium" value={draft.from} onChange={set('from')} />
        <TextField field="to" label={t('platform.audit.to')} type="date" className="input-medium" value={draft.to} onChange={set('to')} />
        <button type="submit" className="button button-secondary">
          {t('platform.audit.apply')}
        </button>
      </form>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorNotice error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.entries.length === 0 ? (
        <p>{t('platform.audit.none')}</p>
      ) : (
        <>
          {/* Wide rows scroll sideways: the region takes the focus so keyboard users can scroll it too. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('platform.audit.title')}>
            <table className="table table-stack" role="table">
              <caption className="visually-hidden">{t('platform.audit.title')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('platform.audit.at')}</th>
                  <th scope="col" role="columnheader">{t('platform.audit.municipality')}</th>
                  <th scope="col" role="columnheader">{t('platform.audit.action')}</th>
                  <th scope="col" role="columnheader">{t('platform.audit.actor')}</th>
                  <th scope="col" role="columnheader">{t('platform.audit.subject')}</th>
                  <th scope="col" role="columnheader">{t('platform.audit.details')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {log.data.entries.map((e) => (
                  <tr key={e.id} role="row">
                    <td role="cell" className="table-first" data-label={t('platform.audit.at')}>
                      {new Date(e.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'el-GR', { timeZone: 'Europe/Athens' })}
                    </td>
                    <td role="cell" data-label={t('platform.audit.municipality')}>{e.municipality ? text(e.municipality.name) : '—'}</td>
                    <td role="cell" data-label={t('platform.audit.action')}>
                      {actionName(e.action) !== e.action && <>{actionName(e.action)} </>}
                      <code className="hint">{e.action}</code>
                    </td>
                    <td role="cell" data-label={t('platform.audit.actor')}>
                      {t(`platform.audit.actorKind_${e.actorKind}`, { defaultValue: e.actorKind })}
                      {e.actorId && <span className="hint"> {e.actorId}</span>}
                    </td>
                    <td role="cell" data-label={t('platform.audit.subject')}>{e.subjectKind ? `${e.subjectKind} ${e.subjectId ?? ''}` : '—'}</td>
                    <td role="cell" data-label={t('platform.audit.details')}>
                      {Object.keys(e.details).length ? <code>{JSON.stringify(e.details)}</code> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label={t('platform.audit.pages')} className="card-actions">
            {pages.length > 0 && (
              <button type="button" className="button button-secondary" onClick={() => setPages((p) => p.slice(0, -1))}>
                {t('platform.audit.newer')}
              </button>
            )}
            {log.data.nextBefore !== null && (
              <button type="button" className="button button-secondary" onClick={() => setPages((p) => [...p, log.data.nextBefore!])}>
                {t('platform.audit.older')}
              </button>
            )}
          </nav>
        </>
      )}
    </>
  );
}
