import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { employees, topics, useAdminSettings } from '../../components/admin/adminApi';
import { CheckboxGroup, ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import { DocumentsEditor } from '../../components/admin/DocumentsEditor';
import { readDocuments, readTopicDurations, typedTopicDurations } from '../../components/admin/formValues';
import type { Problem } from '../../components/admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../../components/admin/navigation';
import { ALL_MODES, type AdminEmployee, type AdminTopic, type Settings } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLocalized } from '../../i18n';
import NotFound from '../NotFound';

/** New topic (`/admin/topics/new`) or an existing one: what citizens book, how, with whom, bringing what. */
export default function TopicEdit() {
  const { id } = useParams();
  const list = topics.useList();
  const staff = employees.useList();
  const settings = useAdminSettings();
  const failed = list.error ?? staff.error ?? settings.error;
  if (failed) return <ErrorNotice error={failed} onRetry={() => void Promise.all([list.refetch(), staff.refetch(), settings.refetch()])} />;
  if (!list.data || !staff.data || !settings.data) return <Loading />;
  if (id === 'new') return <TopicForm topic={null} staff={staff.data} settings={settings.data} />;
  const topic = list.data.find((tp) => tp.id === id);
  return topic ? <TopicForm key={topic.id} topic={topic} staff={staff.data} settings={settings.data} /> : <NotFound />;
}

function TopicForm({ topic, staff, settings }: { topic: AdminTopic | null; staff: AdminEmployee[]; settings: Settings }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const save = topics.useSave();
  const del = topics.useDelete();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState(0);
  const [form, setForm] = useState({
    nameEl: topic?.name.el ?? '',
    nameEn: topic?.name.en ?? '',
    modes: topic?.modes ?? settings.modes,
    durations: typedTopicDurations(topic?.durations),
    documents: topic?.requiredDocuments ?? [],
    employeeIds: topic?.employeeIds ?? [],
    active: topic?.active ?? true,
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  // Modes the municipality offers, plus any the topic still has from before.
  const modeOptions = ALL_MODES.filter((m) => settings.modes.includes(m) || form.modes.includes(m));
  const name = topic ? text(topic.name) : '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(0);
    const problems: Problem[] = [];
    if (!form.nameEl.trim()) problems.push({ field: 'name.el', key: 'admin.errors.required' });
    if (!form.nameEn.trim()) problems.push({ field: 'name.en', key: 'admin.errors.required' });
    if (form.modes.length === 0) problems.push({ field: 'modes', key: 'admin.errors.modes' });
    const lengths = readTopicDurations(form.durations, form.modes);
    problems.push(...lengths.problems);
    const docs = readDocuments(form.documents, 'requiredDocuments');
    problems.push(...docs.problems);
    if (!errors.check(problems)) return;
    const input = {
      name: { el: form.nameEl.trim(), en: form.nameEn.trim() },
      modes: form.modes,
      durations: lengths.durations,
      requiredDocuments: docs.documents,
      employeeIds: form.employeeIds,
      active: form.active,
    };
    save.mutate(
      { id: topic?.id ?? null, input },
      {
        onSuccess: (tp) => {
          if (topic) {
            setForm((f) => ({ ...f, documents: tp.requiredDocuments }));
            setSaved((n) => n + 1);
          } else go(`/admin/topics/${tp.id}`, t('admin.topics.created', { name: text(tp.name) }));
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to="/admin/topics" className="back-link">
        {t('admin.topics.back')}
      </Link>
      <PageHeading>{topic ? name : t('admin.topics.new')}</PageHeading>
      <SavedNotice key={saved || arrival.key} message={saved ? t('admin.common.saved') : arrival.message} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="name.el" label={t('admin.topics.nameEl')} value={form.nameEl} error={errors.errorFor('name.el')} onChange={(v) => set('nameEl', v)} />
        <TextField field="name.en" label={t('admin.topics.nameEn')} lang="en" value={form.nameEn} error={errors.errorFor('name.en')} onChange={(v) => set('nameEn', v)} />
        <CheckboxGroup
          field="modes"
          legend={t('admin.topics.modes')}
          hint={t('admin.topics.modesHint')}
          error={errors.errorFor('modes')}
          options={modeOptions.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          value={form.modes}
          onChange={(v) => set('modes', v)}
        />
        {form.modes.length > 0 && (
          <fieldset id="durations" tabIndex={-1} className="admin-fieldset">
            <legend>{t('admin.topics.duration')}</legend>
            <p className="hint">{t('admin.topics.durationHint')}</p>
            <div className="inline-fields">
              {ALL_MODES.filter((m) => form.modes.includes(m)).map((m) => (
                <TextField
                  key={m}
                  field={`durations.${m}`}
                  label={t(`modes.${m}`)}
                  hint={t('admin.topics.durationDefault', { minutes: settings.durations[m] ?? '–' })}
                  inputMode="numeric"
                  value={form.durations[m] ?? ''}
                  error={errors.errorFor(`durations.${m}`)}
                  onChange={(v) => set('durations', { ...form.durations, [m]: v })}
                />
              ))}
            </div>
          </fieldset>
        )}
        <DocumentsEditor field="requiredDocuments" value={form.documents} onChange={(v) => set('documents', v)} errorFor={errors.errorFor} />
        <CheckboxGroup
          field="employeeIds"
          legend={t('admin.topics.employees')}
          hint={t('admin.topics.employeesHint')}
          error={errors.errorFor('employeeIds')}
          empty={t('admin.topics.noEmployees')}
          options={staff.map((e) => ({ value: e.id, label: e.active ? e.fullName : `${e.fullName} (${t('admin.common.inactive')})` }))}
          value={form.employeeIds}
          onChange={(v) => set('employeeIds', v)}
        />
        <Checkbox field="active" label={t('admin.topics.active')} hint={t('admin.topics.activeHint')} checked={form.active} error={errors.errorFor('active')} onChange={(v) => set('active', v)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {topic ? t('admin.common.save') : t('admin.topics.create')}
        </button>
      </form>
      {topic && (
        <section className="admin-section" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('admin.topics.deleteTitle')}</h2>
          <p>{t('admin.topics.deleteHint')}</p>
          <ErrorNotice error={del.error} />
          <ConfirmDelete
            what={name}
            question={t('admin.topics.confirmDelete', { name })}
            pending={del.isPending}
            onConfirm={() => del.mutate(topic.id, { onSuccess: () => go('/admin/topics', t('admin.topics.deleted', { name })) })}
          />
        </section>
      )}
    </>
  );
}
