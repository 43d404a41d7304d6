// The LiveKit side of the call page. Imported only by the lazily loaded call
// screen, so livekit-client never reaches the booking wizard's bundle.
import {
  ConnectionQuality,
  ConnectionState,
  type DisconnectReason,
  type Participant,
  type RemoteParticipant,
  Room,
  RoomEvent,
  Track,
  VideoPresets,
} from 'livekit-client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { type CallEnd as EndKind, callEndOf, type CallStatus, type ConnectionVerdict, judgeConnection, othersLostTogether, type ServerHealth } from './connection';
import { followPhase, isCallRole, mayPublish, mediaWithheld, parseRoomMetadata, receivesVideoFrom, rtcConfigFor, SOURCE } from './rules';
import type { CallRole, CallState, DeviceChoices, JoinGrant } from './types';
import { useServerHealth } from './useServerHealth';

export type { CallStatus };
export type CallEnd = EndKind | null;
type SharedState = Omit<CallState, 'admitted'>;

/** How long after a full reconnect the camera is published once more (see announceCameraAgain). */
const CAMERA_REANNOUNCE_DELAY_MS = 1500;

export const roleOf = (p: Participant): CallRole | null => {
  const r = p.attributes?.role;
  return isCallRole(r) ? r : null;
};

/**
 * A guest still in the waiting room can neither subscribe nor publish nor send
 * data. Data is what tells: canSubscribe is also off for an admitted third
 * person while the identity document is shown (see mediaWithheld).
 */
export const isWaiting = (p: Participant) => p.permissions !== undefined && !p.permissions.canPublishData;

export interface CallRoom {
  room: Room;
  status: CallStatus;
  end: CallEnd;
  /** the local participant may see and be seen (out of the waiting room) */
  admitted: boolean;
  /** admitted, but the server lets them receive nothing while the identity document is shown */
  mediaWithheld: boolean;
  state: SharedState;
  /** the room's shared state changed through our own API answer (faster than the metadata event) */
  setState(s: SharedState): void;
  micOn: boolean;
  cameraOn: boolean;
  cameraAllowed: boolean;
  quality: ConnectionQuality;
  /** what our API says of the video server while this connection is down */
  server: ServerHealth;
  /** whose trouble it is, when there is any (connection.ts judgeConnection) */
  verdict: ConnectionVerdict;
  toggleMic(): void;
  toggleCamera(): void;
  leave(): void;
  /** ms timestamps of when each remote participant last spoke */
  lastSpoke: Map<string, number>;
}

/**
 * Connects to the room with the join answer's token, keeps publishing in step
 * with what the server allows (nothing in the waiting room; no camera in an
 * audio-only call) and with what the person wants (mute, camera off), and
 * unsubscribes from video the audio-only rule says not to receive.
 */
export function useCallRoom(grant: JoinGrant, choices: DeviceChoices): CallRoom {
  const [room] = useState(
    () =>
      new Room({
        // Not adaptiveStream: it pauses a video whose element looks hidden or
        // zero-sized, and a tile that has no picture yet is zero-sized, so a
        // camera coming back after audio-only stayed black. With at most five
        // people, simulcast + dynacast and LiveKit's congestion control suffice.
        adaptiveStream: false,
        dynacast: true,
        videoCaptureDefaults: { deviceId: choices.cameraId ?? undefined, resolution: VideoPresets.h540.resolution },
        audioCaptureDefaults: { deviceId: choices.microphoneId ?? undefined, echoCancellation: true, noiseSuppression: true },
        publishDefaults: { simulcast: true, videoSimulcastLayers: [VideoPresets.h180, VideoPresets.h360] },
      }),
  );
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [status, setStatus] = useState<CallStatus>('connecting');
  const [end, setEnd] = useState<CallEnd>(null);
  const [state, setStateRaw] = useState<SharedState>(() => ({
    audioOnly: grant.state.audioOnly,
    identityCheck: grant.state.identityCheck,
    keepVideoRoles: grant.state.keepVideoRoles,
  }));
  const want = useRef({ mic: choices.microphone, camera: choices.camera });
  const stateRef = useRef(state);
  const lastSpoke = useRef(new Map<string, number>());
  const queue = useRef(Promise.resolve());
  /** whether the server allowed the camera at the last sync: detects "allowed again" after audio-only */
  const cameraAllowed = useRef(true);
  /** the previous connection's disconnect, when an effect re-runs (React StrictMode) */
  const closing = useRef<Promise<void>>(Promise.resolve());
  /** whether the person pressed "Leave": tells it from the page disconnecting itself on a reload */
  const leaving = useRef(false);
  /** our participant id on the server when last connected: a new one means a full reconnect */
  const participantSid = useRef('');
  /** when LiveKit last rated each other participant's connection "lost" (ms) */
  const lostAt = useRef(new Map<string, number>());
  /** when this connection was last interrupted (ms), for "several lost it at once just before" */
  const [interruptedAt, setInterruptedAt] = useState<number | null>(null);
  const server = useServerHealth(status === 'reconnecting' || end === 'failed');

  const setState = useCallback((s: SharedState) => {
    stateRef.current = s;
    setStateRaw(s);
  }, []);

  /** The room metadata's state; it has the identity check's phase only, so a result this page was told stays while the phase says "ended". */
  const applyMetadata = useCallback(
    (raw: string | undefined) => {
      const parsed = parseRoomMetadata(raw);
      if (parsed) setState({ ...parsed, identityCheck: followPhase(stateRef.current.identityCheck, parsed.identityCheck) });
    },
    [setState],
  );

  /** One publishing change at a time: permission events and clicks can overlap. */
  const syncPublishing = useCallback(() => {
    queue.current = queue.current
      .then(async () => {
        if (room.state !== ConnectionState.Connected) return;
        const lp = room.localParticipant;
        // Camera allowed again (audio-only switched off): the server removed our
        // track when it revoked the camera; if that removal has not reached us
        // yet, a stale publication would make the camera look enabled and it
        // would never come back. Drop it, so the loop below publishes afresh.
        const allowedNow = mayPublish(lp.permissions, SOURCE.camera);
        if (allowedNow && !cameraAllowed.current && want.current.camera) {
          const stale = lp.getTrackPublication(Track.Source.Camera)?.track;
          if (stale) await lp.unpublishTrack(stale);
        }
        cameraAllowed.current = allowedNow;
        // Turn on what is wanted and allowed; turn off only what the person
        // turned off. A source the server stops allowing is unpublished by the
        // server itself: muting it here as well would leave a muted local
        // publication that a later "allowed again" would only unmute, unseen.
        for (const [source, wanted, enabled, set] of [
          [SOURCE.microphone, want.current.mic, lp.isMicrophoneEnabled, (on: boolean) => lp.setMicrophoneEnabled(on)],
          [SOURCE.camera, want.current.camera, lp.isCameraEnabled, (on: boolean) => lp.setCameraEnabled(on)],
        ] as const) {
          if (wanted && !enabled && mayPublish(lp.permissions, source)) await set(true);
          else if (!wanted && enabled) await set(false);
        }
      })
      .catch((e: unknown) => console.warn('publishing', e))
      .finally(redraw);
  }, [room]);

  /**
   * After a full reconnect (a new participant on the server: the node hosting
   * the room was lost, or the SFU restarted) livekit-client republishes our
   * tracks, but under load the server sometimes never announces the camera to
   * the others, who then see "camera closed" for good while audio works
   * (livekit/client-sdk-js#2074, open). Publishing the camera once more a
   * moment later is announced: a short blip instead of a lost picture.
   */
  const announceCameraAgain = useCallback(() => {
    queue.current = queue.current
      .then(() => new Promise((r) => setTimeout(r, CAMERA_REANNOUNCE_DELAY_MS)))
      .then(async () => {
        if (room.state !== ConnectionState.Connected) return;
        const lp = room.localParticipant;
        const pub = lp.getTrackPublication(Track.Source.Camera);
        const track = pub?.videoTrack;
        if (!pub || !track || pub.isMuted || !mayPublish(lp.permissions, SOURCE.camera)) return;
        await lp.unpublishTrack(track, false);
        await lp.publishTrack(track, pub.options);
      })
      .catch((e: unknown) => console.warn('announcing the camera again', e))
      .finally(redraw);
  }, [room]);

  const applyVideoPolicy = useCallback(() => {
    for (const p of room.remoteParticipants.values()) applyVideoPolicyTo(p, stateRef.current);
  }, [room]);

  useEffect(() => {
    let active = true;
    let unlisten = () => {};
    // Listen and connect only once an earlier connection of this Room is fully
    // closed (effects re-run under React's StrictMode), or its late
    // "Disconnected" event would end this one.
    void closing.current.then(() => {
      if (!active) return;
      unlisten = listen(room, {
        permissions: (p) => {
          if (p === room.localParticipant) syncPublishing();
          redraw();
        },
        metadata: (raw) => {
          applyMetadata(raw);
          applyVideoPolicy();
        },
        published: (p) => applyVideoPolicyTo(p, stateRef.current),
        attributes: () => {
          applyVideoPolicy();
          redraw();
        },
        status: (s) => {
          setStatus(s);
          setInterruptedAt((at) => (s === 'connected' ? null : (at ?? Date.now())));
          if (s !== 'connected') return;
          syncPublishing();
          // A new participant id: the server lost us and this was a full reconnect, not a resume.
          if (participantSid.current && room.localParticipant.sid !== participantSid.current) announceCameraAgain();
          participantSid.current = room.localParticipant.sid;
        },
        disconnected: (reason) => {
          setStatus('disconnected');
          setInterruptedAt((at) => at ?? Date.now());
          setEnd(callEndOf(reason, leaving.current));
        },
        quality: (quality, p) => {
          // Only while we are connected: our own outage makes everyone look lost.
          if (p !== room.localParticipant && quality === ConnectionQuality.Lost && room.state === ConnectionState.Connected) lostAt.current.set(p.identity, Date.now());
          redraw();
        },
        speakers: (speakers) => {
          const now = Date.now();
          for (const sp of speakers) if (sp !== room.localParticipant) lastSpoke.current.set(sp.identity, now);
          redraw();
        },
        other: redraw,
      });
      room
        .connect(grant.serverUrl, grant.participantToken, { rtcConfig: rtcConfigFor(grant.serverUrl) })
        .then(() => {
          if (!active) return;
          setStatus('connected');
          participantSid.current = room.localParticipant.sid;
          applyMetadata(room.metadata);
          applyVideoPolicy();
          syncPublishing();
        })
        .catch((e: unknown) => {
          if (!active) return;
          console.warn('connect', e);
          setStatus('disconnected');
          setInterruptedAt(Date.now());
          setEnd('failed');
        });
    });
    return () => {
      active = false;
      unlisten();
      closing.current = room.disconnect().catch(() => undefined);
    };
  }, [room, grant, syncPublishing, applyVideoPolicy, applyMetadata, announceCameraAgain]);

  const lp = room.localParticipant;
  const verdict = judgeConnection({
    status,
    quality: lp.connectionQuality,
    server,
    othersLostTogether: interruptedAt !== null && othersLostTogether([...lostAt.current.values()], interruptedAt),
  });
  return {
    room,
    status,
    end,
    admitted: lp.permissions ? lp.permissions.canPublishData : grant.state.admitted,
    mediaWithheld: mediaWithheld(lp.permissions),
    state,
    setState: (s) => {
      setState(s);
      applyVideoPolicy();
    },
    micOn: lp.isMicrophoneEnabled,
    cameraOn: lp.isCameraEnabled,
    cameraAllowed: mayPublish(lp.permissions, SOURCE.camera),
    quality: lp.connectionQuality,
    server,
    verdict,
    toggleMic: () => {
      want.current.mic = !lp.isMicrophoneEnabled;
      syncPublishing();
    },
    toggleCamera: () => {
      want.current.camera = !lp.isCameraEnabled;
      syncPublishing();
    },
    leave: () => {
      leaving.current = true;
      setEnd('left');
      void room.disconnect();
    },
    lastSpoke: lastSpoke.current,
  };
}

interface Handlers {
  permissions(p: Participant): void;
  metadata(raw: string): void;
  published(p: RemoteParticipant): void;
  attributes(): void;
  status(s: 'reconnecting' | 'connected'): void;
  disconnected(reason?: DisconnectReason): void;
  quality(quality: ConnectionQuality, p: Participant): void;
  speakers(speakers: Participant[]): void;
  /** anything else that changes what is drawn */
  other(): void;
}

/** Subscribes to the room events the call page needs; returns the unsubscribe. */
function listen(room: Room, h: Handlers): () => void {
  const pairs: [RoomEvent, (...args: never[]) => void][] = [
    [RoomEvent.ParticipantPermissionsChanged, (_prev: unknown, p: Participant) => h.permissions(p)],
    [RoomEvent.RoomMetadataChanged, h.metadata],
    [RoomEvent.TrackPublished, (_pub: unknown, p: RemoteParticipant) => h.published(p)],
    [RoomEvent.ParticipantAttributesChanged, h.attributes],
    [RoomEvent.Reconnecting, () => h.status('reconnecting')],
    [RoomEvent.SignalReconnecting, () => h.status('reconnecting')],
    [RoomEvent.Reconnected, () => h.status('connected')],
    [RoomEvent.Disconnected, h.disconnected],
    [RoomEvent.ActiveSpeakersChanged, h.speakers],
    [RoomEvent.ConnectionQualityChanged, h.quality],
  ];
  for (const e of [
    RoomEvent.ParticipantConnected,
    RoomEvent.ParticipantDisconnected,
    RoomEvent.TrackSubscribed,
    RoomEvent.TrackUnsubscribed,
    RoomEvent.TrackMuted,
    RoomEvent.TrackUnmuted,
    RoomEvent.LocalTrackPublished,
    RoomEvent.LocalTrackUnpublished,
  ]) {
    pairs.push([e, h.other]);
  }
  for (const [e, fn] of pairs) room.on(e, fn as never);
  return () => {
    for (const [e, fn] of pairs) room.off(e, fn as never);
  };
}

/** Audio-only: stop receiving video from everyone but the roles that keep it; receive again when it ends. */
function applyVideoPolicyTo(p: RemoteParticipant, state: SharedState) {
  const wanted = receivesVideoFrom(roleOf(p), state);
  for (const pub of p.videoTrackPublications.values()) {
    if (pub.isDesired !== wanted) pub.setSubscribed(wanted);
  }
}

export { ConnectionQuality, Track };
