import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SavedNotice } from '../../components/admin/controls';
import type { Problem } from '../../components/admin/hours';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { MissingList } from '../../components/platform/JoiningSummary';
import { type Joining, useJoining, useSaveJoiningContact, useSubmitJoining } from '../../components/platform/platformApi';
import { StatusTag } from '../../components/platform/StatusTag';
import { useLocalized } from '../../i18n';

/**
 * The decree's joining form, for the municipality's admin: topics, hours,
 * lengths per mode and the third-person rule live on their own pages (linked
 * here); the contact is filled in here; then the form is submitted for the
 * platform admin's approval. Citizens see the municipality only once approved.
 */
export default function JoiningPage() {
  const joining = useJoining();
  if (joining.isPending) return <Loading />;
  if (joining.isError) return <ErrorNotice error={joining.error} onRetry={() => void joining.refetch()} />;
  return <JoiningForm joining={joining.data} />;
}

function JoiningForm({ joining }: { joining: Joining }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const save = useSaveJoiningContact();
  const submit = useSubmitJoining();
  const errors = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const [form, setForm] = useState({ name: joining.contact.name ?? '', email: joining.contact.email ?? '', phone: joining.contact.phone ?? '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const problems: Problem[] = [];
    if (!form.name.trim()) problems.push({ field: 'contactName', key: 'admin.errors.required' });
    if (!form.email.trim()) problems.push({ field: 'contactEmail', key: 'admin.errors.required' });
    if (!form.phone.trim()) problems.push({ field: 'contactPhone', key: 'admin.errors.required' });
    if (!errors.check(problems)) return;
    save.mutate(
      { contactName: form.name.trim(), contactEmail: form.email.trim(), contactPhone: form.phone.trim() },
      { onSuccess: () => setSaved(t('admin.common.saved')), onError: errors.fail },
    );
  };
  const onSubmit = () => {
    setSaved(null);
    submit.mutate(undefined, { onSuccess: () => setSaved(t('admin.joining.submitted')) });
  };

  return (
    <>
      <PageHeading>{t('admin.joining.title')}</PageHeading>
      <SavedNotice key={saved} message={saved} />
      <p>
        {t('platform.municipalities.status')}: <StatusTag status={joining.status} />
      </p>
      <p className="lead">{t(`admin.joining.explain_${joining.status}`)}</p>
      {joining.status === 'draft' && joining.reviewComment && (
        <div className="notice notice-warning">
          <p className="notice-title">{t('admin.joining.sentBackTitle')}</p>
          <p>{joining.reviewComment}</p>
        </div>
      )}

      <section className="admin-section" aria-labelledby="parts-heading">
        <h2 id="parts-heading">{t('admin.joining.partsTitle')}</h2>
        <ul>
          <li>
            <Link to="/admin/topics">{t('admin.joining.partTopics')}</Link>
          </li>
          <li>
            <Link to="/admin">{t('admin.joining.partSettings')}</Link>
          </li>
          <li>
            <Link to="/admin/employees">{t('admin.joining.partEmployees')}</Link>
          </li>
        </ul>
        <MissingList joining={joining} text={text} />
      </section>

      <form onSubmit={onSave} noValidate className="admin-section" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('admin.joining.contactTitle')}</h2>
        <p>{t('admin.joining.contactHint')}</p>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="contactName" label={t('admin.joining.contactName')} autoComplete="off" value={form.name} error={errors.errorFor('contactName')} onChange={set('name')} />
        <TextField field="contactEmail" label={t('admin.joining.contactEmail')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('contactEmail')} onChange={set('email')} />
        <TextField field="contactPhone" label={t('admin.joining.contactPhone')} type="tel" autoComplete="off" className="input-medium" value={form.phone} error={errors.errorFor('contactPhone')} onChange={set('phone')} />
        <button type="submit" className="button button-secondary" disabled={save.isPending}>
          {t('admin.joining.saveContact')}
        </button>
      </form>

      {joining.status === 'draft' && (
        <section className="admin-section" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t('admin.joining.submitTitle')}</h2>
          <p>{t('admin.joining.submitHint')}</p>
          <ErrorNotice error={submit.error} />
          <button type="button" className="button" disabled={submit.isPending} onClick={onSubmit}>
            {t('admin.joining.submit')}
          </button>
        </section>
      )}
    </>
  );
}
