/**
 * What the sync benchmarks share: a keep-alive JSON client over node:http, and small statistics.
 * Not a bench module itself (run.mjs only runs `*.bench.mjs`).
 */
import { Agent, request } from 'node:http';

/** A JSON client with its own keep-alive agent; `close()` ends its sockets. */
export function jsonClient() {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  function call(url, { method = 'GET', headers = {}, body } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        url,
        { method, agent, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode, headers: res.headers, json: text ? JSON.parse(text) : undefined });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
  return { call, close: () => agent.destroy() };
}

/** The p-th percentile (nearest rank) of `values`. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
