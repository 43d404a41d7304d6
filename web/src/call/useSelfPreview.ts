import { useEffect, useState } from 'react';

/**
 * The person's own camera while they wait to be let in (nothing is sent: the
 * server lets a waiting guest publish nothing). Only the picture, no sound;
 * released when the waiting room goes, before the call publishes the camera.
 */
export function useSelfPreview(cameraId: string | null, enabled: boolean): MediaStream | null {
  const [stream, setStream] = useState<MediaStream | null>(null);
  useEffect(() => {
    if (!enabled || !navigator.mediaDevices?.getUserMedia) return;
    let active = true;
    let opened: MediaStream | null = null;
    const video: MediaTrackConstraints = cameraId ? { deviceId: { exact: cameraId } } : { width: { ideal: 640 }, height: { ideal: 360 } };
    navigator.mediaDevices.getUserMedia({ video, audio: false }).then(
      (s) => {
        if (!active) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        opened = s;
        setStream(s);
      },
      () => setStream(null), // no picture: the placeholder says the camera is off
    );
    return () => {
      active = false;
      for (const track of opened?.getTracks() ?? []) track.stop();
      setStream(null);
    };
  }, [cameraId, enabled]);
  return stream;
}
