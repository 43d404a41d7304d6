import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import type { CallRoom } from '../../call/useCallRoom';
import { ErrorNotice } from '../ErrorNotice';
import { SoundOnlyIcon } from './icons';

/** After a verified identity step, either party may continue with sound only, and switch back (a switch in the call's bar). */
export function AudioOnlyControl({ token, call }: { token: string; call: CallRoom }) {
  const { t } = useTranslation();
  const id = useId();
  const on = call.state.audioOnly;
  const toggle = useMutation({
    mutationFn: () => callApi.audioOnly(token, !on),
    onSuccess: (r) => call.setState(r.state),
  });
  return (
    <>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={`${id}-hint`}
        className={`bar-button${on ? ' bar-button-on' : ''}`}
        onClick={() => toggle.mutate()}
        disabled={toggle.isPending}
      >
        <SoundOnlyIcon />
        <span className="bar-label">
          {t('call.audioOnly.switch')} <span aria-hidden="true">({on ? t('call.audioOnly.on') : t('call.audioOnly.off')})</span>
        </span>
      </button>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('call.audioOnly.hint')}
      </span>
      {toggle.error && (
        <div className="call-bar-error">
          <ErrorNotice error={isApiError(toggle.error) ? toggle.error : null} />
        </div>
      )}
    </>
  );
}
