import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CheckboxGroup, SavedNotice } from '../../components/admin/controls';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { fromDraft, type HoursAction, hoursProblems, hoursReducer, type Problem, toDraft } from '../../components/admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../../components/admin/navigation';
import { ALL_KINDS } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type PlatformMunicipality, type PoolInterpreter, usePlatformMunicipalities, usePoolInterpreters, useSavePoolInterpreter } from '../../components/platform/platformApi';
import { useLocalized } from '../../i18n';
import NotFound from '../NotFound';

const WEEKDAY_MORNINGS = Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '15:00' }]]));

/** New pool interpreter (`/platform/interpreters/new`) or an existing one. */
export default function InterpreterEdit() {
  const { id } = useParams();
  const list = usePoolInterpreters();
  const municipalities = usePlatformMunicipalities(null);
  const failed = list.error ?? municipalities.error;
  if (failed) return <ErrorNotice error={failed} onRetry={() => void Promise.all([list.refetch(), municipalities.refetch()])} />;
  if (!list.data || !municipalities.data) return <Loading />;
  if (id === 'new') return <InterpreterForm interpreter={null} municipalities={municipalities.data} />;
  const interpreter = list.data.find((i) => i.id === id);
  return interpreter ? <InterpreterForm key={interpreter.id} interpreter={interpreter} municipalities={municipalities.data} /> : <NotFound />;
}

function InterpreterForm({ interpreter, municipalities }: { interpreter: PoolInterpreter | null; municipalities: PlatformMunicipality[] }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const save = useSavePoolInterpreter();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState(0);
  const [form, setForm] = useState({
    fullName: interpreter?.fullName ?? '',
    email: interpreter?.email ?? '',
    kinds: interpreter?.kinds ?? [],
    municipalityIds: interpreter?.municipalityIds ?? [],
    hours: toDraft(interpreter?.workingHours ?? WEEKDAY_MORNINGS),
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
    const input = { fullName: form.fullName.trim(), email: form.email.trim(), kinds: form.kinds, workingHours: fromDraft(form.hours), active: form.active, municipalityIds: form.municipalityIds };
    save.mutate(
      { id: interpreter?.id ?? null, input },
      {
        onSuccess: (i) => (interpreter ? setSaved((n) => n + 1) : go(`/platform/interpreters/${i.id}`, t('admin.interpreters.created', { name: i.fullName }))),
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to="/platform/interpreters" className="back-link">
        {t('platform.interpreters.back')}
      </Link>
      <PageHeading>{interpreter ? interpreter.fullName : t('platform.interpreters.new')}</PageHeading>
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
        <CheckboxGroup
          field="municipalityIds"
          legend={t('platform.interpreters.municipalities')}
          hint={t('platform.interpreters.municipalitiesHint')}
          error={errors.errorFor('municipalityIds')}
          options={municipalities.map((m) => ({ value: m.id, label: text(m.name) }))}
          value={form.municipalityIds}
          onChange={(v) => set('municipalityIds', v)}
        />
        <HoursEditor
          field="workingHours"
          legend={t('admin.interpreters.workingHours')}
          hint={t('platform.interpreters.hoursHint')}
          draft={form.hours}
          dispatch={dispatchHours}
          errorFor={errors.errorFor}
        />
        <Checkbox field="active" label={t('admin.interpreters.active')} hint={t('admin.interpreters.activeHint')} checked={form.active} onChange={(v) => set('active', v)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {interpreter ? t('admin.common.save') : t('admin.interpreters.create')}
        </button>
      </form>
    </>
  );
}
