import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { offices } from '../../components/admin/adminApi';
import { ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import type { Problem } from '../../components/admin/hours';
import { useArrivalNotice, useGoWithNotice } from '../../components/admin/navigation';
import type { Office } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import NotFound from '../NotFound';

/** New office (`/admin/offices/new`) or an existing one. */
export default function OfficeEdit() {
  const { id } = useParams();
  const list = offices.useList();
  if (id === 'new') return <OfficeForm office={null} />;
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const office = list.data.find((o) => o.id === id);
  return office ? <OfficeForm key={office.id} office={office} /> : <NotFound />;
}

function OfficeForm({ office }: { office: Office | null }) {
  const { t } = useTranslation();
  const save = offices.useSave();
  const del = offices.useDelete();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const arrival = useArrivalNotice();
  const [saved, setSaved] = useState<string | null>(null);
  const [form, setForm] = useState({ name: office?.name ?? '', address: office?.address ?? '', floor: office?.floor ?? '', directions: office?.directions ?? '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const problems: Problem[] = [];
    if (!form.name.trim()) problems.push({ field: 'name', key: 'admin.errors.required' });
    if (!form.address.trim()) problems.push({ field: 'address', key: 'admin.errors.required' });
    if (!errors.check(problems)) return;
    const input = { name: form.name.trim(), address: form.address.trim(), floor: form.floor.trim() || null, directions: form.directions.trim() || null };
    save.mutate(
      { id: office?.id ?? null, input },
      {
        onSuccess: (o) => (office ? setSaved(t('admin.common.saved')) : go(`/admin/offices/${o.id}`, t('admin.offices.created', { name: o.name }))),
        onError: errors.fail,
      },
    );
  };

  return (
    <>
      <Link to="/admin/offices" className="back-link">
        {t('admin.offices.back')}
      </Link>
      <PageHeading>{office ? office.name : t('admin.offices.new')}</PageHeading>
      <SavedNotice key={saved ?? arrival.key} message={saved ?? arrival.message} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="name" label={t('admin.offices.name')} hint={t('admin.offices.nameHint')} value={form.name} error={errors.errorFor('name')} onChange={set('name')} />
        <TextField field="address" label={t('admin.offices.address')} value={form.address} error={errors.errorFor('address')} onChange={set('address')} />
        <TextField field="floor" label={t('admin.offices.floor')} hint={t('admin.common.optional')} className="input-medium" value={form.floor} error={errors.errorFor('floor')} onChange={set('floor')} />
        <TextArea field="directions" label={t('admin.offices.directions')} hint={t('admin.offices.directionsHint')} value={form.directions} maxLength={1000} onChange={set('directions')} />
        <button type="submit" className="button" disabled={save.isPending}>
          {office ? t('admin.common.save') : t('admin.offices.create')}
        </button>
      </form>
      {office && (
        <section className="admin-section" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('admin.offices.deleteTitle')}</h2>
          <p>{t('admin.offices.deleteHint')}</p>
          <ErrorNotice error={del.error} />
          <ConfirmDelete
            what={office.name}
            question={t('admin.offices.confirmDelete', { name: office.name })}
            pending={del.isPending}
            onConfirm={() => del.mutate(office.id, { onSuccess: () => go('/admin/offices', t('admin.offices.deleted', { name: office.name })) })}
          />
        </section>
      )}
    </>
  );
}
