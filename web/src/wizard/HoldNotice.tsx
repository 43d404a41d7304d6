import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesLeft } from '../lib/dates';
import { useWizard } from './WizardContext';

/** A calm note on how long the chosen time stays reserved; no ticking seconds. */
export function HoldNotice() {
  const { t } = useTranslation();
  const { state } = useWizard();
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const hold = state.hold;
  if (!hold || !state.slot || hold.start !== state.slot.start) return null;
  const minutes = minutesLeft(hold.expiresAt, now);
  return (
    <p className="hold-notice">
      {minutes > 0 ? t('hold.remaining', { count: minutes }) : t('hold.expired')}
    </p>
  );
}
