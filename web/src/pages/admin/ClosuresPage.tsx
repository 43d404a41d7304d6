import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AffectedQuestion, type Asked, askOnAffected, useAffectedSummary } from '../../components/admin/AffectedAppointments';
import { type ClosureInput, useAddClosure, useAdminSettings, useHolidays, useRemoveClosure } from '../../components/admin/adminApi';
import { ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import type { Problem } from '../../components/admin/hours';
import type { ClosedDay } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang, useLocalized } from '../../i18n';
import { formatDay } from '../../lib/dates';

/** Public holidays (computed by the API) and the municipality's own closed days, one year at a time. */
export default function ClosuresPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [notice, setNotice] = useState<{ n: number; text: string } | null>(null);
  const holidays = useHolidays(year);
  const say = (text: string) => setNotice((p) => ({ n: (p?.n ?? 0) + 1, text }));

  return (
    <>
      <PageHeading>{t('admin.closures.title')}</PageHeading>
      <p className="lead">{t('admin.closures.intro')}</p>
      <SavedNotice key={notice?.n ?? 0} message={notice?.text ?? null} />
      <AddClosure onAdded={(label, outcome) => say([t('admin.closures.added', { label }), outcome].filter(Boolean).join(' '))} />

      <h2 id="year-heading">{t('admin.closures.yearTitle', { year })}</h2>
      <nav className="window-nav" aria-label={t('admin.closures.yearNav')}>
        <button type="button" className="button button-secondary button-small" onClick={() => setYear((y) => y - 1)}>
          {t('admin.closures.prevYear', { year: year - 1 })}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setYear((y) => y + 1)}>
          {t('admin.closures.nextYear', { year: year + 1 })}
        </button>
      </nav>
      {holidays.isPending ? (
        <Loading />
      ) : holidays.isError ? (
        <ErrorNotice error={holidays.error} onRetry={() => void holidays.refetch()} />
      ) : (
        <>
          {!holidays.data.publicHolidaysClosed && <p className="notice">{t('admin.closures.holidaysOpen')}</p>}
          <DaysTable days={holidays.data.days} year={year} onRemoved={(label) => say(t('admin.closures.removed', { label }))} />
        </>
      )}
    </>
  );
}

function DaysTable({ days, year, onRemoved }: { days: ClosedDay[]; year: number; onRemoved: (label: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useLocalized();
  const remove = useRemoveClosure();
  if (days.length === 0) return <p>{t('admin.closures.none')}</p>;
  return (
    <>
      <ErrorNotice error={remove.error} />
      <div className="table-wrap">
        {/* Under 600px the rows stack as cards (admin.css); the roles keep the table's semantics. */}
        <table className="table table-stack" role="table">
          <caption className="visually-hidden">{t('admin.closures.yearTitle', { year })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('admin.closures.date')}
              </th>
              <th scope="col" role="columnheader">
                {t('admin.closures.name')}
              </th>
              <th scope="col" role="columnheader">
                {t('admin.closures.kind')}
              </th>
              <th scope="col" role="columnheader">
                {t('admin.common.actions')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {days.map((d) => (
              <tr key={`${d.date}-${d.kind}-${d.closureId ?? ''}`} role="row">
                <td role="cell" className="table-first">
                  {formatDay(d.date, lang, 'long')}
                </td>
                <td role="cell" data-label={t('admin.closures.name')}>
                  {text(d.name)}
                </td>
                <td role="cell" data-label={t('admin.closures.kind')}>
                  {d.kind === 'public_holiday' ? t('admin.closures.publicHoliday') : t('admin.closures.closure')}
                  {d.recurringYearly && d.kind === 'closure' && <> ({t('admin.closures.yearly')})</>}
                  {!d.closed && <span className="tag tag-open"> {t('admin.closures.open')}</span>}
                </td>
                <td role="cell" className="table-actions">
                  {d.closureId && (
                    <ConfirmDelete
                      what={`${text(d.name)}, ${formatDay(d.date, lang, 'long')}`}
                      label={t('admin.closures.remove')}
                      question={d.recurringYearly ? t('admin.closures.confirmYearly') : t('admin.closures.confirm')}
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate(d.closureId!, { onSuccess: () => onRemoved(text(d.name)) })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AddClosure({ onAdded }: { onAdded: (label: string, outcome: string) => void }) {
  const { t } = useTranslation();
  const add = useAddClosure();
  const errors = useFormErrors();
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [recurringYearly, setRecurring] = useState(false);
  // Booked appointments on the day: asked about before anything is saved.
  const [asked, setAsked] = useState<Asked<ClosureInput> | null>(null);
  const timeZone = useAdminSettings().data?.timeZone ?? 'Europe/Athens';
  const summary = useAffectedSummary(timeZone);

  const send = (input: ClosureInput) =>
    add.mutate(input, {
      onSuccess: (c) => {
        setDate('');
        setLabel('');
        setRecurring(false);
        setAsked(null);
        onAdded(c.label, summary(c.affectedAppointments));
      },
      onError: askOnAffected(input, setAsked, errors.fail),
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Problem[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push({ field: 'date', key: 'admin.errors.date' });
    if (!label.trim()) problems.push({ field: 'label', key: 'admin.errors.required' });
    if (!errors.check(problems)) return;
    send({ date, label: label.trim(), recurringYearly });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="admin-section" aria-labelledby="add-closure-heading">
      <h2 id="add-closure-heading">{t('admin.closures.addTitle')}</h2>
      <ErrorSummary errors={errors.errors} />
      <ErrorNotice error={errors.general} />
      <TextField field="date" type="date" label={t('admin.closures.date')} hint={t('admin.closures.dateHint')} className="input-medium" value={date} error={errors.errorFor('date')} onChange={setDate} />
      <TextField field="label" label={t('admin.closures.label')} hint={t('admin.closures.labelHint')} value={label} error={errors.errorFor('label')} onChange={setLabel} />
      <Checkbox field="recurringYearly" label={t('admin.closures.recurring')} hint={t('admin.closures.recurringHint')} checked={recurringYearly} onChange={setRecurring} />
      {asked ? (
        <AffectedQuestion
          affected={asked.affected}
          timeZone={timeZone}
          pending={add.isPending}
          onDecide={(decision) => send({ ...asked.input, affectedAppointments: decision })}
          onBack={() => setAsked(null)}
        />
      ) : (
        <button type="submit" className="button" disabled={add.isPending}>
          {t('admin.closures.add')}
        </button>
      )}
    </form>
  );
}
