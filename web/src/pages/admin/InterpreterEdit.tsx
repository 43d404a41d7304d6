import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { interpreters, useAdminSettings } from '../../components/admin/adminApi';
import { CheckboxGroup, ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { fromDraft, type HoursAction, hoursProblems, hoursReducer, type Problem, toDraft } from '../../components/admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../../components/admin/navigation';
import { ALL_KINDS, type Interpreter, type Settings } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n';
import { timeZoneName } from '../../lib/dates';
import NotFound from '../NotFound';

/** New interpreter (`/admin/interpreters/new`) or an existing one of the municipality. */
export default function InterpreterEdit() {
  const { id } = useParams();
  const list = interpreters.useList();
  const settings = useAdminSettings();
  const failed = list.error ?? settings.error;
  if (failed) return <ErrorNotice error={failed} onRetry={() => void Promise.all([list.refetch(), settings.refetch()])} />;
  if (!list.data || !settings.data) return <Loading />;
  if (id === 'new') return <InterpreterForm interpreter={null} settings={settings.data} />;
  const interpreter = list.data.find((i) => i.id === id);
  return interpreter ? <InterpreterForm key={interpreter.id} interpreter={interpreter} settings={settings.data} /> : <NotFound />;
}

function InterpreterForm({ interpreter, settings }: { interpreter: Interpreter | null; settings: Settings }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = interpreters.useSave();
  const del = interpreters.useDelete();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState(0);
  const [form, setForm] = useState({
    fullName: interpreter?.fullName ?? '',
    email: interpreter?.email ?? '',
    kinds: interpreter?.kinds ?? [],
    hours: toDraft(interpreter?.workingHours ?? settings.openingHours),
    active: interpreter?.active ?? true,
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const dispatchHours = (a: HoursAction) => setForm((f) => ({ ...f, hours: hoursReducer(f.hours, a) }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(0);
    const problems: Problem[] = [];
    if (!form.fullName.trim()) problems.push({ field: 'fullName', key: 'admin.errors.required' });
    if (!form.email.trim()) problems.push({ field: 'email', key: 'admin.errors.required' });
    if (form.kinds.length === 0) problems.push({ field: 'kinds', key: 'admin.errors.kinds' });
    problems.push(...hoursProblems(form.hours, 'workingHours'));
    if (!errors.check(problems)) return;
    const input = { fullName: form.fullName.trim(), email: form.email.trim(), kinds: form.kinds, workingHours: fromDraft(form.hours), active: form.active };
    save.mutate(
      { id: interpreter?.id ?? null, input },
      {
        onSuccess: (i) => (interpreter ? setSaved((n) => n + 1) : go(`/admin/interpreters/${i.id}`, t('admin.interpreters.created', { name: i.fullName }))),
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to="/admin/interpreters" className="back-link">
        {t('admin.interpreters.back')}
      </Link>
      <PageHeading>{interpreter ? interpreter.fullName : t('admin.interpreters.new')}</PageHeading>
      <SavedNotice key={saved || arrival.key} message={saved ? t('admin.common.saved') : arrival.message} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="fullName" label={t('admin.interpreters.fullName')} autoComplete="off" value={form.fullName} error={errors.errorFor('fullName')} onChange={(v) => set('fullName', v)} />
        <TextField field="email" label={t('admin.interpreters.email')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('email')} onChange={(v) => set('email', v)} />
        <CheckboxGroup
          field="kinds"
          legend={t('admin.interpreters.kinds')}
          error={errors.errorFor('kinds')}
          options={ALL_KINDS.map((k) => ({ value: k, label: t(`admin.interpreters.kind_${k}`) }))}
          value={form.kinds}
          onChange={(v) => set('kinds', v)}
        />
        <HoursEditor
          field="workingHours"
          legend={t('admin.interpreters.workingHours')}
          hint={t('admin.interpreters.workingHoursHint', { zone: timeZoneName(interpreter?.timeZone ?? settings.timeZone, lang) })}
          draft={form.hours}
          dispatch={dispatchHours}
          errorFor={errors.errorFor}
        />
        <Checkbox field="active" label={t('admin.interpreters.active')} hint={t('admin.interpreters.activeHint')} checked={form.active} error={errors.errorFor('active')} onChange={(v) => set('active', v)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {interpreter ? t('admin.common.save') : t('admin.interpreters.create')}
        </button>
      </form>
      {interpreter && (
        <section className="admin-section" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('admin.interpreters.deleteTitle')}</h2>
          <p>{t('admin.interpreters.deleteHint')}</p>
          <ErrorNotice error={del.error} />
          <ConfirmDelete
            what={interpreter.fullName}
            question={t('admin.interpreters.confirmDelete', { name: interpreter.fullName })}
            pending={del.isPending}
            onConfirm={() => del.mutate(interpreter.id, { onSuccess: () => go('/admin/interpreters', t('admin.interpreters.deleted', { name: interpreter.fullName })) })}
          />
        </section>
      )}
    </>
  );
}
