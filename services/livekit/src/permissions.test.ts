import { ParticipantPermission, TrackSource } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { permissionFor, VIDEO_ROLES } from './permissions';

const { CAMERA, MICROPHONE, SCREEN_SHARE, SCREEN_SHARE_AUDIO } = TrackSource;

describe('permissionFor', () => {
  it('lets only the employee share a screen', () => {
    expect(permissionFor('employee', { admitted: true }).canPublishSources).toEqual([
      CAMERA,
      MICROPHONE,
      SCREEN_SHARE,
      SCREEN_SHARE_AUDIO,
    ]);
    for (const role of ['citizen', 'interpreter', 'third_person'] as const) {
      expect(permissionFor(role, { admitted: true }).canPublishSources).toEqual([CAMERA, MICROPHONE]);
    }
  });

  it('keeps a waiting guest blind, invisible and mute', () => {
    for (const role of VIDEO_ROLES) {
      expect(permissionFor(role, { admitted: false })).toMatchObject({
        canPublish: false,
        canSubscribe: false,
        canPublishData: false,
        canPublishSources: [],
      });
    }
  });

  it('leaves only the microphone in audio-only mode, for every role', () => {
    for (const role of VIDEO_ROLES) {
      expect(permissionFor(role, { admitted: true, audioOnly: true })).toMatchObject({
        canPublish: true,
        canSubscribe: true,
        canPublishSources: [MICROPHONE],
      });
    }
  });

  it('withholds all media, and only that, from an admitted participant during the identity step', () => {
    expect(permissionFor('third_person', { admitted: true, mediaWithheld: true })).toMatchObject({
      canSubscribe: false,
      canPublishData: true, // still admitted: chat, and the page knows it is not in the lobby
      canPublish: true,
      canPublishSources: [CAMERA, MICROPHONE],
    });
    expect(permissionFor('third_person', { admitted: false, mediaWithheld: true })).toMatchObject({ canSubscribe: false, canPublishData: false });
  });

  it('spells out every field, because updateParticipant replaces the whole permission', () => {
    // If a LiveKit upgrade adds a permission field, this fails until we decide its value.
    const protocolFields = Object.keys(new ParticipantPermission()).sort();
    expect(Object.keys(permissionFor('citizen', { admitted: true })).sort()).toEqual(protocolFields);
    expect(permissionFor('employee', { admitted: true }).canUpdateMetadata).toBe(false);
  });
});
