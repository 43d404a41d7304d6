import { useTranslation } from 'react-i18next';
import { RowListEditor } from './RowListEditor';

export interface ReminderDraft {
  hours: string;
  minutes: string;
}

/** The API takes up to four reminders. */
export const MAX_REMINDERS = 4;

interface Props {
  field: string;
  value: ReminderDraft[];
  onChange: (value: ReminderDraft[]) => void;
  errorFor: (field: string) => string | undefined;
}

const PARTS = ['hours', 'minutes'] as const;

/** Reminders before an appointment, each typed as hours and minutes. */
export function RemindersEditor(props: Props) {
  const { t } = useTranslation();
  return (
    <RowListEditor
      {...props}
      parts={PARTS}
      newRow={() => ({ hours: '1', minutes: '0' })}
      max={MAX_REMINDERS}
      rowClassName="hours-range"
      inputProps={() => ({ className: 'input input-time', inputMode: 'numeric' })}
      text={{
        legend: t('admin.settings.reminders'),
        hint: t('admin.settings.remindersHint'),
        empty: t('admin.settings.noReminders'),
        add: t('admin.settings.addReminder'),
        remove: t('admin.settings.removeReminder'),
        part: (part) => t(`admin.settings.reminder_${part}`),
        row: (n) => t('admin.settings.reminderN', { n }),
      }}
    />
  );
}
