import { useEffect, useState } from 'react';
import { levelOf } from './rules';

/** The microphone's loudness (0..1), measured about ten times a second while a stream has audio. */
export function useMicLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    const track = stream?.getAudioTracks()[0];
    if (!stream || !track || typeof AudioContext === 'undefined') return;
    const ctx = new AudioContext();
    const source = ctx.createMediaStreamSource(new MediaStream([track]));
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const buf = new Uint8Array(analyser.fftSize);
    // Browsers keep an AudioContext suspended until the person interacts with the page.
    const resume = () => void ctx.resume().catch(() => undefined);
    resume();
    document.addEventListener('pointerdown', resume);
    document.addEventListener('keydown', resume);
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(buf);
      setLevel(Math.round(levelOf(buf) * 20) / 20); // coarse steps: fewer renders
    }, 100);
    return () => {
      clearInterval(timer);
      document.removeEventListener('pointerdown', resume);
      document.removeEventListener('keydown', resume);
      source.disconnect();
      void ctx.close();
      setLevel(0);
    };
  }, [stream]);
  return level;
}
