import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { isCallRole, type Refusal, refusalOf } from '../../call/rules';
import type { CallRole } from '../../call/types';
import { useLocalized } from '../../i18n';
import { PageHeading } from '../PageHeading';

const KEYS = ['cancelled', 'replaced', 'ended', 'unknown', 'unavailable', 'takenOver', 'deactivated'];
/** Refusals whose next step depends on whose link it was. */
const BY_ROLE = ['cancelled', 'replaced', 'ended'];

/** Whose link the API says it was (a 410's linkRole), if it says. */
function linkRoleOf(error?: ApiError): CallRole | undefined {
  const role = (error?.body as { error?: { linkRole?: unknown } } | undefined)?.error?.linkRole;
  return isCallRole(role) ? role : undefined;
}

/**
 * A link that no longer (or never) works, said plainly, with what its holder
 * can do next: the citizen has "My appointments", an employee the console, and
 * an interpreter or an invited guest only their newest e-mail.
 */
export function LinkRefused({ error, refusal: given, role: knownRole }: { error?: ApiError; refusal?: Refusal; role?: CallRole }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const refusal = given ?? refusalOf(error?.code);
  const key = KEYS.includes(refusal) ? refusal : 'other';
  const role = knownRole ?? linkRoleOf(error);
  const staff = key === 'takenOver' || key === 'deactivated' || role === 'employee';
  const guest = role === 'interpreter' || role === 'third_person';
  const next = BY_ROLE.includes(key) && (staff || guest) ? `call.refused.${key}.${staff ? 'nextStaff' : 'nextGuest'}` : `call.refused.${key}.next`;
  return (
    <>
      <PageHeading>{t(`call.refused.${key}.title`)}</PageHeading>
      <div className="notice notice-warning" role="alert" data-testid={`join-refused-${key}`}>
        <p>{t(`call.refused.${key}.text`)}</p>
        {key === 'other' && error && <p>{text(error.message)}</p>}
      </div>
      <p data-testid="join-refused-next">{t(next)}</p>
      {!guest && (
        <p>
          <Link to={staff ? '/console' : '/appointments'}>{t(staff ? 'call.refused.console' : 'call.refused.myAppointments')}</Link>
        </p>
      )}
    </>
  );
}
