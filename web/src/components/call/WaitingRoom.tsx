import { useTranslation } from 'react-i18next';
import type { CallRoom } from '../../call/useCallRoom';
import { roleOf } from '../../call/useCallRoom';
import { PageHeading } from '../PageHeading';

/** A guest not admitted yet: nothing is sent or received until the employee lets them in. */
export function WaitingRoom({ call }: { call: CallRoom }) {
  const { t } = useTranslation();
  const employee = [...call.room.remoteParticipants.values()].find((p) => roleOf(p) === 'employee');
  return (
    <section className="notice" data-testid="waiting-room">
      <PageHeading>{t('call.waiting.title')}</PageHeading>
      <p data-testid="employee-presence">
        {call.status === 'connecting' ? t('call.waiting.connecting') : employee ? t('call.waiting.employeeHere', { name: employee.name }) : t('call.waiting.employeeNotYet')}
      </p>
      <p>{t('call.waiting.privacy')}</p>
      <p>{t('call.waiting.keepOpen')}</p>
      <button type="button" className="button button-secondary" onClick={call.leave}>
        {t('call.controls.leave')}
      </button>
    </section>
  );
}
