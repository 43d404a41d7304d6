import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PresenceChange, usePresence } from '../../call/usePresence';
import type { CallRoom } from '../../call/useCallRoom';

const SHOWN_MS = 10_000;

/**
 * Who just joined or left, on screen for a few seconds: a deaf citizen or an
 * interpreter would otherwise only see a picture appear or vanish. The
 * announcer says the same to screen readers, so this copy is hidden from them.
 */
export function PresenceNotice({ call }: { call: CallRoom }) {
  const { t } = useTranslation();
  const presence = usePresence(call.room);
  // The change whose time on screen is over; a newer one shows again.
  const [expired, setExpired] = useState<PresenceChange | null>(null);
  useEffect(() => {
    if (!presence) return;
    const timer = setTimeout(() => setExpired(presence), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [presence]);
  if (!presence || presence === expired) return null;
  return (
    <p className="notice" aria-hidden="true" data-testid="presence-notice">
      {t(`call.announce.${presence.kind}`, { name: presence.name })}
    </p>
  );
}
