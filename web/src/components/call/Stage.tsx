import type { Participant } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { arrangeStage, keepsOwnVideo, receivesVideoFrom } from '../../call/rules';
import type { CallRole } from '../../call/types';
import { type CallRoom, isWaiting, roleOf } from '../../call/useCallRoom';
import { Tile } from './Tile';

/**
 * Large speaker view, the interpreter pinned large beside the speaker when one
 * takes part, everyone else small, and oneself in a small corner view.
 */
export function Stage({ call, selfRole }: { call: CallRoom; selfRole: CallRole }) {
  const { t } = useTranslation();
  const remotes = [...call.room.remoteParticipants.values()].filter((p) => !isWaiting(p));
  const layout = arrangeStage(
    selfRole,
    remotes.map((p) => ({ identity: p.identity, role: roleOf(p), lastSpokeAt: call.lastSpoke.get(p.identity) ?? 0 })),
  );
  const byId = new Map(remotes.map((p) => [p.identity, p]));
  const reason = (p: Participant) => (receivesVideoFrom(roleOf(p), call.state) ? undefined : t('call.stage.audioOnly'));
  const tile = (id: string | null, className = '') => {
    const p = id ? byId.get(id) : undefined;
    return p ? <Tile key={p.identity} participant={p} speaking={p.isSpeaking} className={className} noVideoReason={reason(p)} /> : null;
  };
  const selfReason = call.state.audioOnly && !keepsOwnVideo(selfRole, call.state) ? t('call.stage.audioOnly') : t('call.stage.yourCameraOff');

  return (
    <section className={`stage${layout.pinned ? ' stage-pinned' : ''}`} aria-label={t('call.stage.label')}>
      {layout.main ? tile(layout.main) : <p className="stage-empty">{t('call.stage.alone')}</p>}
      {tile(layout.pinned)}
      {layout.others.length > 0 && <div className="stage-others">{layout.others.map((id) => tile(id))}</div>}
      <Tile participant={call.room.localParticipant} self noVideoReason={selfReason} />
    </section>
  );
}
