import { ConnectionQuality, DisconnectReason } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import { callEndOf, DISCONNECT, judgeConnection, othersLostTogether, qualityToShow, rejoinsByItself, serverHealthOf } from './connection';

describe('whose trouble it is (judgeConnection)', () => {
  const base = { status: 'reconnecting' as const, quality: 'excellent' as const, server: 'unknown' as const, othersLostTogether: false };

  it('the service\'s video server, when our API says video is down: never "check your network"', () => {
    expect(judgeConnection({ ...base, server: 'down' })).toBe('serverDown');
    expect(judgeConnection({ ...base, status: 'disconnected', server: 'down' })).toBe('serverDown');
    // Joining (the first connection) fails because the server is down.
    expect(judgeConnection({ ...base, status: 'connecting', server: 'down' })).toBe('serverDown');
  });

  it('the server too, when several others lost the connection at once just before ours went', () => {
    expect(judgeConnection({ ...base, othersLostTogether: true })).toBe('serverDown');
    expect(judgeConnection({ ...base, server: 'up', othersLostTogether: true })).toBe('serverDown');
  });

  it('this device, when not even our API answers', () => {
    expect(judgeConnection({ ...base, server: 'unreachable' })).toBe('offline');
  });

  it('no blame while the cause is not known, or the server is fine and reconnecting goes on', () => {
    expect(judgeConnection(base)).toBe('reconnecting');
    expect(judgeConnection({ ...base, server: 'up' })).toBe('reconnecting');
  });

  it('a poor connection is the person\'s only while connected and LiveKit rates them poor or lost', () => {
    expect(judgeConnection({ ...base, status: 'connected', quality: 'poor' })).toBe('poorNetwork');
    expect(judgeConnection({ ...base, status: 'connected', quality: 'lost' })).toBe('poorNetwork');
    expect(judgeConnection({ ...base, status: 'connected', quality: 'good' })).toBe('ok');
    expect(judgeConnection({ ...base, status: 'connected', quality: 'unknown' })).toBe('ok');
    expect(judgeConnection({ ...base, status: 'connecting', quality: 'unknown' })).toBe('ok');
    // Back in: an answer of our API from while it was down no longer counts.
    expect(judgeConnection({ ...base, status: 'connected', quality: 'excellent', server: 'down' })).toBe('ok');
  });
});

describe('the connection indicator (qualityToShow)', () => {
  it('never says "excellent" while reconnecting or after the connection is gone', () => {
    expect(qualityToShow('reconnecting', 'excellent')).toBe('reconnecting');
    expect(qualityToShow('disconnected', 'excellent')).toBe('reconnecting');
    expect(qualityToShow('connecting', 'excellent')).toBe('unknown');
    expect(qualityToShow('connected', 'excellent')).toBe('excellent');
    expect(qualityToShow('connected', 'poor')).toBe('poor');
  });

  it('uses LiveKit\'s own quality names', () => {
    expect(Object.values(ConnectionQuality).sort()).toEqual(['excellent', 'good', 'lost', 'poor', 'unknown']);
  });
});

describe('several participants lost at once (othersLostTogether)', () => {
  it('needs two or more within the window, recently', () => {
    expect(othersLostTogether([10_000, 11_000], 12_000)).toBe(true);
    expect(othersLostTogether([10_000], 12_000)).toBe(false);
    expect(othersLostTogether([1_000, 10_000], 12_000)).toBe(false); // one long ago
    expect(othersLostTogether([10_000, 11_000], 30_000)).toBe(false); // both long ago
    expect(othersLostTogether([], 0)).toBe(false);
  });
});

describe('how a call ended (callEndOf)', () => {
  it('uses LiveKit\'s disconnect reason numbers', () => {
    expect(DISCONNECT).toEqual({
      clientInitiated: DisconnectReason.CLIENT_INITIATED,
      duplicateIdentity: DisconnectReason.DUPLICATE_IDENTITY,
      participantRemoved: DisconnectReason.PARTICIPANT_REMOVED,
      roomDeleted: DisconnectReason.ROOM_DELETED,
    });
  });

  it('"joined from another device" is not a network failure, and is never rejoined by itself', () => {
    expect(callEndOf(DisconnectReason.DUPLICATE_IDENTITY)).toBe('elsewhere');
    expect(rejoinsByItself('elsewhere')).toBe(false);
  });

  it('leaving, being removed and the room closing are final; anything unexpected is a failure the page retries', () => {
    expect(callEndOf(DisconnectReason.CLIENT_INITIATED, true)).toBe('left');
    expect(callEndOf(DisconnectReason.PARTICIPANT_REMOVED)).toBe('removed');
    expect(callEndOf(DisconnectReason.ROOM_DELETED)).toBe('ended');
    for (const reason of [undefined, DisconnectReason.UNKNOWN_REASON, DisconnectReason.SERVER_SHUTDOWN, DisconnectReason.SIGNAL_CLOSE, DisconnectReason.JOIN_FAILURE]) {
      expect(callEndOf(reason)).toBe('failed');
    }
    expect(['left', 'removed', 'ended'].map((e) => rejoinsByItself(e as 'left'))).toEqual([false, false, false]);
    expect(rejoinsByItself('failed')).toBe(true);
  });

  it('the page disconnecting itself without "Leave" (livekit-client does on pagehide and freeze) is not leaving: the page rejoins', () => {
    // "left" would make a reload forget the devices and show the device check again.
    expect(callEndOf(DisconnectReason.CLIENT_INITIATED)).toBe('failed');
    expect(callEndOf(DisconnectReason.CLIENT_INITIATED, false)).toBe('failed');
  });
});

describe('GET /api/v1/video/status as ServerHealth', () => {
  it('reads up and down; anything else is unknown', () => {
    expect(serverHealthOf({ status: 'up' })).toBe('up');
    expect(serverHealthOf({ status: 'down', reason: 'restarting' })).toBe('down');
    expect(serverHealthOf(null)).toBe('unknown');
    expect(serverHealthOf({ status: 'weird' })).toBe('unknown');
  });
});
