import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import type { CallRoom } from '../../call/useCallRoom';
import { ErrorNotice } from '../ErrorNotice';

/** After a verified identity step, either party may continue with sound only, and switch back. */
export function AudioOnlyControl({ token, call }: { token: string; call: CallRoom }) {
  const { t } = useTranslation();
  const on = call.state.audioOnly;
  const toggle = useMutation({
    mutationFn: () => callApi.audioOnly(token, !on),
    onSuccess: (r) => call.setState(r.state),
  });
  return (
    <div className="form-group">
      <button type="button" role="switch" aria-checked={on} className="button button-secondary" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
        {t('call.audioOnly.switch')} <span aria-hidden="true">({on ? t('call.audioOnly.on') : t('call.audioOnly.off')})</span>
      </button>
      <p className="hint">{t('call.audioOnly.hint')}</p>
      {toggle.error && <ErrorNotice error={isApiError(toggle.error) ? toggle.error : null} />}
    </div>
  );
}
