import type { CustomRoute } from '@slack/bolt';

export interface HealthStatus {
  ok: boolean;
  database: 'ok' | 'unreachable';
  mode: 'http' | 'socket';
  version: string;
  /** Slack calls owed to people and not yet delivered, and how long the oldest has waited. */
  outbox?: { pending: number; oldestAgeMs: number | null };
}

/** `GET /healthz` for load balancers and uptime checks: 200 with a small JSON status, 503 when the database is gone. */
export function healthRoute(status: () => HealthStatus): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const body = status();
      res.writeHead(body.ok ? 200 : 503, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  };
}
