// The edit page of an interpreter, the same for a municipality's own (/admin)
// and the platform's shared pool (/platform). What differs comes in as props:
// the API hooks, the links, the texts, the starting hours, the municipalities
// a pool interpreter serves, and deleting (a municipality's own only).
import type { UseQueryResult } from '@tanstack/react-query';
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import NotFound from '../../pages/NotFound';
import { CheckboxGroup, ConfirmDelete, SavedNotice } from '../admin/controls';
import { HoursEditor } from '../admin/HoursEditor';
import { fromDraft, type HoursAction, hoursProblems, hoursReducer, type Problem, toDraft } from '../admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../admin/navigation';
import { ALL_KINDS, type Interpretation, type Interpreter, type WeeklyHours } from '../admin/types';
import { useFormErrors } from '../admin/useFormErrors';
import { ErrorNotice } from '../ErrorNotice';
import { ErrorSummary } from '../ErrorSummary';
import { Checkbox, TextField } from '../fields';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';

/** Either area's interpreter: a pool interpreter also names the municipalities served. */
type AnyInterpreter = Interpreter & { municipalityIds?: string[] };

/** What the form sends; municipalityIds only where the form offers them. */
export interface InterpreterFormInput {
  fullName: string;
  email: string;
  kinds: Interpretation[];
  workingHours: WeeklyHours;
  active: boolean;
  municipalityIds?: string[];
}

interface SaveMutation {
  mutate(
    vars: { id: string | null; input: InterpreterFormInput },
    on: { onSuccess: (saved: { id: string; fullName: string }) => void; onError: (e: unknown) => void },
  ): void;
  isPending: boolean;
}

interface DeleteMutation {
  mutate(id: string, on: { onSuccess: () => void }): void;
  isPending: boolean;
  error: ApiError | null;
}

/**
 * `:id` of the route, once the interpreters and what the form also needs
 * (`context`) are loaded: `new` renders the form empty, an id one of the list.
 */
export function InterpreterEditPage<T extends AnyInterpreter, C>({ list, context, form }: { list: UseQueryResult<T[]>; context: UseQueryResult<C>; form: (interpreter: T | null, context: C) => ReactNode }) {
  const { id } = useParams();
  const failed = list.error ?? context.error;
  if (failed) return <ErrorNotice error={failed} onRetry={() => void Promise.all([list.refetch(), context.refetch()])} />;
  if (!list.data || context.data === undefined) return <Loading />;
  if (id === 'new') return form(null, context.data);
  const interpreter = list.data.find((i) => i.id === id);
  // Keyed: the form's state starts afresh for another interpreter.
  return interpreter ? <Fragment key={interpreter.id}>{form(interpreter, context.data)}</Fragment> : <NotFound />;
}

interface Props {
  interpreter: AnyInterpreter | null;
  /** The area's list: the back link, and `${basePath}/:id` after creating. */
  basePath: string;
  texts: { back: string; newTitle: string; hoursHint: string };
  /** A new interpreter's starting hours. */
  defaultHours: WeeklyHours;
  /** Called inside the form, so a form per interpreter has its own state. */
  useSave: () => SaveMutation;
  /** The municipalities a pool interpreter may serve; without them the form offers no such choice. */
  municipalities?: { value: string; label: string }[];
  /** Deleting; without it the form has no delete section. */
  useDelete?: () => DeleteMutation;
}

export function InterpreterForm({ interpreter, basePath, texts, defaultHours, useSave, municipalities, useDelete }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState(0);
  const [form, setForm] = useState({
    fullName: interpreter?.fullName ?? '',
    email: interpreter?.email ?? '',
    kinds: interpreter?.kinds ?? [],
    municipalityIds: interpreter?.municipalityIds ?? [],
    hours: toDraft(interpreter?.workingHours ?? defaultHours),
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
    const input: InterpreterFormInput = { fullName: form.fullName.trim(), email: form.email.trim(), kinds: form.kinds, workingHours: fromDraft(form.hours), active: form.active };
    if (municipalities) input.municipalityIds = form.municipalityIds;
    save.mutate(
      { id: interpreter?.id ?? null, input },
      {
        onSuccess: (i) => (interpreter ? setSaved((n) => n + 1) : go(`${basePath}/${i.id}`, t('admin.interpreters.created', { name: i.fullName }))),
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to={basePath} className="back-link">
        {texts.back}
      </Link>
      <PageHeading>{interpreter ? interpreter.fullName : texts.newTitle}</PageHeading>
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
        {municipalities && (
          <CheckboxGroup
            field="municipalityIds"
            legend={t('platform.interpreters.municipalities')}
            hint={t('platform.interpreters.municipalitiesHint')}
            error={errors.errorFor('municipalityIds')}
            options={municipalities}
            value={form.municipalityIds}
            onChange={(v) => set('municipalityIds', v)}
          />
        )}
        <HoursEditor field="workingHours" legend={t('admin.interpreters.workingHours')} hint={texts.hoursHint} draft={form.hours} dispatch={dispatchHours} errorFor={errors.errorFor} />
        <Checkbox field="active" label={t('admin.interpreters.active')} hint={t('admin.interpreters.activeHint')} checked={form.active} error={errors.errorFor('active')} onChange={(v) => set('active', v)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {interpreter ? t('admin.common.save') : t('admin.interpreters.create')}
        </button>
      </form>
      {interpreter && useDelete && <DeleteInterpreter interpreter={interpreter} basePath={basePath} useDelete={useDelete} />}
    </>
  );
}

function DeleteInterpreter({ interpreter, basePath, useDelete }: { interpreter: Interpreter; basePath: string; useDelete: () => DeleteMutation }) {
  const { t } = useTranslation();
  const del = useDelete();
  const go = useGoWithNotice();
  return (
    <section className="admin-section" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('admin.interpreters.deleteTitle')}</h2>
      <p>{t('admin.interpreters.deleteHint')}</p>
      <ErrorNotice error={del.error} />
      <ConfirmDelete
        what={interpreter.fullName}
        question={t('admin.interpreters.confirmDelete', { name: interpreter.fullName })}
        pending={del.isPending}
        onConfirm={() => del.mutate(interpreter.id, { onSuccess: () => go(basePath, t('admin.interpreters.deleted', { name: interpreter.fullName })) })}
      />
    </section>
  );
}
