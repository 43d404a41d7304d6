import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { employees, offices, topics, useAdminSettings } from '../../components/admin/adminApi';
import { CheckboxGroup, SavedNotice, SelectField } from '../../components/admin/controls';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { fromDraft, type HoursAction, hoursProblems, hoursReducer, type Problem, toDraft } from '../../components/admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../../components/admin/navigation';
import { type AdminEmployee, type AdminTopic, ALL_MODES, type Office, type Settings } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang, useLocalized } from '../../i18n';
import { timeZoneName } from '../../lib/dates';
import NotFound from '../NotFound';
import { Absences } from './Absences';

/** New employee (`/admin/employees/new`) or an existing one, with their absences. */
export default function EmployeeEdit() {
  const { id } = useParams();
  const list = employees.useList();
  const officeList = offices.useList();
  const topicList = topics.useList();
  const settings = useAdminSettings();
  const failed = list.error ?? officeList.error ?? topicList.error ?? settings.error;
  if (failed) return <ErrorNotice error={failed} onRetry={() => void Promise.all([list.refetch(), officeList.refetch(), topicList.refetch(), settings.refetch()])} />;
  if (!list.data || !officeList.data || !topicList.data || !settings.data) return <Loading />;
  const refs = { offices: officeList.data, topics: topicList.data, settings: settings.data };
  if (id === 'new') return <EmployeeForm employee={null} {...refs} />;
  const employee = list.data.find((e) => e.id === id);
  return employee ? <EmployeeForm key={employee.id} employee={employee} {...refs} /> : <NotFound />;
}

interface FormProps {
  employee: AdminEmployee | null;
  offices: Office[];
  topics: AdminTopic[];
  settings: Settings;
}

function EmployeeForm({ employee, offices: officeList, topics: topicList, settings }: FormProps) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const save = employees.useSave();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState(0);
  const [form, setForm] = useState({
    taxId: employee?.taxId ?? '',
    fullName: employee?.fullName ?? '',
    email: employee?.email ?? '',
    officeId: employee?.officeId ?? '',
    modes: employee?.modes ?? settings.modes,
    ownHours: Boolean(employee?.workingHours),
    // Own hours start from the opening hours, the usual case to narrow down.
    hours: toDraft(employee?.workingHours ?? settings.openingHours),
    isAdmin: employee?.isAdmin ?? false,
    active: employee?.active ?? true,
    topicIds: employee?.topicIds ?? [],
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const dispatchHours = (a: HoursAction) => setForm((f) => ({ ...f, hours: hoursReducer(f.hours, a) }));
  const modeOptions = ALL_MODES.filter((m) => settings.modes.includes(m) || form.modes.includes(m));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(0);
    const problems: Problem[] = [];
    if (!employee && !/^\d{9}$/.test(form.taxId.trim())) problems.push({ field: 'taxId', key: 'admin.errors.taxId' });
    if (!form.fullName.trim()) problems.push({ field: 'fullName', key: 'admin.errors.required' });
    if (!form.email.trim()) problems.push({ field: 'email', key: 'admin.errors.required' });
    if (form.modes.length === 0) problems.push({ field: 'modes', key: 'admin.errors.modes' });
    if (form.ownHours) problems.push(...hoursProblems(form.hours, 'workingHours'));
    if (!errors.check(problems)) return;
    const input = {
      ...(employee ? {} : { taxId: form.taxId.trim() }),
      fullName: form.fullName.trim(),
      email: form.email.trim(),
      officeId: form.officeId || null,
      modes: form.modes,
      workingHours: form.ownHours ? fromDraft(form.hours) : null,
      isAdmin: form.isAdmin,
      active: form.active,
      topicIds: form.topicIds,
    };
    save.mutate(
      { id: employee?.id ?? null, input },
      {
        onSuccess: (saved) => (employee ? setSaved((n) => n + 1) : go(`/admin/employees/${saved.id}`, t('admin.employees.created', { name: saved.fullName }))),
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to="/admin/employees" className="back-link">
        {t('admin.employees.back')}
      </Link>
      <PageHeading>{employee ? employee.fullName : t('admin.employees.new')}</PageHeading>
      <SavedNotice key={saved || arrival.key} message={saved ? t('admin.common.saved') : arrival.message} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        {employee ? (
          <dl className="card-facts">
            <div>
              <dt>{t('admin.employees.taxId')}</dt>
              <dd>{employee.taxId}</dd>
            </div>
          </dl>
        ) : (
          <TextField field="taxId" label={t('admin.employees.taxId')} hint={t('admin.employees.taxIdHint')} inputMode="numeric" autoComplete="off" maxLength={9} className="input-short" value={form.taxId} error={errors.errorFor('taxId')} onChange={(v) => set('taxId', v)} />
        )}
        <TextField field="fullName" label={t('admin.employees.fullName')} autoComplete="off" value={form.fullName} error={errors.errorFor('fullName')} onChange={(v) => set('fullName', v)} />
        <TextField field="email" label={t('admin.employees.email')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('email')} onChange={(v) => set('email', v)} />
        <SelectField
          field="officeId"
          label={t('admin.employees.office')}
          hint={t('admin.employees.officeHint')}
          error={errors.errorFor('officeId')}
          options={[{ value: '', label: t('admin.employees.noOffice') }, ...officeList.map((o) => ({ value: o.id, label: o.name }))]}
          value={form.officeId}
          onChange={(v) => set('officeId', v)}
        />
        <CheckboxGroup
          field="modes"
          legend={t('admin.employees.modes')}
          error={errors.errorFor('modes')}
          options={modeOptions.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          value={form.modes}
          onChange={(v) => set('modes', v)}
        />
        <CheckboxGroup
          field="topicIds"
          legend={t('admin.employees.topics')}
          hint={t('admin.employees.topicsHint')}
          error={errors.errorFor('topicIds')}
          empty={t('admin.employees.noTopics')}
          options={topicList.map((tp) => ({ value: tp.id, label: tp.active ? text(tp.name) : `${text(tp.name)} (${t('admin.common.inactive')})` }))}
          value={form.topicIds}
          onChange={(v) => set('topicIds', v)}
        />
        <Checkbox field="ownHours" label={t('admin.employees.ownHours')} hint={t('admin.employees.ownHoursHint')} checked={form.ownHours} onChange={(v) => set('ownHours', v)} />
        {form.ownHours && (
          <div className="reveal">
            <HoursEditor
              field="workingHours"
              legend={t('admin.employees.workingHours')}
              hint={t('admin.employees.workingHoursHint', { zone: timeZoneName(settings.timeZone, lang) })}
              draft={form.hours}
              dispatch={dispatchHours}
              errorFor={errors.errorFor}
            />
          </div>
        )}
        <Checkbox field="isAdmin" label={t('admin.employees.isAdmin')} hint={t('admin.employees.isAdminHint')} checked={form.isAdmin} error={errors.errorFor('isAdmin')} onChange={(v) => set('isAdmin', v)} />
        <Checkbox field="active" label={t('admin.employees.active')} hint={t('admin.employees.activeHint')} checked={form.active} error={errors.errorFor('active')} onChange={(v) => set('active', v)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {employee ? t('admin.common.save') : t('admin.employees.create')}
        </button>
      </form>
      {employee && <Absences employee={employee} timeZone={settings.timeZone} />}
    </>
  );
}
