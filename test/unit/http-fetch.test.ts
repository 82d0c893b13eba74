import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetch } from '../../src/slack/http-fetch.js';

describe('createHttpFetch (the Web API client transport)', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ method?: string; contentType?: string; length?: string; body: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, contentType: request.headers['content-type'], length: request.headers['content-length'], body });
        if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 500);
        if (request.url === '/moved') return void response.writeHead(302, { location: '/elsewhere' }).end();
        if (request.url === '/limited') return void response.writeHead(429, { 'retry-after': '7' }).end();
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-oauth-scopes': 'chat:write' });
        response.end(JSON.stringify({ ok: true, echo: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('POSTs a form body with its length and reads status, headers, url and JSON like fetch', async () => {
    const fetchFn = createHttpFetch();
    const body = 'channel=C1&text=h%C3%A9llo';
    const response = await fetchFn(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(response.url).toBe(`${base}/api/chat.postMessage`);
    expect(JSON.parse(await response.text())).toEqual({ ok: true, echo: body });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', contentType: 'application/x-www-form-urlencoded', length: String(Buffer.byteLength(body)) });
  });

  it('passes a rate limit through for the client to wait out, and refuses a redirect', async () => {
    const fetchFn = createHttpFetch();
    const limited = await fetchFn(`${base}/limited`, { method: 'POST', body: '' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    await expect(fetchFn(`${base}/moved`, { method: 'POST', body: '', redirect: 'error' })).rejects.toThrow(TypeError);
  });

  it('rejects with the signal reason when the call times out', async () => {
    const fetchFn = createHttpFetch();
    await expect(fetchFn(`${base}/slow`, { method: 'POST', body: '', signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('leaves a multipart body (a file upload) to the built-in fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['abc']), 'a.txt');
    const response = await createHttpFetch()(`${base}/api/files.upload`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });
});
