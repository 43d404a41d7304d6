import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import type { Problem } from '../../components/admin/hours';
import { useArrivalNotice } from '../../components/admin/navigation';
import { ALL_MODES } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describedBy, FieldGroup, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { JoiningSummary, MissingList } from '../../components/platform/JoiningSummary';
import { type MunicipalityReview, useAddAdmin, useMunicipalityReview, useMunicipalityStep, useRemoveAdmin } from '../../components/platform/platformApi';
import { StatusTag } from '../../components/platform/StatusTag';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { isValidAfm } from '../../lib/afm';
import { fieldId } from '../../wizard/steps';

/** One municipality: its joining form for review, the steps of its life, and its administrators. */
export default function MunicipalityPage() {
  const { id = '' } = useParams();
  const review = useMunicipalityReview(id);
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorNotice error={review.error} onRetry={() => void review.refetch()} />;
  return <Municipality id={id} review={review.data} />;
}

function Municipality({ id, review }: { id: string; review: MunicipalityReview }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const arrival = useArrivalNotice();
  const [done, setDone] = useState<string | null>(null);
  const step = useMunicipalityStep(id);
  const name = text(review.settings.name);
  const status = review.joining.status;
  const run = (s: 'approve' | 'deactivate' | 'activate', message: string) => {
    setDone(null);
    step.mutate({ step: s }, { onSuccess: () => setDone(message) });
  };

  return (
    <>
      <Link to="/platform" className="back-link">
        {t('platform.create.back')}
      </Link>
      <PageHeading>{name}</PageHeading>
      <SavedNotice key={done ?? arrival.key} message={done ?? arrival.message} />
      <p>
        {t('platform.municipalities.status')}: <StatusTag status={status} />
      </p>
      <p className="lead">{t(`platform.review.explain_${status}`)}</p>

      <section className="admin-section" aria-labelledby="form-heading">
        <h2 id="form-heading">{t('platform.review.formTitle')}</h2>
        {review.joining.submittedAt && <p>{t('platform.review.submittedAt', { at: formatDateTime(review.joining.submittedAt, review.settings.timeZone, lang) })}</p>}
        {review.joining.reviewComment && (
          <div className="notice">
            <p className="notice-title">{t('platform.review.lastComment')}</p>
            <p>{review.joining.reviewComment}</p>
          </div>
        )}
        <MissingList joining={review.joining} text={text} />
        <JoiningSummary settings={review.settings} joining={review.joining} />
        <div className="table-wrap">
          <table className="table table-stack" role="table">
            <caption>{t('platform.review.topicsCaption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('platform.review.topic')}</th>
                <th scope="col" role="columnheader">{t('platform.review.topicModes')}</th>
                <th scope="col" role="columnheader">{t('platform.review.topicEmployees')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {review.topics.map((tp) => (
                <tr key={tp.id} role="row">
                  <td role="cell" className="table-first" data-label={t('platform.review.topic')}>
                    {text(tp.name)}
                    {!tp.active && <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>}
                  </td>
                  <td role="cell" data-label={t('platform.review.topicModes')}>
                    {ALL_MODES.filter((m) => tp.modes.includes(m))
                      .map((m) => `${t(`modes.${m}`)} (${tp.durationMinutes[m] ? t('platform.review.minutes', { count: tp.durationMinutes[m] }) : '—'})`)
                      .join(', ')}
                  </td>
                  <td role="cell" data-label={t('platform.review.topicEmployees')}>
                    {tp.employeeCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {review.topics.length === 0 && <p>{t('platform.review.noTopics')}</p>}
      </section>

      <section className="admin-section" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('platform.review.decisionTitle')}</h2>
        <ErrorNotice error={step.error} />
        {status === 'submitted' && (
          <>
            <button type="button" className="button" disabled={step.isPending} onClick={() => run('approve', t('platform.review.approved', { name }))}>
              {t('platform.review.approve')}
            </button>
            <SendBack id={id} onSent={() => setDone(t('platform.review.sentBack', { name }))} />
          </>
        )}
        {status === 'draft' && <p>{t('platform.review.waiting')}</p>}
        {status === 'active' && (
          <>
            <p>{t('platform.review.deactivateWhat', { count: review.upcomingAppointments })}</p>
            <ConfirmDelete
              what={name}
              label={t('platform.review.deactivate')}
              question={t('platform.review.confirmDeactivate', { name })}
              pending={step.isPending}
              onConfirm={() => run('deactivate', t('platform.review.deactivated', { name }))}
            />
          </>
        )}
        {status === 'deactivated' && (
          <>
            <p>{t('platform.review.activateWhat', { count: review.upcomingAppointments })}</p>
            <button type="button" className="button" disabled={step.isPending} onClick={() => run('activate', t('platform.review.activated', { name }))}>
              {t('platform.review.activate')}
            </button>
          </>
        )}
      </section>

      <Admins id={id} review={review} />
    </>
  );
}

/** Sending the form back: the comment tells the municipality's admin what to change. */
function SendBack({ id, onSent }: { id: string; onSent: () => void }) {
  const { t } = useTranslation();
  const step = useMunicipalityStep(id);
  const errors = useFormErrors();
  const [comment, setComment] = useState('');
  const inputId = fieldId('comment');
  const error = errors.errorFor('comment');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(comment.trim() ? [] : [{ field: 'comment', key: 'platform.errors.comment' }])) return;
    step.mutate({ step: 'send-back', comment: comment.trim() }, { onSuccess: onSent, onError: errors.fail });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="admin-subform">
      <h3>{t('platform.review.sendBackTitle')}</h3>
      <ErrorSummary errors={errors.errors} />
      <ErrorNotice error={errors.general} />
      <FieldGroup id={inputId} label={t('platform.review.comment')} hint={t('platform.review.commentHint')} error={error}>
        <textarea
          id={inputId}
          name="comment"
          className="input textarea"
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, true, error)}
        />
      </FieldGroup>
      <button type="submit" className="button button-secondary" disabled={step.isPending}>
        {t('platform.review.sendBack')}
      </button>
    </form>
  );
}

/** The municipality's administrators: added by tax number, their admin role taken away (the last one stays). */
function Admins({ id, review }: { id: string; review: MunicipalityReview }) {
  const { t } = useTranslation();
  const add = useAddAdmin(id);
  const remove = useRemoveAdmin(id);
  const errors = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const [form, setForm] = useState({ taxId: '', fullName: '', email: '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const problems: Problem[] = [];
    if (!/^\d{9}$/.test(form.taxId.trim())) problems.push({ field: 'taxId', key: 'admin.errors.taxId' });
    else if (!isValidAfm(form.taxId.trim())) problems.push({ field: 'taxId', key: 'platform.errors.afmCheck' });
    if (!form.fullName.trim()) problems.push({ field: 'fullName', key: 'admin.errors.required' });
    if (!form.email.trim()) problems.push({ field: 'email', key: 'admin.errors.required' });
    if (!errors.check(problems)) return;
    add.mutate(
      { taxId: form.taxId.trim(), fullName: form.fullName.trim(), email: form.email.trim() },
      {
        onSuccess: (a) => {
          setSaved(t('platform.admins.added', { name: a.fullName }));
          setForm({ taxId: '', fullName: '', email: '' });
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <section className="admin-section" aria-labelledby="admins-heading">
      <h2 id="admins-heading">{t('platform.admins.title')}</h2>
      <SavedNotice key={saved} message={saved} />
      <ErrorNotice error={remove.error} />
      <div className="table-wrap">
        <table className="table table-stack" role="table">
          <caption className="visually-hidden">{t('platform.admins.title')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('platform.admins.fullName')}</th>
              <th scope="col" role="columnheader">{t('platform.admins.taxId')}</th>
              <th scope="col" role="columnheader">{t('platform.admins.email')}</th>
              <th scope="col" role="columnheader">{t('admin.common.actions')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {review.admins.map((a) => (
              <tr key={a.id} role="row">
                <td role="cell" className="table-first" data-label={t('platform.admins.fullName')}>
                  {a.fullName}
                  {!a.active && <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>}
                </td>
                <td role="cell" data-label={t('platform.admins.taxId')}>{a.taxId}</td>
                <td role="cell" data-label={t('platform.admins.email')}>{a.email}</td>
                <td role="cell" className="table-actions">
                  <ConfirmDelete
                    what={a.fullName}
                    label={t('platform.admins.remove')}
                    question={t('platform.admins.confirmRemove', { name: a.fullName })}
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate(a.id, { onSuccess: () => setSaved(t('platform.admins.removed', { name: a.fullName })) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={onSubmit} noValidate className="admin-subform">
        <h3>{t('platform.admins.addTitle')}</h3>
        <p>{t('platform.admins.addHint')}</p>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <TextField field="taxId" label={t('platform.admins.taxId')} inputMode="numeric" className="input-medium" autoComplete="off" value={form.taxId} error={errors.errorFor('taxId')} onChange={set('taxId')} />
        <TextField field="fullName" label={t('platform.admins.fullName')} autoComplete="off" value={form.fullName} error={errors.errorFor('fullName')} onChange={set('fullName')} />
        <TextField field="email" label={t('platform.admins.email')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('email')} onChange={set('email')} />
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          {t('platform.admins.add')}
        </button>
      </form>
    </section>
  );
}
