import { useCallback, useEffect, useRef, useState } from 'react';

export type PreviewStatus =
  | 'idle'
  | 'asking'
  | 'ready'
  /** the browser or the person refused camera and microphone */
  | 'denied'
  /** a microphone but no usable camera: sound only */
  | 'no-camera'
  /** neither camera nor microphone */
  | 'no-devices'
  | 'error';

export interface DevicePreview {
  status: PreviewStatus;
  stream: MediaStream | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  cameraId: string | null;
  microphoneId: string | null;
  setCameraId(id: string): void;
  setMicrophoneId(id: string): void;
  /** (re)starts the preview, e.g. after the person allowed access */
  start(): void;
  /** frees the devices (before LiveKit opens them for the call) */
  stop(): void;
}

const errorName = (e: unknown) => (e as { name?: string } | null)?.name ?? '';
const denied = (e: unknown) => ['NotAllowedError', 'SecurityError', 'PermissionDeniedError'].includes(errorName(e));
const missing = (e: unknown) => ['NotFoundError', 'OverconstrainedError', 'DevicesNotFoundError', 'NotReadableError'].includes(errorName(e));

async function open(cameraId: string | null, microphoneId: string | null): Promise<{ stream: MediaStream | null; status: PreviewStatus }> {
  const audio: MediaTrackConstraints | boolean = microphoneId ? { deviceId: { exact: microphoneId } } : true;
  const video: MediaTrackConstraints = cameraId ? { deviceId: { exact: cameraId } } : { width: { ideal: 640 }, height: { ideal: 360 } };
  try {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio, video }), status: 'ready' };
  } catch (e) {
    if (denied(e)) return { stream: null, status: 'denied' };
    if (!missing(e)) return { stream: null, status: 'error' };
  }
  // No camera (or it is busy): try the microphone alone, then the camera alone.
  try {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio }), status: 'no-camera' };
  } catch (e) {
    if (denied(e)) return { stream: null, status: 'denied' };
  }
  return { stream: null, status: 'no-devices' };
}

/** Camera and microphone preview for the device check, with device lists and pickers. */
export function useDevicePreview(autoStart: boolean): DevicePreview {
  const [status, setStatus] = useState<PreviewStatus>('idle');
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(null);
  const [microphoneId, setMicrophoneId] = useState<string | null>(null);
  const [run, setRun] = useState(autoStart ? 1 : 0);
  const current = useRef<MediaStream | null>(null);

  const release = useCallback(() => {
    for (const t of current.current?.getTracks() ?? []) t.stop();
    current.current = null;
    setStream(null);
  }, []);

  useEffect(() => {
    if (!run) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus('error');
      return;
    }
    let active = true;
    setStatus('asking');
    void open(cameraId, microphoneId).then(async (r) => {
      if (!active) {
        for (const t of r.stream?.getTracks() ?? []) t.stop();
        return;
      }
      for (const t of current.current?.getTracks() ?? []) t.stop();
      current.current = r.stream;
      setStream(r.stream);
      setStatus(r.status);
      // Device names are only readable once access was granted.
      setDevices(await navigator.mediaDevices.enumerateDevices().catch(() => []));
      const used = (kind: 'audio' | 'video') => r.stream?.getTracks().find((t) => t.kind === kind)?.getSettings().deviceId ?? null;
      if (!cameraId) setCameraId(used('video'));
      if (!microphoneId) setMicrophoneId(used('audio'));
    });
    return () => {
      active = false;
    };
    // Device ids picked from the lists restart the preview; the ids read back after a start do not.
    // Effect dependencies: see above
  }, [run]);

  useEffect(() => {
    const md = navigator.mediaDevices;
    if (!md?.addEventListener) return;
    const refresh = () => void md.enumerateDevices().then(setDevices, () => undefined);
    md.addEventListener('devicechange', refresh);
    return () => md.removeEventListener('devicechange', refresh);
  }, []);

  useEffect(() => release, [release]);

  const choose = (set: (id: string) => void) => (id: string) => {
    set(id);
    setRun((n) => n + 1);
  };

  return {
    status,
    stream,
    cameras: devices.filter((d) => d.kind === 'videoinput' && d.deviceId),
    microphones: devices.filter((d) => d.kind === 'audioinput' && d.deviceId),
    cameraId,
    microphoneId,
    setCameraId: choose(setCameraId),
    setMicrophoneId: choose(setMicrophoneId),
    start: () => setRun((n) => n + 1),
    stop: release,
  };
}
