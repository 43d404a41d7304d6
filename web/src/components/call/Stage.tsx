import type { Participant } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { arrangeStage, keepsOwnVideo, receivesVideoFrom, SELF, stageTiles } from '../../call/rules';
import type { CallRole } from '../../call/types';
import { type CallRoom, isWaiting, roleOf } from '../../call/useCallRoom';
import { Tile } from './Tile';

interface Props {
  call: CallRoom;
  selfRole: CallRole;
  /** the citizen's identity step: their own picture large, beside the interpreter */
  selfLarge?: boolean;
}

/**
 * Fills the space it is given, never more: the speaker large (the interpreter
 * pinned large beside them when one takes part), and a strip of small tiles
 * below with everyone else and oneself. Oneself is a tile of the strip, not a
 * picture laid over the others, so it never hides anyone or their caption.
 */
export function Stage({ call, selfRole, selfLarge = false }: Props) {
  const { t } = useTranslation();
  const remotes = [...call.room.remoteParticipants.values()].filter((p) => !isWaiting(p));
  const layout = arrangeStage(
    selfRole,
    remotes.map((p) => ({ identity: p.identity, role: roleOf(p), lastSpokeAt: call.lastSpoke.get(p.identity) ?? 0 })),
  );
  const tiles = stageTiles(layout, selfLarge);
  const byId = new Map(remotes.map((p) => [p.identity, p]));
  const reason = (p: Participant) => (receivesVideoFrom(roleOf(p), call.state) ? undefined : t('call.stage.audioOnly'));
  const selfReason = selfLarge
    ? t('call.identity.cameraNeeded')
    : call.state.audioOnly && !keepsOwnVideo(selfRole, call.state)
      ? t('call.stage.audioOnly')
      : t('call.stage.yourCameraOff');
  const tile = (id: string) => {
    if (id === SELF) return <Tile key={SELF} participant={call.room.localParticipant} self noVideoReason={selfReason} />;
    const p = byId.get(id);
    return p ? <Tile key={p.identity} participant={p} speaking={p.isSpeaking} noVideoReason={reason(p)} /> : null;
  };

  return (
    <section className={`stage${layout.pinned ? ' stage-pinned' : ''}`} aria-label={t('call.stage.label')}>
      <div className={`stage-large stage-large-${Math.max(1, tiles.large.length)}`}>
        {tiles.large.length > 0 ? tiles.large.map(tile) : <p className="stage-empty">{t('call.stage.alone')}</p>}
      </div>
      {tiles.small.length > 0 && <div className="stage-small">{tiles.small.map(tile)}</div>}
    </section>
  );
}
