// The call's side of networkAdaptation.ts: feeds it LiveKit's ratings of this
// person's connection, applies each step to what is sent and received, turns
// the camera off and on through the call's own camera switch, and tells the
// others (a data message: participants may not change their own attributes).
import { type ConnectionQuality, type Participant, type RemoteParticipant, RoomEvent, Track, VideoQuality } from 'livekit-client';
import { createContext, useCallback, useContext, useEffect, useReducer, useRef, useState } from 'react';
import type { Quality } from './connection';
import {
  type AdaptationContext,
  type AdaptationEvent,
  type AdaptationState,
  type AdaptationStep,
  adapt,
  cameraOffFor,
  decodeStatus,
  encodeStatus,
  initialAdaptation,
  type MediaPlan,
  mediaPlanFor,
  NETWORK_TOPIC,
  type NetworkStatus,
  profileFor,
  statusOf,
} from './networkAdaptation';
import type { CallRole } from './types';
import { type CallRoom, roleOf } from './useCallRoom';

/** What the tiles and badges read: each other participant's told status, and whether qualities are shown (the employee). */
export interface RemoteNetwork {
  statuses: ReadonlyMap<string, NetworkStatus>;
  showQuality: boolean;
}
export const RemoteNetworkContext = createContext<RemoteNetwork>({ statuses: new Map(), showQuality: false });
export const RemoteNetworkProvider = RemoteNetworkContext.Provider;
export const useRemoteNetwork = () => useContext(RemoteNetworkContext);

export interface NetworkAdaptation {
  step: AdaptationStep;
  /** the page switched to sound only by itself (not the person's answer) */
  switchedByItself: boolean;
  accept(): void;
  decline(): void;
  turnVideoOn(): void;
  remote: RemoteNetwork;
}

const QUALITIES: readonly string[] = ['excellent', 'good', 'poor', 'lost', 'unknown'] satisfies Quality[];
const qualityOf = (q: ConnectionQuality): Quality => (QUALITIES.includes(q) ? (q as Quality) : 'unknown');

const reducer = (s: AdaptationState, a: { event: AdaptationEvent; ctx: AdaptationContext }) => adapt(s, a.event, a.ctx);

export function useNetworkAdaptation(call: CallRoom, role: CallRole): NetworkAdaptation {
  const { room } = call;
  const keep = call.state.keepVideoRoles;
  const profile = profileFor(role, keep);
  const ctx: AdaptationContext = { profile, sendsVideo: call.cameraOn };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const [state, dispatchRaw] = useReducer(reducer, initialAdaptation);
  const dispatch = useCallback((event: AdaptationEvent) => dispatchRaw({ event, ctx: ctxRef.current }), []);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, NetworkStatus>>(new Map());
  const connected = call.status === 'connected';

  // LiveKit's ratings of our own connection (sent only when they change), and a tick for "how long".
  useEffect(() => {
    // Time away from the server (ours or the server's doing) is not a poor network: the ratings start afresh.
    if (!connected) return dispatch({ type: 'interrupted', at: Date.now() });
    const lp = room.localParticipant;
    const rated = (q: Quality) => dispatch({ type: 'quality', quality: q, at: Date.now() });
    let forced: Quality | null = null;
    // The last rating before a reconnect may still say "lost": it is not about the call now.
    const current = qualityOf(lp.connectionQuality);
    rated(current === 'lost' ? 'unknown' : current);
    const onQuality = (q: ConnectionQuality, p: Participant) => {
      if (p === lp && forced === null) rated(qualityOf(q));
    };
    room.on(RoomEvent.ConnectionQualityChanged, onQuality);
    const timer = setInterval(() => dispatch({ type: 'tick', at: Date.now() }), 1000);
    const unhook = exposeTestHooks(room, (q) => {
      forced = q;
      rated(q ?? qualityOf(lp.connectionQuality));
    });
    return () => {
      room.off(RoomEvent.ConnectionQualityChanged, onQuality);
      clearInterval(timer);
      unhook();
    };
  }, [room, connected, dispatch]);

  // The camera: off on entering sound only, on again when the person asks;
  // turned on by hand (the call's camera button) counts as "video back on".
  const cameraOff = cameraOffFor(state.step);
  const toggleCamera = useRef(call.toggleCamera);
  toggleCamera.current = call.toggleCamera;
  useEffect(() => {
    if (cameraOff && room.localParticipant.isCameraEnabled) toggleCamera.current();
  }, [cameraOff, room]);
  const cameraWasOn = useRef(call.cameraOn);
  useEffect(() => {
    if (call.cameraOn && !cameraWasOn.current && cameraOff) dispatch({ type: 'videoOn', at: Date.now() });
    cameraWasOn.current = call.cameraOn;
  }, [call.cameraOn, cameraOff, dispatch]);

  // What is sent and received, again whenever a track comes or goes.
  const plan = mediaPlanFor(state.step, profile.signLanguage);
  const planKey = JSON.stringify(plan);
  const keepKey = keep.join(',');
  useEffect(() => {
    const p = JSON.parse(planKey) as MediaPlan;
    const signers = keepKey.split(',');
    const apply = () => applyPlan(room, p, signers);
    apply();
    room.on(RoomEvent.TrackSubscribed, apply).on(RoomEvent.LocalTrackPublished, apply);
    return () => {
      room.off(RoomEvent.TrackSubscribed, apply).off(RoomEvent.LocalTrackPublished, apply);
    };
  }, [room, planKey, keepKey]);

  // Tell the others (and whoever joins later) what our connection made of our video.
  const status = statusOf(state.step);
  useEffect(() => {
    if (!connected) return;
    const send = (to?: string[]) => {
      room.localParticipant.publishData(encodeStatus(status), { reliable: true, topic: NETWORK_TOPIC, destinationIdentities: to }).catch((e: unknown) => console.warn('network status', e));
    };
    send();
    // Someone who joins, or is let in from the waiting room (where their page was not listening yet).
    const joined = (p: Participant) => {
      if (status !== 'normal' && p !== room.localParticipant) send([p.identity]);
    };
    const admitted = (_prev: unknown, p: Participant) => joined(p);
    room.on(RoomEvent.ParticipantConnected, joined).on(RoomEvent.ParticipantPermissionsChanged, admitted);
    return () => {
      room.off(RoomEvent.ParticipantConnected, joined).off(RoomEvent.ParticipantPermissionsChanged, admitted);
    };
  }, [room, connected, status]);

  useEffect(() => {
    const received = (payload: Uint8Array, p?: RemoteParticipant, _kind?: unknown, topic?: string) => {
      const told = topic === NETWORK_TOPIC && p ? decodeStatus(payload) : null;
      if (told && p) setStatuses((m) => new Map(m).set(p.identity, told));
    };
    const left = (p: RemoteParticipant) =>
      setStatuses((m) => {
        const next = new Map(m);
        next.delete(p.identity);
        return next;
      });
    room.on(RoomEvent.DataReceived, received).on(RoomEvent.ParticipantDisconnected, left);
    return () => {
      room.off(RoomEvent.DataReceived, received).off(RoomEvent.ParticipantDisconnected, left);
    };
  }, [room]);

  return {
    step: state.step,
    switchedByItself: state.switchedByItself,
    accept: () => dispatch({ type: 'accept', at: Date.now() }),
    decline: () => dispatch({ type: 'decline', at: Date.now() }),
    turnVideoOn: () => {
      dispatch({ type: 'videoOn', at: Date.now() });
      if (!room.localParticipant.isCameraEnabled) call.toggleCamera();
    },
    remote: { statuses, showQuality: role === 'employee' },
  };
}

/**
 * Browser tests only, and only when the test set window.__callTestHooks before
 * the page loaded (Playwright's addInitScript): LiveKit's own scenario
 * simulation (e.g. the SFU limiting what this participant receives) and, where
 * loopback cannot make a connection lossy, a forced rating of one's own
 * connection (null: LiveKit's again). Nothing is exposed otherwise.
 */
export interface CallTestHooks {
  simulateSubscriberBandwidth(bitsPerSecond: number): Promise<void>;
  forceOwnQuality(quality: Quality | null): void;
  /** What LiveKit holds of the room now, for a failing test to say what it saw. */
  snapshot(): unknown;
}
type TestWindow = Window & { __callTestHooks?: boolean; __callTest?: CallTestHooks };

function exposeTestHooks(room: CallRoom['room'], force: (q: Quality | null) => void): () => void {
  const w = window as TestWindow;
  if (w.__callTestHooks !== true) return () => {};
  const pubs = (p: CallRoom['room']['localParticipant'] | RemoteParticipant) =>
    [...p.trackPublications.values()].map((t) => ({ source: t.source, muted: t.isMuted, track: Boolean(t.track), subscribed: 'isSubscribed' in t ? t.isSubscribed : undefined, enabled: 'isEnabled' in t ? t.isEnabled : undefined }));
  w.__callTest = {
    simulateSubscriberBandwidth: (bps) => room.simulateScenario('subscriber-bandwidth', bps),
    forceOwnQuality: force,
    snapshot: () => ({
      state: room.state,
      metadata: room.metadata,
      local: { permissions: room.localParticipant.permissions, tracks: pubs(room.localParticipant) },
      remote: [...room.remoteParticipants.values()].map((p) => ({ role: roleOf(p), tracks: pubs(p) })),
    }),
  };
  return () => {
    delete w.__callTest;
  };
}

const LAYER = { high: VideoQuality.HIGH, medium: VideoQuality.MEDIUM, low: VideoQuality.LOW } as const;
/** The camera's constraints before we lowered them, to put back. */
const beforeReduction = new WeakMap<MediaStreamTrack, MediaTrackConstraints>();

function applyPlan(room: CallRoom['room'], plan: MediaPlan, signers: string[]) {
  for (const p of room.remoteParticipants.values()) {
    const layer = LAYER[signers.includes(roleOf(p) ?? '') ? plan.receiveSignLanguage : plan.receiveOthers];
    for (const pub of p.videoTrackPublications.values()) if (pub.isSubscribed) pub.setVideoQuality(layer);
  }
  // A lower capture makes every simulcast layer smaller and slower: fewer bits sent.
  const camera = room.localParticipant.getTrackPublication(Track.Source.Camera)?.track?.mediaStreamTrack;
  if (!camera || camera.readyState !== 'live') return;
  const original = beforeReduction.get(camera);
  let next: MediaTrackConstraints | undefined;
  if (plan.publish && !original) {
    const { maxHeight, frameRate } = plan.publish;
    beforeReduction.set(camera, camera.getConstraints());
    next = { ...camera.getConstraints(), height: { ideal: maxHeight, max: maxHeight }, width: { ideal: Math.round((maxHeight * 16) / 9) }, frameRate: { ideal: frameRate, max: frameRate } };
  } else if (!plan.publish && original) {
    beforeReduction.delete(camera);
    next = original;
  }
  if (next) camera.applyConstraints(next).catch((e: unknown) => console.warn('camera constraints', e));
}
