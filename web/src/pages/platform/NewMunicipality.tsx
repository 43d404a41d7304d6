import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../components/admin/hours';
import { useGoWithNotice } from '../../components/admin/navigation';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { useCreateMunicipality } from '../../components/platform/platformApi';
import { isValidAfm } from '../../lib/afm';
import { useLocalized } from '../../i18n';

/** A new municipality (a draft) and its first administrator, who then fills in the joining form. */
export default function NewMunicipality() {
  const { t } = useTranslation();
  const text = useLocalized();
  const create = useCreateMunicipality();
  const errors = useFormErrors();
  const go = useGoWithNotice();
  const [form, setForm] = useState({ slug: '', nameEl: '', nameEn: '', taxId: '', fullName: '', email: '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Problem[] = [];
    if (!form.slug.trim()) problems.push({ field: 'slug', key: 'admin.errors.required' });
    if (!form.nameEl.trim()) problems.push({ field: 'name.el', key: 'admin.errors.required' });
    if (!form.nameEn.trim()) problems.push({ field: 'name.en', key: 'admin.errors.required' });
    if (!/^\d{9}$/.test(form.taxId.trim())) problems.push({ field: 'admin.taxId', key: 'admin.errors.taxId' });
    else if (!isValidAfm(form.taxId.trim())) problems.push({ field: 'admin.taxId', key: 'platform.errors.afmCheck' });
    if (!form.fullName.trim()) problems.push({ field: 'admin.fullName', key: 'admin.errors.required' });
    if (!form.email.trim()) problems.push({ field: 'admin.email', key: 'admin.errors.required' });
    if (!errors.check(problems)) return;
    create.mutate(
      {
        slug: form.slug.trim(),
        name: { el: form.nameEl.trim(), en: form.nameEn.trim() },
        admin: { taxId: form.taxId.trim(), fullName: form.fullName.trim(), email: form.email.trim() },
      },
      { onSuccess: (r) => go(`/platform/municipalities/${r.municipality.id}`, t('platform.create.created', { name: text(r.municipality.name) })), onError: errors.fail },
    );
  };

  return (
    <>
      <Link to="/platform" className="back-link">
        {t('platform.create.back')}
      </Link>
      <PageHeading>{t('platform.create.title')}</PageHeading>
      <p className="lead">{t('platform.create.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="name.el" label={t('platform.create.nameEl')} value={form.nameEl} error={errors.errorFor('name.el')} onChange={set('nameEl')} />
        <TextField field="name.en" label={t('platform.create.nameEn')} lang="en" value={form.nameEn} error={errors.errorFor('name.en')} onChange={set('nameEn')} />
        <TextField field="slug" label={t('platform.create.slug')} hint={t('platform.create.slugHint')} className="input-medium" autoComplete="off" value={form.slug} error={errors.errorFor('slug')} onChange={set('slug')} />
        <fieldset className="admin-fieldset">
          <legend>{t('platform.create.adminLegend')}</legend>
          <TextField field="admin.taxId" label={t('platform.admins.taxId')} inputMode="numeric" className="input-medium" autoComplete="off" value={form.taxId} error={errors.errorFor('admin.taxId')} onChange={set('taxId')} />
          <TextField field="admin.fullName" label={t('platform.admins.fullName')} autoComplete="off" value={form.fullName} error={errors.errorFor('admin.fullName')} onChange={set('fullName')} />
          <TextField field="admin.email" label={t('platform.admins.email')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('admin.email')} onChange={set('email')} />
        </fieldset>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('platform.create.submit')}
        </button>
      </form>
    </>
  );
}
