import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { type Refusal, refusalOf } from '../../call/rules';
import { useLocalized } from '../../i18n';
import { PageHeading } from '../PageHeading';

/** A link that no longer (or never) works, said plainly, with what to do next. */
export function LinkRefused({ error, refusal: given }: { error?: ApiError; refusal?: Refusal }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const refusal = given ?? refusalOf(error?.code);
  const key = ['cancelled', 'replaced', 'ended', 'unknown', 'unavailable', 'takenOver', 'deactivated'].includes(refusal) ? refusal : 'other';
  // The employee's own link: their way on is the console, not "My appointments".
  const staff = key === 'takenOver' || key === 'deactivated';
  return (
    <>
      <PageHeading>{t(`call.refused.${key}.title`)}</PageHeading>
      <div className="notice notice-warning" role="alert" data-testid={`join-refused-${key}`}>
        <p>{t(`call.refused.${key}.text`)}</p>
        {key === 'other' && error && <p>{text(error.message)}</p>}
      </div>
      <p>{t(`call.refused.${key}.next`)}</p>
      <p>
        <Link to={staff ? '/console' : '/appointments'}>{t(staff ? 'call.refused.console' : 'call.refused.myAppointments')}</Link>
      </p>
    </>
  );
}
