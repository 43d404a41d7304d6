import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { managePage, type ManagedChange, useManageCancel, useManagedAppointment } from '../../api/manage';
import { ConfirmationPanel } from '../../components/booking/ConfirmationPanel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ManageFacts } from './ManageFacts';

/** `/manage/:token/cancel`: cancelling needs this explicit confirmation and a POST; the link alone never cancels. */
export default function ManageCancel() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const q = useManagedAppointment(token);
  const cancel = useManageCancel(token);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ManagedChange | null>(null);

  if (done) {
    return (
      <>
        <ConfirmationPanel title={t('manage.cancelledTitle')} reference={done.reference} />
        <p>{t('manage.cancelledText')}</p>
        <p>
          <Link to="/book">{t('manage.bookAgain')}</Link>
        </p>
      </>
    );
  }
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    cancel.mutate({ reason: reason.trim() || undefined }, { onSuccess: setDone });
  };

  return (
    <>
      <PageHeading>{t('cancel.title')}</PageHeading>
      <div className="notice notice-warning">
        <ManageFacts a={q.data} />
      </div>
      <ErrorNotice error={cancel.error} />
      <form onSubmit={submit} noValidate>
        <TextArea field="reason" label={t('cancel.reason')} hint={t('cancel.reasonHint')} value={reason} onChange={setReason} maxLength={500} />
        <div className="button-group">
          <button type="submit" className="button button-warning" disabled={cancel.isPending}>
            {t('cancel.confirm')}
          </button>
          <Link to={managePage(token)} className="button button-secondary">
            {t('cancel.keep')}
          </Link>
        </div>
      </form>
    </>
  );
}
