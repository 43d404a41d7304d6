// Parts of the "book on behalf of a citizen" form. Field names are the API's
// field paths, so a 422 lands beside the right input and the error summary links to it.
import { useTranslation } from 'react-i18next';
import { useEmployees, useTopics } from '../../api/hooks';
import type { Interpretation, Mode } from '../../api/types';
import { useLocalized } from '../../i18n';
import { deskInterpretingHintKey, interpretingFor } from '../booking/promises';
import { fieldId } from '../../wizard/steps';
import { CompanyFields } from '../booking/OnBehalfFields';
import { ThirdPersonFields } from '../booking/RequirementsFields';
import { ErrorNotice } from '../ErrorNotice';
import { Checkbox, RadioGroup, TextArea, TextField } from '../fields';
import { Loading } from '../Loading';
import type { ConsoleBookingForm } from './bookingForm';

export interface SectionProps {
  form: ConsoleBookingForm;
  set: (patch: Partial<ConsoleBookingForm>) => void;
  errorFor: (field: string) => string | undefined;
}

export function ServiceSection({ form, set, errorFor, municipalityId, modes }: SectionProps & { municipalityId: string; modes: Mode[] }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const topics = useTopics(municipalityId, form.mode);
  const staff = useEmployees(municipalityId, form.topicId, form.mode);
  const employeeField = fieldId('requestedEmployeeId');
  return (
    <>
      <RadioGroup
        field="mode"
        legend={t('console.book.mode')}
        value={form.mode}
        onChange={(mode) => set({ mode })}
        error={errorFor('mode')}
        options={modes.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
      />
      {form.mode && topics.isPending && <Loading />}
      <ErrorNotice error={topics.error} />
      {form.mode && topics.isSuccess && (
        <RadioGroup
          field="topicId"
          legend={t('console.book.topic')}
          value={form.topicId}
          onChange={(topicId) => set({ topicId })}
          error={errorFor('topicId')}
          hint={topics.data.length === 0 ? t('wizard.topic.none') : undefined}
          options={topics.data.map((tp) => ({
            value: tp.id,
            label: text(tp.name),
            hint: form.mode && tp.durationMinutes[form.mode] ? t('wizard.topic.duration', { count: tp.durationMinutes[form.mode] }) : undefined,
          }))}
        />
      )}
      {form.mode && interpretingFor(form.mode) === 'not_offered' ? (
        <p className="notice">{t(deskInterpretingHintKey(form.mode))}</p>
      ) : (
        <RadioGroup<Interpretation | 'none'>
          field="interpretation"
          legend={t('wizard.requirements.interpretation')}
          hint={t(deskInterpretingHintKey(form.mode))}
          value={form.interpretation ?? 'none'}
          onChange={(v) => set({ interpretation: v === 'none' ? null : v })}
          error={errorFor('interpretation')}
          options={[
            { value: 'none', label: t('console.book.interpretationNone') },
            { value: 'gsl', label: t('interpretation.gsl') },
            { value: 'lip_reading', label: t('interpretation.lip_reading') },
          ]}
        />
      )}
      {form.topicId && staff.isSuccess && staff.data.length > 0 && (
        <div className={`form-group${errorFor('requestedEmployeeId') ? ' form-group-error' : ''}`}>
          <label className="label" htmlFor={employeeField}>
            {t('console.book.employee')}
          </label>
          {errorFor('requestedEmployeeId') && (
            <p className="field-error" id={`${employeeField}-error`}>
              {errorFor('requestedEmployeeId')}
            </p>
          )}
          <select
            id={employeeField}
            className="input select"
            value={form.requestedEmployeeId ?? ''}
            onChange={(e) => set({ requestedEmployeeId: e.target.value || null })}
          >
            <option value="">{t('console.book.anyEmployee')}</option>
            {staff.data.map((e) => (
              <option key={e.id} value={e.id}>
                {e.displayName}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}

export function PersonSection({ form, set, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const p = form.person;
  const setPerson = (patch: Partial<ConsoleBookingForm['person']>) => set({ person: { ...p, ...patch } });
  // autoComplete off: the browser would offer the employee's own details.
  return (
    <>
      <TextField
        field="person.fullName"
        label={t('wizard.details.fullName')}
        autoComplete="off"
        value={p.fullName}
        onChange={(fullName) => setPerson({ fullName })}
        error={errorFor('person.fullName')}
      />
      <TextField
        field="person.email"
        label={t('wizard.details.email')}
        hint={t('console.book.emailHint')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={p.email}
        onChange={(email) => setPerson({ email })}
        error={errorFor('person.email')}
      />
      <TextField
        field="person.phone"
        label={t('wizard.details.phone')}
        type="tel"
        autoComplete="off"
        className="input-medium"
        value={p.phone}
        onChange={(phone) => setPerson({ phone })}
        error={errorFor('person.phone')}
      />
      <TextField
        field="person.taxId"
        label={t('console.book.taxId')}
        hint={t('console.book.taxIdHint')}
        inputMode="numeric"
        autoComplete="off"
        className="input-medium"
        maxLength={9}
        value={form.taxId}
        onChange={(taxId) => set({ taxId })}
        error={errorFor('person.taxId')}
      />
      <RadioGroup
        field="person.language"
        legend={t('console.book.language')}
        value={p.language}
        onChange={(language) => setPerson({ language })}
        error={errorFor('person.language')}
        options={[
          { value: 'el', label: 'Ελληνικά', lang: 'el' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
    </>
  );
}

export function OnBehalfSection({ form, set, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const o = form.onBehalfOf;
  const setO = (patch: Partial<ConsoleBookingForm['onBehalfOf']>) => set({ onBehalfOf: { ...o, ...patch } });
  return (
    <RadioGroup
      field="onBehalfOf.kind"
      legend={t('console.book.onBehalf')}
      value={o.kind}
      onChange={(kind) => setO({ kind })}
      error={errorFor('onBehalfOf.kind') ?? errorFor('onBehalfOf')}
      options={[
        { value: 'self', label: t('console.book.self') },
        {
          value: 'other',
          label: t('console.book.other'),
          reveal: (
            <TextField
              field="onBehalfOf.bookerFullName"
              label={t('console.book.bookerFullName')}
              autoComplete="off"
              value={o.bookerFullName}
              onChange={(bookerFullName) => setO({ bookerFullName })}
              error={errorFor('onBehalfOf.bookerFullName')}
            />
          ),
        },
        {
          value: 'business',
          label: t('wizard.onBehalf.business'),
          reveal: <CompanyFields value={o} onChange={setO} errorFor={errorFor} desk />,
        },
      ]}
    />
  );
}

export function ExtrasSection({ form, set, errorFor, allowThirdPerson }: SectionProps & { allowThirdPerson: boolean }) {
  const { t } = useTranslation();
  const tp = form.thirdPerson;
  const setTp = (patch: Partial<ConsoleBookingForm['thirdPerson']>) => set({ thirdPerson: { ...tp, ...patch } });
  return (
    <>
      {form.mode === 'video' && allowThirdPerson && (
        <ThirdPersonFields label={t('console.book.thirdPerson')} value={tp} onChange={setTp} errorFor={errorFor} desk />
      )}
      <TextArea
        field="notes"
        label={t('console.book.notes')}
        hint={t('wizard.requirements.notesHint')}
        value={form.notes}
        onChange={(notes) => set({ notes })}
        maxLength={1000}
      />
      <Checkbox
        field="declarations.dataTrue"
        label={t('console.book.dataTrue')}
        checked={form.declarations.dataTrue}
        onChange={(dataTrue) => set({ declarations: { ...form.declarations, dataTrue } })}
        error={errorFor('declarations.dataTrue')}
      />
      <Checkbox
        field="declarations.privacyRead"
        label={t('console.book.privacyRead')}
        checked={form.declarations.privacyRead}
        onChange={(privacyRead) => set({ declarations: { ...form.declarations, privacyRead } })}
        error={errorFor('declarations.privacyRead')}
      />
    </>
  );
}
