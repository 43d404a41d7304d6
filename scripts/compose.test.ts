// docker/compose.yml is not run here (no Docker engine), so this checks what
// `docker compose up` would: the file is valid for the Compose specification's
// schema, and it has the production shape README.md promises — two LiveKit
// nodes sharing Redis, two APIs behind a TLS proxy, two schedulers — with
// parts that point at each other correctly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@muni/appointments';
import { loadCompose, makeEnv, withGsis, type ComposeFile } from './testing/composeFile';

// The schema Docker Compose validates with (compose-go's copy, see docker/schema/README.md).
const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docker/schema/compose-spec.json'), 'utf8'));
const docker = (file: string) => readFileSync(path.join(REPO_ROOT, 'docker', file), 'utf8');

function validate(model: unknown) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const valid = ajv.validate(schema, model);
  return valid ? [] : (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

const compose: ComposeFile = loadCompose(withGsis(makeEnv()));
const { services } = compose;
const published = (name: string) => (services[name]!.ports ?? []).map((p) => p.replace(/^127\.0\.0\.1:/, '').split(':')[0]);

describe('docker/compose.yml', () => {
  it('is valid for the Compose specification schema', () => {
    expect(validate(compose)).toEqual([]);
  });

  it('the schema check is not a formality: a misspelt key or a wrong type is refused', () => {
    const broken = structuredClone(compose) as unknown as { services: Record<string, Record<string, unknown>> };
    broken.services['app-a']!.restrat = 'always';
    broken.services['app-b']!.ports = 3000;
    const errors = validate(broken);
    expect(errors.join('\n')).toMatch(/\/services\/app-a must NOT have unevaluated properties.*restrat/);
    expect(errors.join('\n')).toMatch(/\/services\/app-b\/ports must be array/);
  });

  it('names only services that exist in depends_on, and starts app-b and the schedulers after app-a migrated', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(services, `${name} → ${dependency}`).toHaveProperty([dependency]);
    }
    for (const name of ['app-b', 'scheduler-a', 'scheduler-b']) expect(services[name]!.depends_on!['app-a']!.condition).toBe('service_healthy');
  });

  it('runs two APIs and two schedulers from the same images and settings', () => {
    expect(services['app-a']!.image).toBe('muni-app');
    expect(services['app-b']!.image).toBe('muni-app');
    expect(services['scheduler-a']!.image).toBe('muni-scheduler');
    expect(services['scheduler-b']!.image).toBe('muni-scheduler');
    expect(services['app-b']!.environment).toEqual(services['app-a']!.environment);
    expect(services['scheduler-a']!.environment).toEqual(services['app-a']!.environment);
  });

  it('publishes only the proxy (80/443), LiveKit media ports and the mail catcher on loopback; never an app or the database', () => {
    expect(published('proxy').sort()).toEqual(['443', '443', '80']);
    for (const name of ['app-a', 'app-b', 'scheduler-a', 'scheduler-b', 'postgres', 'redis']) expect(published(name), name).toEqual([]);
    expect(services.mailpit!.ports).toEqual(['127.0.0.1:8025:8025']);
  });

  it('the proxy spreads the apps and the LiveKit nodes, and has the internal port the webhooks use', () => {
    const caddyfile = docker('Caddyfile');
    expect(caddyfile).toMatch(/\{\$PUBLIC_HOST:localhost\} \{[^]*reverse_proxy app-a:3000 app-b:3000[^]*health_uri \/readyz/);
    expect(caddyfile).toMatch(/\{\$LIVEKIT_HOST:livekit\.localhost\} \{[^]*reverse_proxy livekit-1:7880 livekit-2:7880/);
    expect(caddyfile).toMatch(/^:8080 \{[^]*?reverse_proxy app-a:3000 app-b:3000/m);
    expect(caddyfile).toMatch(/^:7880 \{[^]*?reverse_proxy livekit-1:7880 livekit-2:7880/m);
    expect(services['app-a']!.environment!.LIVEKIT_INTERNAL_URL).toBe('http://proxy:7880');
    expect(services.proxy!.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
  });

  it('makes one LiveKit cluster: both nodes share Redis, each has its own media ports, webhooks reach an app through the proxy', () => {
    const livekit = parse(docker('livekit.yaml')) as { redis: { address: string }; webhook: { urls: string[] } };
    expect(livekit.redis.address).toBe('redis:6379');
    const [host, port] = livekit.redis.address.split(':');
    expect(services).toHaveProperty([host!]);
    expect(port).toBe('6379');
    expect(livekit.webhook.urls).toEqual(['http://proxy:8080/api/v1/video/webhook']);

    const nodes = ['livekit-1', 'livekit-2'].map((name) => services[name]!);
    for (const node of nodes) {
      expect(node.volumes).toContain('./livekit.yaml:/etc/livekit.yaml:ro');
      const env = node.environment!;
      expect(node.ports).toEqual([`${env.LIVEKIT_RTC_TCP_PORT}:${env.LIVEKIT_RTC_TCP_PORT}`, `${env.UDP_PORT}:${env.UDP_PORT}/udp`]);
      expect(node.depends_on!.redis!.condition).toBe('service_healthy');
    }
    const ports = nodes.flatMap((n) => n.ports!);
    expect(new Set(ports).size).toBe(ports.length);
  });
});
