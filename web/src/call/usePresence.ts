import { type Room, RoomEvent } from 'livekit-client';
import { useEffect, useState } from 'react';

/** One change: a new object each time, so the same person joining twice is two changes. */
export interface PresenceChange {
  kind: 'joined' | 'left';
  name: string;
}

/** The last time someone joined or left the call, as LiveKit reports it. */
export function usePresence(room: Room): PresenceChange | null {
  const [last, setLast] = useState<PresenceChange | null>(null);
  useEffect(() => {
    const joined = (p: { name?: string }) => setLast({ kind: 'joined', name: p.name ?? '' });
    const left = (p: { name?: string }) => setLast({ kind: 'left', name: p.name ?? '' });
    room.on(RoomEvent.ParticipantConnected, joined).on(RoomEvent.ParticipantDisconnected, left);
    return () => {
      room.off(RoomEvent.ParticipantConnected, joined).off(RoomEvent.ParticipantDisconnected, left);
    };
  }, [room]);
  return last;
}
