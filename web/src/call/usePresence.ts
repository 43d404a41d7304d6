import { type Room, RoomEvent } from 'livekit-client';
import { useEffect, useState } from 'react';

export interface PresenceChange {
  kind: 'joined' | 'left';
  name: string;
  /** Tells two changes of the same person apart. */
  at: number;
}

/** The last time someone joined or left the call, as LiveKit reports it. */
export function usePresence(room: Room): PresenceChange | null {
  const [last, setLast] = useState<PresenceChange | null>(null);
  useEffect(() => {
    const joined = (p: { name?: string }) => setLast({ kind: 'joined', name: p.name ?? '', at: Date.now() });
    const left = (p: { name?: string }) => setLast({ kind: 'left', name: p.name ?? '', at: Date.now() });
    room.on(RoomEvent.ParticipantConnected, joined).on(RoomEvent.ParticipantDisconnected, left);
    return () => {
      room.off(RoomEvent.ParticipantConnected, joined).off(RoomEvent.ParticipantDisconnected, left);
    };
  }, [room]);
  return last;
}
