import { createVideoService, livekitBinaryPath, startLivekitServer, type VideoService } from '@muni/livekit';
import { type Config, videoServiceFromConfig } from '@muni/appointments';

export interface VideoSetup {
  video?: VideoService;
  livekitPublicUrl?: string;
  line: string;
  stop?: () => Promise<void>;
}

/**
 * LiveKit for `npm start`: an external one from LIVEKIT_URL, else the local
 * binary from `npm run livekit:install` on loopback with dev keys, else none
 * (video joins then answer 503 with advice; the rest works).
 */
export async function setupVideo(config: Config, repoRoot: string, ports?: { port: number; rtcTcpPort: number; rtcUdpPort: number }): Promise<VideoSetup> {
  if (config.LIVEKIT_URL && config.LIVEKIT_API_KEY && config.LIVEKIT_API_SECRET) {
    const video = videoServiceFromConfig(config)!;
    return { video, livekitPublicUrl: config.LIVEKIT_URL, line: `video: LiveKit at ${config.LIVEKIT_URL}` };
  }
  const binary = livekitBinaryPath(repoRoot);
  if (!binary) {
    return { line: 'video: OFF — no LiveKit server. Run `npm run livekit:install` (needs Go) or set LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET.' };
  }
  try {
    const port = config.LIVEKIT_PORT;
    const lk = await startLivekitServer({
      binary,
      ...(ports ?? { port, rtcTcpPort: port + 1, rtcUdpPort: port + 2 }),
      webhookUrl: `http://127.0.0.1:${config.PORT}/api/v1/video/webhook`,
    });
    const video = createVideoService({ url: lk.url, apiKey: lk.apiKey, apiSecret: lk.apiSecret });
    return { video, livekitPublicUrl: lk.url, line: `video: LiveKit on ${lk.url} (dev keys, loopback only)`, stop: lk.stop };
  } catch (err) {
    return { line: `video: OFF — LiveKit did not start (${(err as Error).message.split('\n')[0]}); set LIVEKIT_PORT to a free port.` };
  }
}
