import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SettingsInput, useAdminSettings, useSaveSettings } from '../../components/admin/adminApi';
import { AffectedQuestion, type Asked, askOnAffected, useAffectedSummary } from '../../components/admin/AffectedAppointments';
import { CheckboxGroup, SavedNotice } from '../../components/admin/controls';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { type HoursAction, hoursReducer } from '../../components/admin/hours';
import { RemindersEditor } from '../../components/admin/RemindersEditor';
import { fromForm, NUMBER_FIELDS, type SettingsForm, toForm } from '../../components/admin/settingsForm';
import { ALL_MODES, type Settings } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Checkbox, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { timeZoneName } from '../../lib/dates';
import { useLang } from '../../i18n';

/** The municipality's onboarding form: how, when and for how long citizens can book. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const settings = useAdminSettings();
  return (
    <>
      <PageHeading>{t('admin.settings.title')}</PageHeading>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsEditor settings={settings.data} />
      )}
    </>
  );
}

function SettingsEditor({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveSettings();
  const errors = useFormErrors();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [saved, setSaved] = useState(0);
  const [movedText, setMovedText] = useState('');
  // New hours that leave booked appointments out: asked about before anything is saved.
  const [asked, setAsked] = useState<Asked<SettingsInput> | null>(null);
  const summary = useAffectedSummary(settings.timeZone);
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const dispatchHours = (a: HoursAction) => setForm((f) => ({ ...f, hours: hoursReducer(f.hours, a) }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(0);
    const { patch, problems } = fromForm(form);
    if (!errors.check(problems) || !patch) return;
    send(patch);
  };

  const send = (patch: SettingsInput) =>
    save.mutate(patch, {
      onSuccess: (s) => {
        setForm(toForm(s)); // the API sorts reminders and modes
        setAsked(null);
        setMovedText(summary(s.affectedAppointments));
        setSaved((n) => n + 1);
      },
      onError: askOnAffected(patch, setAsked, errors.fail),
    });

  const numberField = (field: (typeof NUMBER_FIELDS)[number]) => (
    <TextField
      key={field}
      field={field}
      label={t(`admin.settings.${field}`)}
      hint={t(`admin.settings.${field}Hint`)}
      inputMode="numeric"
      className="input-short"
      value={form.numbers[field]}
      error={errors.errorFor(field)}
      onChange={(v) => set('numbers', { ...form.numbers, [field]: v })}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors.errors} />
      <ErrorNotice error={errors.general} />
      <SavedNotice key={saved} message={saved ? [t('admin.settings.saved'), movedText].filter(Boolean).join(' ') : null} />
      <p className="lead">{t('admin.settings.intro')}</p>

      <h2>{t('admin.settings.general')}</h2>
      <TextField field="name.el" label={t('admin.settings.nameEl')} value={form.nameEl} error={errors.errorFor('name.el')} onChange={(v) => set('nameEl', v)} />
      <TextField field="name.en" label={t('admin.settings.nameEn')} lang="en" value={form.nameEn} error={errors.errorFor('name.en')} onChange={(v) => set('nameEn', v)} />
      <TextField field="phone" label={t('admin.settings.phone')} hint={t('admin.settings.contactHint')} type="tel" autoComplete="off" className="input-medium" value={form.phone} error={errors.errorFor('phone')} onChange={(v) => set('phone', v)} />
      <TextField field="email" label={t('admin.settings.email')} type="email" autoComplete="off" className="input-medium" value={form.email} error={errors.errorFor('email')} onChange={(v) => set('email', v)} />

      <h2>{t('admin.settings.modesTitle')}</h2>
      <CheckboxGroup
        field="modes"
        legend={t('admin.settings.modes')}
        hint={t('admin.settings.modesHint')}
        error={errors.errorFor('modes')}
        options={ALL_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        value={form.modes}
        onChange={(v) => set('modes', v)}
      />
      {form.modes.length > 0 && (
        <fieldset id="durations" tabIndex={-1} className="admin-fieldset">
          <legend>{t('admin.settings.durations')}</legend>
          <p className="hint">{t('admin.settings.durationsHint')}</p>
          <div className="inline-fields">
            {ALL_MODES.filter((m) => form.modes.includes(m)).map((m) => (
              <TextField
                key={m}
                field={`durations.${m}`}
                label={t(`modes.${m}`)}
                inputMode="numeric"
                value={form.durations[m]}
                error={errors.errorFor(`durations.${m}`)}
                onChange={(v) => set('durations', { ...form.durations, [m]: v })}
              />
            ))}
          </div>
        </fieldset>
      )}

      <h2>{t('admin.settings.hoursTitle')}</h2>
      <HoursEditor
        field="openingHours"
        legend={t('admin.settings.openingHours')}
        hint={t('admin.settings.openingHoursHint', { zone: timeZoneName(settings.timeZone, lang) })}
        draft={form.hours}
        dispatch={dispatchHours}
        errorFor={errors.errorFor}
      />
      <Checkbox
        field="publicHolidaysClosed"
        label={t('admin.settings.publicHolidaysClosed')}
        hint={t('admin.settings.publicHolidaysClosedHint')}
        checked={form.publicHolidaysClosed}
        error={errors.errorFor('publicHolidaysClosed')}
        onChange={(v) => set('publicHolidaysClosed', v)}
      />

      <h2>{t('admin.settings.bookingTitle')}</h2>
      {NUMBER_FIELDS.map(numberField)}

      <h2>{t('admin.settings.thirdPersonTitle')}</h2>
      <Checkbox
        field="allowThirdPerson"
        label={t('admin.settings.allowThirdPerson')}
        hint={t('admin.settings.allowThirdPersonHint')}
        checked={form.allowThirdPerson}
        error={errors.errorFor('allowThirdPerson')}
        onChange={(v) => set('allowThirdPerson', v)}
      />
      {form.allowThirdPerson && (
        <div className="reveal">
          <Checkbox
            field="thirdPersonInviteOnBooking"
            label={t('admin.settings.thirdPersonInviteOnBooking')}
            hint={t('admin.settings.thirdPersonInviteOnBookingHint')}
            checked={form.thirdPersonInviteOnBooking}
            error={errors.errorFor('thirdPersonInviteOnBooking')}
            onChange={(v) => set('thirdPersonInviteOnBooking', v)}
          />
        </div>
      )}

      <h2>{t('admin.settings.remindersTitle')}</h2>
      <RemindersEditor field="reminderOffsetsMinutes" value={form.reminders} onChange={(v) => set('reminders', v)} errorFor={errors.errorFor} />

      {asked ? (
        <AffectedQuestion
          titleKey="admin.affected.hoursTitle"
          affected={asked.affected}
          timeZone={settings.timeZone}
          pending={save.isPending}
          onDecide={(decision) => send({ ...asked.input, affectedAppointments: decision })}
          onBack={() => setAsked(null)}
        />
      ) : (
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('admin.common.saving') : t('admin.settings.save')}
        </button>
      )}
    </form>
  );
}
