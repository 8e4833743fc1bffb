/**
 * Raw HTTP helpers shared by the store-operation benches: a GET that keeps the response headers
 * (`x-store-ops`), a JSON POST for the dev host's token route, and a percentile of sorted samples.
 */
import { request } from 'node:http';

/** GET `url` with `agent` and `headers`; resolves with the status, headers and raw body. */
export function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** POST `body` as JSON to `url`; resolves with the parsed JSON answer. */
export function post(url, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** The `p`th percentile of already sorted values (NaN when there are none). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
